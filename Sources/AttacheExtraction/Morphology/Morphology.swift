public import AttacheCore

/// Gives every word its lemma and possible word classes (`Lemmatizer`), so that a trigger
/// pattern is written once per lemma and the clause rules can tell a verb from a noun.
public struct Morphology: PipelineComponent {
    public static let name = "morphology"
    public static let requires: Set<Layer> = [.tokens]
    public static let assigns: Set<Layer> = [.lemmas]

    let lemmatizer: Lemmatizer

    public init(lemmatizer: Lemmatizer = .builtIn) { self.lemmatizer = lemmatizer }

    /// Slots of the per-document cache: a text repeats its words, and a slot read is far cheaper
    /// than a probe of the lexicon's large table.
    static let cacheSlots = 512

    public func process(_ document: inout AnnotatedDocument) throws {
        var lemmas = document.tokenKeys
        var classes = [WordClasses](repeating: [], count: document.tokens.count)
        var cachedKeys = [UInt64](repeating: 0, count: Self.cacheSlots)
        var cached = [Lemmatizer.Analysis](repeating: .init(lemma: 0, classes: []), count: Self.cacheSlots)
        document.text.withUnsafeBufferPointer { text in
            for (index, token) in document.tokens.enumerated()
            where token.shape == .lower || token.shape == .capitalized {
                let key = document.tokenKeys[index]
                let slot = Int(truncatingIfNeeded: key >> 55) & (Self.cacheSlots - 1)
                let analysis: Lemmatizer.Analysis
                if cachedKeys[slot] == key {
                    analysis = cached[slot]
                } else {
                    analysis = lemmatizer.analyse(
                        key: key, bytes: UnsafeBufferPointer(rebasing: text[token.span.range]))
                    cachedKeys[slot] = key
                    cached[slot] = analysis
                }
                lemmas[index] = analysis.lemma
                classes[index] = analysis.classes
            }
        }
        document.lemmaKeys = lemmas
        document.wordClasses = classes
    }
}
