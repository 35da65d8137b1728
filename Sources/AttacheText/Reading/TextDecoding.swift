/// Turns the bytes of a file into text: checks that it is text at all, decodes UTF-8 (with or
/// without a byte order mark), UTF-16 with a byte order mark, or Windows-1252, and normalises line
/// ends to `\n`.
///
/// Windows-1252 is accepted only when the bytes hold no valid multi-byte UTF-8 sequence: a file
/// that mixes valid and invalid UTF-8 is corrupt, and decoding it as anything would garble it.
public enum TextDecoding {
    public struct Decoded {
        public var text: String
        /// Set when the text was transcoded, e.g. "transcoded from Windows-1252".
        public var note: String?
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(ReadFailure) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let bigEndian = bytes[0] == 0xFE
            return try decodeUTF16(bytes.dropFirst(2), bigEndian: bigEndian, file: file, note: "transcoded from UTF-16")
        }
        if let bigEndian = UTF16Sniffing.byteOrder(of: bytes) {
            return try decodeUTF16(
                bytes[...], bigEndian: bigEndian, file: file,
                note: "transcoded from UTF-16\(bigEndian ? "BE" : "LE") (it has no byte order mark)")
        }
        var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        normaliseLineEnds(&body)
        if !body.contains(where: { !isSpace($0) }) { throw ReadFailure(file: file, "empty file (no text)") }
        if let reason = binaryReason(body) { throw ReadFailure(file: file, "binary file, not text (\(reason))") }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, note: nil)
        }
        let check = scanUTF8(body)
        guard check.validMultiByteSequences == 0 else {
            throw ReadFailure(file: file, "invalid UTF-8 at byte \(check.firstInvalidOffset)")
        }
        guard !body.contains(where: windows1252Undefined.contains) else {
            throw ReadFailure(file: file, "not UTF-8, and not Windows-1252 either (byte \(check.firstInvalidOffset))")
        }
        let text = String(String.UnicodeScalarView(body.map(windows1252Scalar)))
        return Decoded(text: text, note: "transcoded from Windows-1252")
    }

    /// A NUL byte anywhere, or many control characters in the first 64 KiB, mark a file as binary
    /// (a NUL would also cut the text short in SQLite, and PostgreSQL refuses it).
    static func binaryReason(_ bytes: [UInt8]) -> String? {
        if let nul = bytes.firstIndex(of: 0) { return "a NUL byte at byte \(nul)" }
        let sample = min(bytes.count, 65_536)
        var controls = 0
        for byte in bytes[..<sample] where byte < 0x20 {
            if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        if controls * 100 > sample { return "\(controls) control characters" }
        return nil
    }

    static func scanUTF8(_ bytes: [UInt8]) -> (validMultiByteSequences: Int, firstInvalidOffset: Int) {
        var valid = 0
        var firstInvalid = -1
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00..<0x80: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            if length == 1 {
                index += 1
                continue
            }
            let end = index + length
            if length > 0, end <= bytes.count, bytes[(index + 1)..<end].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1
                index = end
            } else {
                if firstInvalid < 0 { firstInvalid = index }
                index += 1
            }
        }
        return (valid, max(firstInvalid, 0))
    }

    /// Decodes UTF-16 code units (after any byte order mark), refusing what is not UTF-16 text:
    /// an odd byte count, a lone surrogate, or code units that decode to binary.
    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String, note: String)
        throws(ReadFailure) -> Decoded
    {
        guard bytes.count % 2 == 0 else {
            throw ReadFailure(file: file, "invalid UTF-16 (an odd number of bytes)")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let pair = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? pair.0 << 8 | pair.1 : pair.1 << 8 | pair.0)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break decoding
            case .error:
                throw ReadFailure(file: file, "invalid UTF-16 (a lone surrogate near byte \(2 * scalars.count))")
            }
        }
        var text = Array(String(scalars).utf8)
        normaliseLineEnds(&text)
        if !text.contains(where: { !isSpace($0) }) { throw ReadFailure(file: file, "empty file (no text)") }
        if let reason = binaryReason(text) { throw ReadFailure(file: file, "binary file, not text (\(reason))") }
        return Decoded(text: String(decoding: text, as: UTF8.self), note: note)
    }

    static func normaliseLineEnds(_ text: String) -> String {
        var bytes = text.utf8Prefix(Int.max)
        guard bytes.contains(0x0D) else { return text }
        normaliseLineEnds(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// CRLF and lone CR become LF, in place.
    static func normaliseLineEnds(_ bytes: inout [UInt8]) {
        guard bytes.contains(0x0D) else { return }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                output.append(0x0A)
                previousWasCR = true
                continue
            }
            if !(byte == 0x0A && previousWasCR) { output.append(byte) }
            previousWasCR = false
        }
        bytes = output
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    static let windows1252Undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// Windows-1252 matches Latin-1 except in 0x80...0x9F, where it has typographic characters.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let table: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
            0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return Unicode.Scalar(table[Int(byte - 0x80)])!
    }
}
