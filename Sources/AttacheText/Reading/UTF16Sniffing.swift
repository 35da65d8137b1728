/// Recognises UTF-16 written without a byte order mark, which would otherwise look binary (every
/// other byte of Latin text is zero).
enum UTF16Sniffing {
    /// `true` for big-endian, `false` for little-endian, `nil` when the bytes do not look like
    /// UTF-16: in the first 64 KiB, most bytes at one parity are zero and almost none at the other.
    static func byteOrder(of bytes: [UInt8]) -> Bool? {
        let sample = min(bytes.count, 65_536) & ~1
        guard sample >= 4 else { return nil }
        var zeros = (even: 0, odd: 0)
        for index in stride(from: 0, to: sample, by: 2) {
            if bytes[index] == 0 { zeros.even += 1 }
            if bytes[index + 1] == 0 { zeros.odd += 1 }
        }
        let pairs = sample / 2
        // The high byte of a Latin character is zero: it comes first in big-endian order.
        if zeros.even * 2 > pairs && zeros.odd * 20 < pairs { return true }
        if zeros.odd * 2 > pairs && zeros.even * 20 < pairs { return false }
        return nil
    }
}
