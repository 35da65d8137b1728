/// A document and the layers of annotation the pipeline has added to it.
///
/// Components read the layers earlier ones made and add their own; spans are UTF-8 offsets into
/// `text`, the cleaned text, so nothing is copied until output.
public struct AnnotatedDocument: Sendable {
    public var document: Document
    /// The cleaned text as UTF-8 bytes; the original text until the cleaner runs.
    public var text: [UInt8]
    public var removed: [RemovedBlock] = []
    /// The headline the cleaner found at the top of the text, if any.
    public var headline: String?
    public var sentences: [Sentence] = []
    public var tokens: [Token] = []
    /// For each token, its `TokenKey`: what knowledge matching compares.
    public var tokenKeys: [UInt64] = []
    /// For each token, the `TokenKey` of its lemma ("signed" -> "sign"), its own key when it has
    /// none (the morphology layer).
    public var lemmaKeys: [UInt64] = []
    /// For each token, its possible word classes and inflection (the morphology layer).
    public var wordClasses: [WordClasses] = []
    /// Knowledge-base matches, with every reading (the mention tagger's layer).
    public var mentions: [Mention] = []
    /// Mentions resolved to actors (the actor resolver's layer).
    public var actors: [ActorMention] = []
    /// Places named as venues.
    public var places: [PlaceMention] = []
    /// Time expressions with their normalised dates (the time tagger's layer).
    public var times: [TimeExpression] = []
    /// Money, counts, durations and percentages (the quantity tagger's layer).
    public var quantities: [QuantityMention] = []
    public var events: [EventRecord] = []
    public var relations: [RelationRecord] = []
    public var diagnostics: [Diagnostic]
    /// The layers assigned so far.
    public private(set) var layers: Set<Layer> = []

    public init(_ document: Document) {
        self.document = document
        self.text = Array(document.text.utf8)
        self.diagnostics = document.diagnostics
    }

    public mutating func markAssigned(_ assigned: Set<Layer>) { layers.formUnion(assigned) }

    /// The cleaned text of a span as a `String`.
    public func string(_ span: TextSpan) -> String {
        String(decoding: text[span.range], as: UTF8.self)
    }

    public func string(of token: Token) -> String { string(token.span) }

    public var cleanedText: String { String(decoding: text, as: UTF8.self) }

    /// The title from the document's metadata, else the headline the cleaner found.
    public var title: String? { document.title ?? headline }

    /// The export record of this document (spec/records.md) with the engine's counts, where each
    /// date came from, and the document's date on each relation as the date it was observed.
    public var record: DocumentRecord {
        var record = DocumentRecord(
            doc: document.id, published: document.published, title: title,
            events: events.map { event in
                var event = event
                event.dateBasis = dateBasis(of: event)
                return event
            },
            relations: relations.map { relation in
                var relation = relation
                relation.observed = document.published
                return relation
            })
        record.source = document.source
        record.url = document.url
        record.sentences = sentences.count
        record.boilerplateRemoved = removed.count
        record.diagnostics = diagnostics.isEmpty ? nil : diagnostics.map(\.description)
        return record
    }
}
