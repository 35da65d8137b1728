/// Decodes HTML character references: named ones common in news pages, and numeric ones.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
        "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…",
        "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£",
        "yen": "¥", "cent": "¢", "deg": "°", "middot": "·", "bull": "•", "eacute": "é", "egrave": "è",
        "aacute": "á", "agrave": "à", "oacute": "ó", "iacute": "í", "uacute": "ú", "ccedil": "ç",
        "ntilde": "ñ", "uuml": "ü", "ouml": "ö", "auml": "ä", "euml": "ë", "szlig": "ß", "shy": "",
        "zwj": "", "zwnj": "", "thinsp": " ", "ensp": " ", "emsp": " ", "times": "×", "sect": "§",
    ]

    /// Appends the decoding of the reference starting at `bytes[start]` (an `&`) to `output` and
    /// returns the index after it; an unknown or unterminated reference is kept as written.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, into output: inout [UInt8]) -> Int {
        var end = start + 1
        while end < bytes.count, end - start <= 10, bytes[end] != 0x3B, isNameByte(bytes[end]) { end += 1 }
        guard end < bytes.count, bytes[end] == 0x3B, end > start + 1 else {
            output.append(0x26)
            return start + 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end]), as: UTF8.self)
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            if let value, let scalar = Unicode.Scalar(value), value != 0 {
                output.append(contentsOf: String(Character(scalar)).utf8)
                return end + 1
            }
        } else if let replacement = named[name] {
            output.append(contentsOf: replacement.utf8)
            return end + 1
        }
        output.append(0x26)
        return start + 1
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x23
    }

    static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        var output: [UInt8] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                if buffer[index] == 0x26 {
                    index = decode(buffer, at: index, into: &output)
                } else {
                    output.append(buffer[index])
                    index += 1
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
