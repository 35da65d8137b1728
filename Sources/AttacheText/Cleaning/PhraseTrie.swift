/// A byte trie of lowercase phrases, matched at word starts of lowercased text.
///
/// Matching walks the trie from each word start and stops at the first byte that leaves it,
/// so the cost per byte stays near constant however many phrases there are.
struct PhraseTrie: Sendable {
    private var children: [[UInt8: Int32]] = [[:]]
    private var terminal: [Bool] = [false]

    init(_ phrases: some Sequence<String>) {
        for phrase in phrases { insert(Array(LowercaseText.normalise(Array(phrase.utf8)))) }
    }

    mutating func insert(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        var node = 0
        for byte in bytes {
            if let next = children[node][byte] {
                node = Int(next)
            } else {
                children.append([:])
                terminal.append(false)
                children[node][byte] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        terminal[node] = true
    }

    /// How many phrases occur in `text` (already normalised), each counted at its start.
    func countMatches(in text: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index < text.count {
            if index == 0 || !LowercaseText.isWordByte(text[index - 1]), matchesPhrase(text, from: index) {
                count += 1
            }
            index += 1
        }
        return count
    }

    /// Whether the whole of `text` (normalised, trimmed) is one phrase.
    func matchesExactly(_ text: [UInt8]) -> Bool {
        var node = 0
        for byte in text {
            guard let next = children[node][byte] else { return false }
            node = Int(next)
        }
        return terminal[node]
    }

    private func matchesPhrase(_ text: [UInt8], from start: Int) -> Bool {
        var node = 0
        var index = start
        while index < text.count, let next = children[node][text[index]] {
            node = Int(next)
            index += 1
            if terminal[node], index == text.count || !LowercaseText.isWordByte(text[index]) { return true }
        }
        return false
    }
}

/// Lowercasing for matching: ASCII letters folded, curly apostrophes made straight.
enum LowercaseText {
    static func normalise(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let bytes = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99
            {
                output.append(0x27)
                index += 3
                continue
            }
            output.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            index += 1
        }
        return output
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte >= 0x80
    }
}
