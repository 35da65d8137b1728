/// A set of token keys as bits, which may answer yes for a key not added but never no for one
/// added: one look at a few kilobytes dismisses most tokens before any real lookup.
struct KeyFilter: Sendable {
    private var words: [UInt64]
    private let shift: UInt64

    /// A filter of `2^log2Bits` bits.
    init(log2Bits: Int) {
        words = [UInt64](repeating: 0, count: max(1, (1 << log2Bits) / 64))
        shift = UInt64(64 - log2Bits)
    }

    @inline(__always)
    private func bit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) &>> shift) }

    mutating func insert(_ key: UInt64) {
        let bit = bit(key)
        words[bit &>> 6] |= 1 &<< UInt64(bit & 63)
    }

    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit = bit(key)
        return words[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0
    }
}

/// Which token keys may start a phrase, so that most tokens are dismissed before the trie is
/// probed: keys that start some phrase, and keys that start a phrase whose first word may be in
/// any case. A lower-case word must be in the second: "security" never opens "Security
/// Council", "is" never opens "IS". Both sets live in one array of fixed size, so that the test
/// every token takes is a multiplication, a shift and one load.
struct StartFilter: Sendable {
    private static let bitsPerSet = 1 << 16
    private static let wordsPerSet = bitsPerSet / 64
    private var words = [UInt64](repeating: 0, count: 2 * wordsPerSet)

    @inline(__always)
    private static func bit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) &>> 48) }

    mutating func add(_ key: UInt64, allowsLowercase: Bool) {
        let bit = Self.bit(key)
        words[bit &>> 6] |= 1 &<< UInt64(bit & 63)
        if allowsLowercase { words[Self.wordsPerSet + bit &>> 6] |= 1 &<< UInt64(bit & 63) }
    }

    @inline(__always)
    func mayStart(_ key: UInt64, isLowercase: Bool) -> Bool {
        let bit = Self.bit(key)
        let word = (isLowercase ? Self.wordsPerSet : 0) + bit &>> 6
        return words.withUnsafeBufferPointer { $0[word] } & (1 &<< UInt64(bit & 63)) != 0
    }
}
