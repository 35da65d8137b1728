public import AttacheCore

/// A trie over token keys: finds the longest knowledge-base phrase starting at a token.
///
/// Each phrase keeps, per token, how strictly case must match: a lowercase phrase token matches
/// any case ("troops", "Troops"); a capitalised one needs a capital in the text ("Turkey" is not
/// "turkey"); an all-capitals acronym needs capitals in the text ("US" is not "us"). Keys already
/// match letters regardless of case, so the rules only look at the text's case.
public struct PhraseIndex<Value: Sendable>: Sendable {
    enum CaseRule: Sendable {
        case any
        case capitalized
        case allCapitals
    }

    /// What a phrase's node holds: nothing, phrases of any case, or phrases with case rules.
    private enum Ending: UInt8 {
        case none, caseFree, caseRuled
    }

    private var edges = EdgeTable()
    private var starts = StartFilter()
    /// Per trie node, the values of the phrases that end there, and each phrase's case rules.
    private var values: [[Value]] = [[]]
    private var rules: [[[CaseRule]]] = [[]]
    /// Per trie node, what ends there: a byte per node, read before `values`.
    private var endings: [Ending] = [.none]
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
                values.append([])
                rules.append([])
                endings.append(.none)
                let child = Int32(values.count - 1)
                edges.insert(node, key, child: child)
                node = child
            }
        }
        let phraseRules = tokens.map(Self.rule)
        starts.add(TokenKey.of(tokens[0]), allowsLowercase: phraseRules[0] == .any)
        values[Int(node)].append(value)
        rules[Int(node)].append(phraseRules)
        let isCaseFree = phraseRules.allSatisfy { $0 == .any } && endings[Int(node)] != .caseRuled
        endings[Int(node)] = isCaseFree ? .caseFree : .caseRuled
        longestPhrase = max(longestPhrase, tokens.count)
    }

    static func rule(_ token: String) -> CaseRule {
        let bytes = Array(token.utf8)
        let letters = bytes.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        guard let first = bytes.first, first >= 0x41 && first <= 0x5A else { return .any }
        if letters.count >= 2 && letters.allSatisfy({ $0 <= 0x5A }) { return .allCapitals }
        return .capitalized
    }

    /// The longest match starting at token `start` and ending before `end`.
    public func longestMatch(in view: TokenView, from start: Int, before end: Int) -> PhraseMatch<Value>? {
        longestEnding(in: view, from: start, before: end).map(match)
    }

    /// Where the longest match starting at token `start` ends in the trie, without its values.
    public func longestEnding(in view: TokenView, from start: Int, before end: Int) -> PhraseEnding? {
        var best: PhraseEnding?
        walk(view, from: start, before: end) { best = PhraseEnding(length: $0, node: $1, passing: $2) }
        return best
    }

    /// The length of the longest match starting at token `start`, or 0.
    public func longestMatchLength(in view: TokenView, from start: Int, before end: Int) -> Int {
        var longest = 0
        walk(view, from: start, before: end) { length, _, _ in longest = length }
        return longest
    }

    /// Every match starting at token `start` and ending before `end`, shortest first.
    public func forEachMatch(
        in view: TokenView, from start: Int, before end: Int, _ body: (PhraseMatch<Value>) -> Void
    ) {
        walk(view, from: start, before: end) { body(match(PhraseEnding(length: $0, node: $1, passing: $2))) }
    }

    /// Walks the trie from token `start` and reports each node where phrases end and match the
    /// text's case: the length, the node and a bit per phrase there that matched. Builds nothing,
    /// so that the callers build a match only for the one they keep.
    @inline(__always)
    private func walk(
        _ view: TokenView, from start: Int, before end: Int,
        _ found: (_ length: Int, _ node: Int, _ passing: UInt64) -> Void
    ) {
        guard start < end, mayStart(in: view, at: start) else { return }
        var node: Int32 = 0
        var index = start
        while index < end, index - start < longestPhrase {
            guard let next = edges.child(node, view.keys[index]) else { break }
            node = next
            index += 1
            let ending = Int(node)
            switch endings[ending] {
            case .none: continue
            case .caseFree: found(index - start, ending, Self.allPhrases)
            case .caseRuled:
                let passing = passingPhrases(at: ending, view, from: start)
                if passing != 0 { found(index - start, ending, passing) }
            }
        }
    }

    /// Every match starting at token `start` where each token matches by its own key or by its
    /// lemma's ("sign" matches "signed"; "signed" matches only itself), shortest first.
    public func forEachMatch(
        lemmasOf view: TokenView, from start: Int, before end: Int, _ body: (PhraseMatch<Value>) -> Void
    ) {
        guard start < end,
            mayStart(in: view, at: start)
                || starts.mayStart(view.lemmas[start], isLowercase: view.tokens[start].shape == .lower)
        else { return }
        // Each token may go on by its key or, when it differs, by its lemma: a walk of at most
        // two branches a token over phrases of a few tokens.
        func step(from node: Int32, at index: Int) {
            guard index < end, index - start < longestPhrase else { return }
            follow(view.keys[index], from: node, at: index)
            if view.lemmas[index] != view.keys[index] { follow(view.lemmas[index], from: node, at: index) }
        }
        func follow(_ key: UInt64, from node: Int32, at index: Int) {
            guard let next = edges.child(node, key) else { return }
            let ending = Int(next)
            switch endings[ending] {
            case .none: break
            case .caseFree:
                body(match(PhraseEnding(length: index + 1 - start, node: ending, passing: Self.allPhrases)))
            case .caseRuled:
                let passing = passingPhrases(at: ending, view, from: start)
                if passing != 0 { body(match(PhraseEnding(length: index + 1 - start, node: ending, passing: passing))) }
            }
            step(from: next, at: index + 1)
        }
        step(from: 0, at: start)
    }

    private static var allPhrases: UInt64 { .max }

    /// A bit per phrase ending at `node` (the first 64) whose case rules the text satisfies.
    private func passingPhrases(at node: Int, _ view: TokenView, from start: Int) -> UInt64 {
        var passing: UInt64 = 0
        for (number, phrase) in rules[node].prefix(64).enumerated()
        where phrase.indices.allSatisfy({ Self.satisfies(phrase[$0], view, start + $0) }) {
            passing |= 1 << UInt64(number)
        }
        return passing
    }

    /// Whether every phrase ending where `ending` ends matched the text's case.
    public func isComplete(_ ending: PhraseEnding) -> Bool {
        if ending.passing == Self.allPhrases { return true }
        let count = min(values[ending.node].count, 64)
        let all: UInt64 = count == 64 ? .max : (1 << UInt64(count)) - 1
        return ending.passing & all == all
    }

    /// The values of the phrases that matched at `ending`.
    public func values(of ending: PhraseEnding) -> [Value] {
        if isComplete(ending) { return values[ending.node] }
        return values[ending.node].prefix(64).enumerated().filter { ending.passing & (1 << UInt64($0.offset)) != 0 }
            .map(\.element)
    }

    private func match(_ ending: PhraseEnding) -> PhraseMatch<Value> {
        PhraseMatch(length: ending.length, values: values(of: ending))
    }

    /// Whether a phrase may start at token `index`: false for most tokens, and cheap to ask.
    @inline(__always)
    public func mayStart(in view: TokenView, at index: Int) -> Bool {
        starts.mayStart(view.keys[index], isLowercase: view.tokens[index].shape == .lower)
    }

    /// Every trie node where phrases end, with their values: for precomputing what a match means.
    public func forEachEnding(_ body: (_ node: Int, _ values: [Value]) -> Void) {
        for node in values.indices where !values[node].isEmpty { body(node, values[node]) }
    }

    /// The number of trie nodes: node ids run below it.
    public var nodeCount: Int { values.count }

    @inline(__always)
    static func satisfies(_ rule: CaseRule, _ view: TokenView, _ index: Int) -> Bool {
        let span = view.tokens[index].span
        switch rule {
        case .any: return true
        case .capitalized:
            let first = view.text[span.start]
            return (first >= 0x41 && first <= 0x5A) || first >= 0x80
        case .allCapitals: return !view.text[span.range].contains { $0 >= 0x61 && $0 <= 0x7A }
        }
    }
}

