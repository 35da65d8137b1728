/// A byte trie of lowercase phrases, matched at word starts of lowercased text.
///
/// Matching walks the trie from each word start and stops at the first byte that leaves it,
/// so the cost per byte stays near constant however many phrases there are.
struct PhraseTrie: Sendable {
    /// Transitions, 256 per node: `next[node * 256 + byte]` is the child, or 0 for none.
    private var next: [Int32] = Array(repeating: 0, count: 256)
    private var terminal: [Bool] = [false]

    init(_ phrases: some Sequence<String>) {
        for phrase in phrases { insert(LowercaseText.normalise(Array(phrase.utf8))) }
    }

    mutating func insert(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        var node = 0
        for byte in bytes {
            let child = Int(next[node * 256 + Int(byte)])
            if child != 0 {
                node = child
            } else {
                terminal.append(false)
                next.append(contentsOf: repeatElement(0, count: 256))
                next[node * 256 + Int(byte)] = Int32(terminal.count - 1)
                node = terminal.count - 1
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
            node = Int(next[node * 256 + Int(byte)])
            if node == 0 { return false }
        }
        return terminal[node]
    }

    private func matchesPhrase(_ text: [UInt8], from start: Int) -> Bool {
        var node = 0
        var index = start
        while index < text.count {
            node = Int(next[node * 256 + Int(text[index])])
            if node == 0 { return false }
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
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { output, written in
            bytes.withUnsafeBufferPointer { input in
                var index = 0
                var count = 0
                while index < input.count {
                    let byte = input[index]
                    if byte == 0xE2, index + 2 < input.count, input[index + 1] == 0x80,
                        input[index + 2] == 0x98 || input[index + 2] == 0x99
                    {
                        output[count] = 0x27
                        index += 3
                    } else {
                        output[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        index += 1
                    }
                    count += 1
                }
                written = count
            }
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte >= 0x80
    }
}
