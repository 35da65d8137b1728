import ArgumentParser
import AttacheCore
import AttacheStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Run the pipeline on documents and keep their records in the store.",
        discussion: """
            A document is known by its path relative to the folder given (or its JSON Lines id).
            One already stored with the same content, coded by this engine version with the same
            knowledge, is skipped; a changed one, or one coded by another version, has its records
            replaced in one transaction, so an interrupted ingest can simply be run again.

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
        let (pipeline, _, stamp) = try knowledge.pipeline()
        let database = try store.openForWriting()
        var outcomes: [IngestOutcome: Int] = [:]
        try input.forEachAnnotated(by: pipeline) { annotated in
            let stored = StoredDocument(annotated, stamp: stamp)
            do {
                outcomes[try database.ingest(stored), default: 0] += 1
            } catch {
                // What was stored before stays; the message names the document the store refused.
                throw CommandFailure("\(stored.id) was not stored, nor anything after it: \(error)")
            }
        }
        let summary = IngestOutcome.allCases.map { "\(outcomes[$0] ?? 0) \($0.rawValue)" }
        FileHandleOutput.write("ingested into \(store.name): \(summary.joined(separator: ", "))\n")
        FileHandleOutput.flush()
    }
}
