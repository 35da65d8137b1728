public import AttacheCore

/// Finds time expressions and normalises them, keeping the precision the text gives.
///
/// Absolute: "April 1, 2009", "Jan. 21", "21 January 2025", "2022-12-05", "June 2014", "late 2022",
/// "the 1990s", "in 1922". Relative to the published date: "on Thursday", "today", "later this
/// month", "last year", "13 years ago", "February 24 of this year". "That year", "the same day"
/// and "hours later" take the date named last. "since ..." and "as of ..." mark the start of an
/// ongoing state. Without a published date, relative expressions are kept
/// with no date rather than guessed.
///
/// ```swift
/// let pipeline = try Pipeline([Cleaner(), Segmenter(), TimeTagger()])
/// ```
public struct TimeTagger: PipelineComponent {
    public static let name = "time-tagger"
    public static let requires: Set<Layer> = [.sentences, .tokens]
    public static let assigns: Set<Layer> = [.times]

    public init() {}

    public func process(_ document: inout AnnotatedDocument) throws {
        let reader = TimeReader(document: document)
        var times: [TimeExpression] = []
        // "that year", "the same day": the date the text named last, at that unit.
        var previous: PartialDate? = nil
        for (number, sentence) in document.sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                if let found = reader.read(at: index, end: sentence.tokens.upperBound)
                    ?? reader.readAnaphoric(at: index, end: sentence.tokens.upperBound, previous: previous)
                    ?? reader.readMomentsLater(at: index, end: sentence.tokens.upperBound, previous: previous)
                {
                    let tokens = found.start..<found.end
                    let span = TextSpan(
                        document.tokens[found.start].span.start, document.tokens[found.end - 1].span.end)
                    times.append(
                        TimeExpression(
                            sentence: number, tokens: tokens, span: span, date: found.date, relation: found.relation))
                    if let date = found.date { previous = date }
                    index = found.end
                } else {
                    index += 1
                }
            }
        }
        document.times = times
    }
}
