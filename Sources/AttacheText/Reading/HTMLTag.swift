/// One start or end tag, parsed from the bytes of an HTML page.
struct HTMLTag {
    var name: String
    var isEnd: Bool
    var isSelfClosing: Bool
    var attributes: [String: String]
    /// Index just after the closing `>`.
    var end: Int

    /// Parses the tag starting at `bytes[start]` (a `<`), or returns nil when no `>` closes it.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> HTMLTag? {
        var index = start + 1
        let isEnd = index < bytes.count && bytes[index] == 0x2F
        if isEnd { index += 1 }
        let nameStart = index
        while index < bytes.count, !isSpaceOrTagEnd(bytes[index]) { index += 1 }
        let name = lowercase(bytes, nameStart..<index)
        var attributes: [String: String] = [:]
        var selfClosing = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3E {
                return HTMLTag(
                    name: name, isEnd: isEnd, isSelfClosing: selfClosing, attributes: attributes, end: index + 1)
            }
            if byte == 0x2F {
                selfClosing = true
                index += 1
                continue
            }
            if byte <= 0x20 {
                index += 1
                continue
            }
            selfClosing = false
            let attributeStart = index
            while index < bytes.count, !isSpaceOrTagEnd(bytes[index]), bytes[index] != 0x3D { index += 1 }
            let attributeName = lowercase(bytes, attributeStart..<index)
            while index < bytes.count, bytes[index] <= 0x20 { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == 0x3D {
                index += 1
                while index < bytes.count, bytes[index] <= 0x20 { index += 1 }
                guard index < bytes.count else { return nil }
                let quote = bytes[index]
                if quote == 0x22 || quote == 0x27 {
                    let valueStart = index + 1
                    index = valueStart
                    while index < bytes.count, bytes[index] != quote { index += 1 }
                    guard index < bytes.count else { return nil }
                    value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<index]), as: UTF8.self)
                    index += 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !isSpaceOrTagEnd(bytes[index]) { index += 1 }
                    value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<index]), as: UTF8.self)
                }
            }
            if !attributeName.isEmpty && attributes[attributeName] == nil {
                attributes[attributeName] = HTMLEntities.decode(value)
            }
        }
        return nil
    }

    static func isSpaceOrTagEnd(_ byte: UInt8) -> Bool { byte <= 0x20 || byte == 0x3E || byte == 0x2F }

    static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: bytes[range].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
