public import AttacheCore

/// Finds every knowledge-base phrase in each sentence, longest match first, and records all its
/// readings; choosing among them is the actor resolver's job.
///
/// ```swift
/// let pipeline = try Pipeline([Cleaner(), Segmenter(), MentionTagger(), ActorResolver()])
/// ```
public struct MentionTagger: PipelineComponent {
    public static let name = "mention-tagger"
    public static let requires: Set<Layer> = [.sentences, .tokens]
    public static let assigns: Set<Layer> = [.mentions]

    let lexicon: ActorLexicon

    public init(lexicon: ActorLexicon = .builtIn) { self.lexicon = lexicon }

    public func process(_ document: inout AnnotatedDocument) throws {
        var mentions: [Mention] = []
        for (number, sentence) in document.sentences.enumerated() {
            let end = sentence.tokens.upperBound
            var index = sentence.tokens.lowerBound
            while index < end {
                guard let match = match(in: document, at: index, before: end) else {
                    index += 1
                    continue
                }
                // A match that starts inside this one and reaches further wins: "the Organization
                // for Security and Co-operation in Europe" is not "the Organization" + rest.
                if let overlap = (index + 1..<(index + match.length)).first(where: { start in
                    (self.match(in: document, at: start, before: end)?.length ?? 0) + start > index + match.length
                }) {
                    index = overlap
                    continue
                }
                let tokens = index..<(index + match.length)
                let span = TextSpan(
                    document.tokens[tokens.lowerBound].span.start, document.tokens[tokens.upperBound - 1].span.end)
                mentions.append(Mention(sentence: number, tokens: tokens, span: span, candidates: match.values))
                index += match.length
            }
        }
        document.mentions = mentions
    }

    func match(in document: AnnotatedDocument, at index: Int, before end: Int) -> (
        length: Int, values: [MentionCandidate]
    )? {
        guard document.tokens[index].shape != .punctuation else { return nil }
        return lexicon.index.longestMatch(in: document, from: index, before: end)
    }
}
