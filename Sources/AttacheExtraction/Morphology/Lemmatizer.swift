public import AttacheCore
public import AttacheKnowledge

/// English lemmas and word classes by WordNet's rules (morphy): an irregular form first
/// ("met" -> "meet"), then suffix rules whose stem the lexicon knows ("signed" -> "sign",
/// "crises" is irregular, "talks" -> "talk"), verbs before nouns; a word no rule explains is its
/// own lemma. The lexicon is `morphology.tsv`, compiled from WordNet by
/// `tools/knowledge/build_morphology.py`.
///
/// Works on token keys and bytes: no `String` is made per token.
public struct Lemmatizer: Sendable {
    /// What the lexicon says of a word: its lemma's key and its possible classes.
    public struct Analysis: Sendable, Equatable {
        public var lemma: UInt64
        public var classes: WordClasses
    }

    /// A suffix rule: strip `suffix`, add `replacement`; the stem must be a word of `stemClass`.
    struct SuffixRule {
        var suffix: [UInt8]
        var replacement: [UInt8]
        var stemClass: WordClasses
        var inflection: WordClasses
    }

    let lemmaClasses: KeyMap<WordClasses>
    let irregular: KeyMap<Analysis>

    /// Stems shorter than this are not trusted ("bed" is not "be" + "d").
    static let shortestStem = 3

    /// The rules in the order they are tried: verbs first, as trigger words mostly are.
    static let rules: [SuffixRule] = [
        ("ies", "y", WordClasses.verb, WordClasses.sForm), ("es", "e", .verb, .sForm), ("es", "", .verb, .sForm),
        ("s", "", .verb, .sForm), ("ied", "y", .verb, .pastForm), ("ed", "e", .verb, .pastForm),
        ("ed", "", .verb, .pastForm), ("ing", "e", .verb, .ingForm), ("ing", "", .verb, .ingForm),
        ("ies", "y", .noun, .sForm), ("ses", "s", .noun, .sForm), ("xes", "x", .noun, .sForm),
        ("zes", "z", .noun, .sForm), ("ches", "ch", .noun, .sForm), ("shes", "sh", .noun, .sForm),
        ("men", "man", .noun, .sForm), ("s", "", .noun, .sForm),
    ].map { SuffixRule(suffix: Array($0.0.utf8), replacement: Array($0.1.utf8), stemClass: $0.2, inflection: $0.3) }

    public init(knowledge: KnowledgeBase) {
        var classes: [(UInt64, WordClasses)] = []
        var irregular: [(UInt64, Analysis)] = []
        for row in knowledge.extraFiles["morphology"]?.rows ?? [] {
            let letters = row.field(1)
            var wordClasses: WordClasses = []
            if letters.contains("n") { wordClasses.insert(.noun) }
            if letters.contains("v") { wordClasses.insert(.verb) }
            if letters.contains("a") { wordClasses.insert(.adjective) }
            if letters.contains("r") { wordClasses.insert(.adverb) }
            if row.fields.count >= 3, !row.field(2).isEmpty {
                // An irregular verb form is a past ("met", "left"); a noun one a plural ("crises").
                let inflection: WordClasses = wordClasses.contains(.verb) ? .pastForm : .sForm
                irregular.append(
                    (
                        TokenKey.of(row.field(0)),
                        Analysis(lemma: TokenKey.of(row.field(2)), classes: wordClasses.union(inflection))
                    ))
            } else {
                classes.append((TokenKey.of(row.field(0)), wordClasses))
            }
        }
        // Verb forms first, so that the first value kept for a form is its verb reading.
        irregular.sort { $0.1.classes.contains(.verb) && !$1.1.classes.contains(.verb) }
        self.lemmaClasses = KeyMap(classes)
        self.irregular = KeyMap(irregular)
    }

    public static let builtIn = Lemmatizer(knowledge: .builtIn)

    /// The lemma and classes of a word given as its key and its bytes (any case).
    public func analyse(key: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Analysis {
        var classes = lemmaClasses[key] ?? []
        if let form = irregular[key] {
            return Analysis(lemma: form.lemma, classes: classes.union(form.classes))
        }
        guard bytes.count > Self.shortestStem, bytes.allSatisfy(Self.isASCIILetter) else {
            return Analysis(lemma: key, classes: classes)
        }
        var lemma: UInt64?
        for rule in Self.rules where bytes.count - rule.suffix.count + rule.replacement.count >= Self.shortestStem {
            guard Self.hasSuffix(bytes, rule.suffix) else { continue }
            let stem = Self.key(bytes[..<(bytes.count - rule.suffix.count)], rule.replacement)
            guard let stemClasses = lemmaClasses[stem], stemClasses.contains(rule.stemClass) else { continue }
            if lemma == nil { lemma = stem }
            classes.formUnion(rule.stemClass.union(rule.inflection))
        }
        return Analysis(lemma: lemma ?? key, classes: classes)
    }

    /// The lemma of a word written out (for patterns and tests).
    public func lemma(of word: String) -> UInt64 {
        Array(word.utf8).withUnsafeBufferPointer { analyse(key: TokenKey.of(word), bytes: $0).lemma }
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        guard bytes.count > suffix.count else { return false }
        let start = bytes.count - suffix.count
        for index in suffix.indices where bytes[start + index] | 0x20 != suffix[index] { return false }
        return true
    }

    /// The key of `stem` followed by `ending`, as `TokenKey.of` would compute it.
    static func key(_ stem: Slice<UnsafeBufferPointer<UInt8>>, _ ending: [UInt8]) -> UInt64 {
        TokenKey.of(ending, after: TokenKey.of(stem))
    }
}
