/// The trie's edges, (node, token key) → child, in an open-addressing table.
///
/// Swift's `Dictionary` hashes every lookup with SipHash; this table mixes the two integers with
/// one multiplication, which matters because matching looks up every token of every document.
struct EdgeTable: Sendable {
    private var nodes: [Int32]
    private var keys: [UInt64]
    private var children: [Int32]
    private var mask: Int
    private(set) var count = 0

    init() {
        nodes = Array(repeating: -1, count: 1024)
        keys = Array(repeating: 0, count: 1024)
        children = Array(repeating: 0, count: 1024)
        mask = 1023
    }

    @inline(__always)
    static func slot(_ node: Int32, _ key: UInt64, _ mask: Int) -> Int {
        let mixed = (key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 17) & mask
    }

    func child(_ node: Int32, _ key: UInt64) -> Int32? {
        var slot = Self.slot(node, key, mask)
        while nodes[slot] >= 0 {
            if nodes[slot] == node && keys[slot] == key { return children[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func insert(_ node: Int32, _ key: UInt64, child: Int32) {
        if (count + 1) * 2 > nodes.count { grow() }
        var slot = Self.slot(node, key, mask)
        while nodes[slot] >= 0 {
            if nodes[slot] == node && keys[slot] == key {
                children[slot] = child
                return
            }
            slot = (slot + 1) & mask
        }
        nodes[slot] = node
        keys[slot] = key
        children[slot] = child
        count += 1
    }

    private mutating func grow() {
        let old = (nodes, keys, children)
        nodes = Array(repeating: -1, count: old.0.count * 2)
        keys = Array(repeating: 0, count: old.0.count * 2)
        children = Array(repeating: 0, count: old.0.count * 2)
        mask = nodes.count - 1
        count = 0
        for index in old.0.indices where old.0[index] >= 0 { insert(old.0[index], old.1[index], child: old.2[index]) }
    }
}
