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
        let sentences = document.sentences
        // The closure must not capture `document`, or the whole document is copied to be read.
        let found = TokenView.with(document) { view in mentions(in: sentences, view) }
        document.mentions = found
    }

    func mentions(in sentences: [Sentence], _ view: TokenView) -> [Mention] {
        var mentions: [Mention] = []
        // News text names an actor about every ten tokens.
        mentions.reserveCapacity(view.tokens.count / 8)
        let phrases = lexicon.index
        for (number, sentence) in sentences.enumerated() {
            let end = sentence.tokens.upperBound
            var index = sentence.tokens.lowerBound
            while index < end {
                // Most tokens start no phrase: the filter dismisses them without a call.
                guard phrases.mayStart(in: view, at: index),
                    let match = phrases.longestEnding(in: view, from: index, before: end)
                else {
                    index += 1
                    continue
                }
                // A match that starts inside this one and reaches further wins: "the Organization
                // for Security and Co-operation in Europe" is not "the Organization" + rest.
                if let overlap = (index + 1..<(index + match.length)).first(where: { start in
                    phrases.longestMatchLength(in: view, from: start, before: end) + start > index + match.length
                }) {
                    index = overlap
                    continue
                }
                let tokens = index..<(index + match.length)
                let span = TextSpan(
                    view.tokens[tokens.lowerBound].span.start, view.tokens[tokens.upperBound - 1].span.end)
                mentions.append(
                    Mention(sentence: number, tokens: tokens, span: span, readings: lexicon.readings(of: match)))
                index += match.length
            }
        }
        return mentions
    }
}
