public import AttacheCore
public import AttacheKnowledge

/// English lemmas and word classes by WordNet's rules (morphy): an irregular form first
/// ("met" -> "meet"), then suffix rules whose stem the lexicon knows ("signed" -> "sign",
/// "talks" -> "talk"), verbs before nouns; a word no rule explains is its own lemma. The lexicon is
/// `morphology.tsv`, compiled from WordNet by `tools/knowledge/build_morphology.py`.
///
/// Works on token keys and bytes: no `String` is made per token, one table lookup answers most
/// words, and a suffix's stem is hashed from the word's prefix hash, not rehashed per rule.
public struct Lemmatizer: Sendable {
    /// What the lexicon says of a word: its lemma's key and its possible classes.
    public struct Analysis: Sendable, Equatable {
        public var lemma: UInt64
        public var classes: WordClasses
    }

    /// What the table holds of a word: its own classes as a lemma, and its reading as an irregular
    /// form ("left": an adjective, and the past of "leave").
    struct Entry: Sendable {
        var classes: WordClasses = []
        var irregular: Analysis?
    }

    /// A suffix rule: strip `suffixLength` bytes (`suffix`), add `replacement`; the stem must be
    /// a word of `stemClass`. Short byte strings are packed into integers, so that a rule is a
    /// plain value the hot loop copies for free.
    struct SuffixRule: Sendable {
        var suffix: UInt32
        var suffixLength: Int
        var replacement: UInt32
        var replacementLength: Int
        var stemClass: WordClasses
        var inflection: WordClasses

        init(_ suffix: String, _ replacement: String, _ stemClass: WordClasses, _ inflection: WordClasses) {
            self.suffix = Self.pack(suffix)
            self.suffixLength = suffix.utf8.count
            self.replacement = Self.pack(replacement)
            self.replacementLength = replacement.utf8.count
            self.stemClass = stemClass
            self.inflection = inflection
        }

        /// Up to four bytes, the first in the lowest byte.
        static func pack(_ text: String) -> UInt32 {
            text.utf8.enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
        }
    }

    let entries: KeyMap<Entry>

    /// Stems shorter than this are not trusted ("bed" is not "be" + "d").
    static let shortestStem = 3
    /// Words longer than this are not inflected forms worth reading (and fit the prefix buffer).
    static let longestWord = 32

    /// The rules in the order they are tried: verbs first, as trigger words mostly are.
    static let rules: [SuffixRule] = [
        SuffixRule("ies", "y", .verb, .sForm), SuffixRule("es", "e", .verb, .sForm),
        SuffixRule("es", "", .verb, .sForm),
        SuffixRule("s", "", .verb, .sForm), SuffixRule("ied", "y", .verb, .pastForm),
        SuffixRule("ed", "e", .verb, .pastForm), SuffixRule("ed", "", .verb, .pastForm),
        SuffixRule("ing", "e", .verb, .ingForm), SuffixRule("ing", "", .verb, .ingForm),
        SuffixRule("ies", "y", .noun, .sForm), SuffixRule("ses", "s", .noun, .sForm),
        SuffixRule("xes", "x", .noun, .sForm), SuffixRule("zes", "z", .noun, .sForm),
        SuffixRule("ches", "ch", .noun, .sForm), SuffixRule("shes", "sh", .noun, .sForm),
        SuffixRule("men", "man", .noun, .sForm), SuffixRule("s", "", .noun, .sForm),
    ]

    public init(knowledge: KnowledgeBase) {
        var entries: [UInt64: Entry] = [:]
        for row in knowledge.extraFiles["morphology"]?.rows ?? [] {
            let letters = row.field(1)
            var classes: WordClasses = []
            if letters.contains("n") { classes.insert(.noun) }
            if letters.contains("v") { classes.insert(.verb) }
            if letters.contains("a") { classes.insert(.adjective) }
            if letters.contains("r") { classes.insert(.adverb) }
            let key = TokenKey.of(row.field(0))
            if row.fields.count >= 3, !row.field(2).isEmpty {
                // An irregular verb form is a past ("met", "left"), a noun one a plural ("crises");
                // a verb reading wins over a noun one.
                guard entries[key]?.irregular?.classes.contains(.verb) != true else { continue }
                let inflection: WordClasses = classes.contains(.verb) ? .pastForm : .sForm
                entries[key, default: Entry()].irregular = Analysis(
                    lemma: TokenKey.of(row.field(2)), classes: classes.union(inflection))
            } else {
                entries[key, default: Entry()].classes.formUnion(classes)
            }
        }
        self.entries = KeyMap(entries.map { ($0.key, $0.value) })
    }

    public static let builtIn = Lemmatizer(knowledge: .builtIn)

    /// The lemma and classes of a word given as its key and its bytes (any case).
    public func analyse(key: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Analysis {
        let entry = entries[key]
        var classes = entry?.classes ?? []
        if let form = entry?.irregular {
            return Analysis(lemma: form.lemma, classes: classes.union(form.classes))
        }
        // Every suffix rule ends in "s", "d", "g" or "n": most words are done after one byte.
        guard bytes.count > Self.shortestStem, bytes.count <= Self.longestWord, let last = bytes.last,
            Self.mayBeInflected(last), bytes.allSatisfy(Self.isASCIILetter)
        else {
            return Analysis(lemma: key, classes: classes)
        }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.longestWord + 1) { prefixes in
            // prefixes[i]: the key of the word's first i bytes.
            prefixes[0] = TokenKey.of([UInt8]())
            for index in bytes.indices {
                prefixes[index + 1] = TokenKey.of(CollectionOfOne(bytes[index]), after: prefixes[index])
            }
            var lemma: UInt64?
            for rule in Self.rules
            where bytes.count - rule.suffixLength + rule.replacementLength >= Self.shortestStem
                && Self.hasSuffix(bytes, rule)
            {
                var stem = prefixes[bytes.count - rule.suffixLength]
                for offset in 0..<rule.replacementLength {
                    stem = TokenKey.of(
                        CollectionOfOne(UInt8(truncatingIfNeeded: rule.replacement >> (8 * offset))), after: stem)
                }
                guard let stemClasses = entries[stem]?.classes, stemClasses.contains(rule.stemClass) else { continue }
                if lemma == nil { lemma = stem }
                classes.formUnion(rule.stemClass.union(rule.inflection))
            }
            return Analysis(lemma: lemma ?? key, classes: classes)
        }
    }

    /// The lemma of a word written out (for patterns and tests).
    public func lemma(of word: String) -> UInt64 {
        Array(word.utf8).withUnsafeBufferPointer { analyse(key: TokenKey.of(word), bytes: $0).lemma }
    }

    @inline(__always)
    static func mayBeInflected(_ last: UInt8) -> Bool {
        let letter = last | 0x20
        return letter == 0x73 || letter == 0x64 || letter == 0x67 || letter == 0x6E  // s d g n
    }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    @inline(__always)
    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ rule: SuffixRule) -> Bool {
        guard bytes.count > rule.suffixLength else { return false }
        let start = bytes.count - rule.suffixLength
        for offset in 0..<rule.suffixLength
        where bytes[start + offset] | 0x20 != UInt8(truncatingIfNeeded: rule.suffix >> (8 * offset)) {
            return false
        }
        return true
    }
}
