import ArgumentParser
import AttacheCore
import AttacheStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Run the pipeline on documents and keep their records in the store.",
        discussion: """
            A document already stored with the same content is skipped; a changed one has its
            records replaced in one transaction, so an interrupted ingest can simply be run again.

            Examples:
              attache ingest Examples/corpus
              attache ingest news.jsonl --db team.db
              attache ingest news.jsonl --postgres postgres://attache@127.0.0.1:5432/attache
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var knowledge: KnowledgeOptions

    func run() throws {
        let pipeline = try knowledge.pipeline().pipeline
        let database = try store.openForWriting()
        var outcomes: [IngestOutcome: Int] = [:]
        try input.forEachAnnotated(by: pipeline) { annotated in
            let document = annotated.document
            let stored = StoredDocument(
                id: document.id, contentHash: document.contentHash, source: document.source, url: document.url,
                record: annotated.record, sentences: annotated.sentences.map { annotated.string($0.span) },
                mentions: annotated.actors.map {
                    StoredMention(
                        sentence: $0.sentence, actor: $0.actor.description, kind: $0.kind.rawValue,
                        text: annotated.string($0.span), rule: $0.rule)
                })
            outcomes[try database.ingest(stored), default: 0] += 1
        }
        let summary = [IngestOutcome.added, .replaced, .unchanged].map { "\(outcomes[$0] ?? 0) \($0.rawValue)" }
        FileHandleOutput.write("ingested into \(store.name): \(summary.joined(separator: ", "))\n")
        FileHandleOutput.flush()
    }
}
