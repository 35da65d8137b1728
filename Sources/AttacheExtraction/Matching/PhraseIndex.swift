public import AttacheCore

/// A trie over token keys: finds the longest knowledge-base phrase starting at a token.
///
/// Each phrase keeps, per token, how strictly case must match: a lowercase phrase token matches
/// any case ("troops", "Troops"); a capitalised one needs a capital in the text ("Turkey" is not
/// "turkey"); an all-capitals acronym needs the same letters in capitals ("US" is not "us").
public struct PhraseIndex<Value: Sendable>: Sendable {
    enum CaseRule: Sendable, Equatable {
        case any
        case capitalized
        case exact([UInt8])
    }

    struct Entry: Sendable {
        var value: Value
        var rules: [CaseRule]
    }

    private var edges = EdgeTable()
    private var entries: [[Entry]] = [[]]
    /// The longest phrase in tokens, to bound the search.
    public private(set) var longestPhrase = 0

    public init() {}

    /// Adds a phrase given as its tokens (split as documents are split).
    public mutating func add(tokens: [String], value: Value) {
        guard !tokens.isEmpty else { return }
        var node: Int32 = 0
        for token in tokens {
            let key = TokenKey.of(token)
            if let next = edges.child(node, key) {
                node = next
            } else {
                entries.append([])
                let child = Int32(entries.count - 1)
                edges.insert(node, key, child: child)
                node = child
            }
        }
        entries[Int(node)].append(Entry(value: value, rules: tokens.map(Self.rule)))
        longestPhrase = max(longestPhrase, tokens.count)
    }

    static func rule(_ token: String) -> CaseRule {
        let bytes = Array(token.utf8)
        let letters = bytes.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        guard let first = bytes.first, first >= 0x41 && first <= 0x5A else { return .any }
        if letters.count >= 2 && letters.allSatisfy({ $0 <= 0x5A }) { return .exact(bytes) }
        return .capitalized
    }

    /// The longest match starting at token `start` and ending before `end`: its length and values.
    public func longestMatch(in view: TokenView, from start: Int, before end: Int) -> (length: Int, values: [Value])? {
        var best: (Int, [Value])?
        forEachMatch(in: view, from: start, before: end) { best = ($0, $1) }
        return best
    }

    /// Every match starting at token `start` and ending before `end`, shortest first.
    public func forEachMatch(
        in view: TokenView, from start: Int, before end: Int, _ body: (_ length: Int, _ values: [Value]) -> Void
    ) {
        var node: Int32 = 0
        var index = start
        while index < end, index - start < longestPhrase {
            guard let next = edges.child(node, view.keys[index]) else { break }
            node = next
            index += 1
            let candidates = entries[Int(node)]
            guard !candidates.isEmpty else { continue }
            let matching = candidates.filter { entry in
                entry.rules.indices.allSatisfy { Self.satisfies(entry.rules[$0], view, start + $0) }
            }
            if !matching.isEmpty { body(index - start, matching.map(\.value)) }
        }
    }

    static func satisfies(_ rule: CaseRule, _ view: TokenView, _ index: Int) -> Bool {
        let span = view.tokens[index].span
        switch rule {
        case .any: return true
        case .capitalized:
            let first = view.text[span.start]
            return (first >= 0x41 && first <= 0x5A) || first >= 0x80
        case .exact(let bytes): return view.text[span.range].elementsEqual(bytes)
        }
    }
}

/// A document's tokens, their keys and its text, borrowed for matching without copying the document.
public struct TokenView {
    public let keys: UnsafeBufferPointer<UInt64>
    public let tokens: UnsafeBufferPointer<Token>
    public let text: UnsafeBufferPointer<UInt8>

    /// Calls `body` with a view of `document`, valid only inside it.
    public static func with<Result>(_ document: AnnotatedDocument, _ body: (TokenView) throws -> Result) rethrows
        -> Result
    {
        try document.tokenKeys.withUnsafeBufferPointer { keys in
            try document.tokens.withUnsafeBufferPointer { tokens in
                try document.text.withUnsafeBufferPointer { text in
                    try body(TokenView(keys: keys, tokens: tokens, text: text))
                }
            }
        }
    }
}
