public import AttacheCore

extension StoredDocument {
    /// What the store keeps of a document the pipeline has read: its text, records, sentences and
    /// resolved mentions, stamped with the engine that coded them.
    public init(_ annotated: AnnotatedDocument, stamp: EngineStamp) {
        let document = annotated.document
        self.init(
            id: document.id, contentHash: document.contentHash, source: document.source, url: document.url,
            text: document.text, stamp: stamp, record: annotated.record,
            sentences: annotated.sentences.map { annotated.string($0.span) },
            mentions: annotated.actors.map {
                StoredMention(
                    sentence: $0.sentence, actor: $0.actor.description, kind: $0.kind.rawValue,
                    text: annotated.string($0.span), rule: $0.rule)
            })
    }
}
