/// The trie's edges, (node, token key) → child, in an open-addressing table.
///
/// Swift's `Dictionary` hashes every lookup with SipHash; this table mixes the two integers with
/// one multiplication and keeps each edge's three fields in one 16-byte slot. Most lookups find
/// no edge ("the" followed by anything but a known name), so a bit filter of 8 KB answers them
/// before the table, which is too large to stay in the nearest caches, is touched.
struct EdgeTable: Sendable {
    private struct Edge {
        var node: Int32
        var child: Int32
        var key: UInt64
    }

    private static let empty = Edge(node: -1, child: 0, key: 0)
    private var edges: [Edge]
    private var mask: Int
    private var filter = KeyFilter(log2Bits: 16)
    private(set) var count = 0

    init() {
        edges = Array(repeating: Self.empty, count: 1024)
        mask = 1023
    }

    @inline(__always)
    static func mix(_ node: Int32, _ key: UInt64) -> UInt64 {
        (key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    }

    @inline(__always)
    func child(_ node: Int32, _ key: UInt64) -> Int32? {
        let mixed = Self.mix(node, key)
        guard filter.mayContain(mixed) else { return nil }
        return edges.withUnsafeBufferPointer { edges in
            var slot = Int(truncatingIfNeeded: mixed >> 17) & mask
            while edges[slot].node >= 0 {
                if edges[slot].node == node && edges[slot].key == key { return edges[slot].child }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    mutating func insert(_ node: Int32, _ key: UInt64, child: Int32) {
        if (count + 1) * 2 > edges.count { grow() }
        let mixed = Self.mix(node, key)
        filter.insert(mixed)
        var slot = Int(truncatingIfNeeded: mixed >> 17) & mask
        while edges[slot].node >= 0 {
            if edges[slot].node == node && edges[slot].key == key {
                edges[slot].child = child
                return
            }
            slot = (slot + 1) & mask
        }
        edges[slot] = Edge(node: node, child: child, key: key)
        count += 1
    }

    private mutating func grow() {
        let old = edges
        edges = Array(repeating: Self.empty, count: old.count * 2)
        mask = edges.count - 1
        count = 0
        for edge in old where edge.node >= 0 { insert(edge.node, edge.key, child: edge.child) }
    }
}