/// Where a phrase found in the text ends in the trie: its length in tokens, the node, and a bit
/// per phrase ending there whose case rules the text satisfied. Enough to tell what the match
/// means without building its values.
public struct PhraseEnding: Sendable {
    public let length: Int
    public let node: Int
    let passing: UInt64
}

/// A phrase found in the text: its length in tokens and the values of every phrase that matched.
public struct PhraseMatch<Value: Sendable>: Sendable {
    public let length: Int
    public let values: [Value]
}

/// A document's tokens, their keys and its text, borrowed for matching without copying the document.
public struct TokenView {
    public let keys: UnsafeBufferPointer<UInt64>
    /// Each token's lemma key (`Morphology`); its own key when the layer is absent.
    public let lemmas: UnsafeBufferPointer<UInt64>
    public let tokens: UnsafeBufferPointer<Token>
    public let text: UnsafeBufferPointer<UInt8>

    /// Calls `body` with a view of `document`, valid only inside it.
    public static func with<Result>(_ document: AnnotatedDocument, _ body: (TokenView) throws -> Result) rethrows
        -> Result
    {
        let lemmas = document.lemmaKeys.count == document.tokenKeys.count ? document.lemmaKeys : document.tokenKeys
        return try document.tokenKeys.withUnsafeBufferPointer { keys in
            try lemmas.withUnsafeBufferPointer { lemmas in
                try document.tokens.withUnsafeBufferPointer { tokens in
                    try document.text.withUnsafeBufferPointer { text in
                        try body(TokenView(keys: keys, lemmas: lemmas, tokens: tokens, text: text))
                    }
                }
            }
        }
    }
}
