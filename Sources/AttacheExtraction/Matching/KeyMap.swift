import AttacheCore

/// A read-only map from token keys to values in an open-addressing table.
///
/// The rules look up almost every token in small word lists; `Dictionary` and `Set` hash each
/// lookup with SipHash, which showed as the largest single cost of the pipeline.
struct KeyMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ pairs: some Sequence<(UInt64, Value)>) {
        let pairs = Array(pairs)
        var capacity = 16
        while capacity < pairs.count * 3 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs {
            var slot = Self.slot(key, mask)
            while values[slot] != nil && keys[slot] != key { slot = (slot + 1) & mask }
            if values[slot] == nil {  // the first value given for a key wins
                keys[slot] = key
                values[slot] = value
            }
        }
    }

    /// Words as keys ("and", "'s"), each with its value.
    init(words: [String: Value]) { self.init(words.map { (TokenKey.of($0.key), $0.value) }) }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    subscript(key: UInt64) -> Value? {
        var slot = Self.slot(key, mask)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }
}

/// A set of token keys: a `KeyMap` with no values to speak of.
typealias KeySet = KeyMap<Bool>

extension KeyMap where Value == Bool {
    init(words: [String]) { self.init(words.map { (TokenKey.of($0), true) }) }
}
