/// The matching key of a token: FNV-1a over its bytes with ASCII letters lowercased and curly
/// apostrophes made straight, so "Russia", "RUSSIA" and "russia" share a key, as do "’s" and "'s".
public enum TokenKey {
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01b3
    @usableFromInline static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Inlinable so that callers in other modules get a loop specialised for their byte container.
    @inlinable
    public static func of(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash = basis
        // How many bytes of a possible ’ or ‘ (E2 80 98/99) are held back.
        var held = 0
        for byte in bytes {
            if held == 1 {
                if byte == 0x80 {
                    held = 2
                    continue
                }
                hash = (hash ^ 0xE2) &* prime
                held = 0
            } else if held == 2 {
                held = 0
                if byte == 0x98 || byte == 0x99 {
                    hash = (hash ^ 0x27) &* prime
                    continue
                }
                hash = (hash ^ 0xE2) &* prime
                hash = (hash ^ 0x80) &* prime
            }
            if byte == 0xE2 {
                held = 1
                continue
            }
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hash = (hash ^ UInt64(folded)) &* prime
        }
        if held >= 1 { hash = (hash ^ 0xE2) &* prime }
        if held == 2 { hash = (hash ^ 0x80) &* prime }
        return hash
    }

    public static func of(_ text: String) -> UInt64 { of(text.utf8) }

    /// The key of a word whose first bytes hashed to `start` and whose next are `bytes`, ASCII
    /// letters only: a stem and a new ending ("sign" + "ed") without joining them.
    @inlinable
    public static func of(_ bytes: some Sequence<UInt8>, after start: UInt64) -> UInt64 {
        var hash = start
        for byte in bytes { hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) &* prime }
        return hash
    }
}
