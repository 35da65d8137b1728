public import AttacheCore

/// Gives every word its lemma and possible word classes (`Lemmatizer`), so that a trigger
/// pattern is written once per lemma and the clause rules can tell a verb from a noun.
public struct Morphology: PipelineComponent {
    public static let name = "morphology"
    public static let requires: Set<Layer> = [.tokens]
    public static let assigns: Set<Layer> = [.lemmas]

    let lemmatizer: Lemmatizer

    public init(lemmatizer: Lemmatizer = .builtIn) { self.lemmatizer = lemmatizer }

    public func process(_ document: inout AnnotatedDocument) throws {
        var lemmas = document.tokenKeys
        var classes = [WordClasses](repeating: [], count: document.tokens.count)
        document.text.withUnsafeBufferPointer { text in
            for (index, token) in document.tokens.enumerated()
            where token.shape == .lower || token.shape == .capitalized {
                let analysis = lemmatizer.analyse(
                    key: document.tokenKeys[index], bytes: UnsafeBufferPointer(rebasing: text[token.span.range]))
                lemmas[index] = analysis.lemma
                classes[index] = analysis.classes
            }
        }
        document.lemmaKeys = lemmas
        document.wordClasses = classes
    }
}
