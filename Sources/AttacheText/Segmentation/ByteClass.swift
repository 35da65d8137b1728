/// How the segmenter sees a byte (or the UTF-8 sequence it leads).
enum ByteClass {
    case space, newline, letter, digit, punctuation

    /// The class of the character at `index` and its length in bytes. Non-ASCII letters (é, Cyrillic,
    /// CJK) are letters; the General Punctuation block (dashes, curly quotes, ellipsis), Latin-1
    /// symbols and CJK punctuation are punctuation; no-break and typographic spaces are spaces.
    @inline(__always)
    static func of(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (ByteClass, Int) {
        let byte = text[index]
        switch byte {
        case 0x0A: return (.newline, 1)
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C: return (.space, 1)
        case 0x30...0x39: return (.digit, 1)
        case 0x41...0x5A, 0x61...0x7A: return (.letter, 1)
        case 0x00..<0x80: return (.punctuation, 1)
        default: break
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard index + length <= text.count, length > 1 else { return (.punctuation, 1) }
        let second = text[index + 1]
        switch byte {
        case 0xC2: return (second == 0xA0 ? .space : .punctuation, 2)
        case 0xC3: return (second == 0x97 || second == 0xB7 ? .punctuation : .letter, 2)
        case 0xE2:
            let third = text[index + 2]
            if second == 0x80 && (third <= 0x8A || third == 0xAF) { return (.space, 3) }
            if second == 0x81 && third == 0x9F { return (.space, 3) }
            return (.punctuation, 3)
        case 0xE3 where second == 0x80:
            return (text[index + 2] == 0x80 ? .space : .punctuation, 3)
        case 0xEF where second == 0xBB && text[index + 2] == 0xBF:
            return (.space, 3)
        default: return (.letter, length)
        }
    }
}
