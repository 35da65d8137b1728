import ArgumentParser
import AttacheCore
import AttacheStore

struct ReprocessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprocess",
        abstract: "Run the current engine again over stored texts coded by another version or other knowledge.",
        discussion: """
            Every stored document carries the engine version and the fingerprint of the knowledge
            files that coded it. This command codes again, from the stored text, each document
            whose stamp differs from this engine's, each in its own transaction: an interrupted run
            is simply run again.

            Examples:
              attache reprocess
              attache reprocess --db team.db --knowledge my-knowledge
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var knowledge: KnowledgeOptions

    func run() throws {
        let (pipeline, _, stamp) = try knowledge.pipeline()
        // Only `ingest` creates a store: opening it for queries first refuses a missing one.
        _ = try store.open()
        let database = try store.openForWriting()
        var recoded = 0
        var withoutText: [String] = []
        var last: String?
        while true {
            let batch = try database.documentsToReprocess(stamp: stamp, after: last, limit: InputOptions.batchSize)
            guard let final = batch.last else { break }
            last = final.id
            withoutText += batch.filter { $0.document == nil }.map(\.id)
            let documents = batch.compactMap(\.document)
            for (document, result) in zip(documents, pipeline.run(batch: documents)) {
                switch result {
                case .success(let annotated):
                    try database.ingest(StoredDocument(annotated, stamp: stamp))
                    recoded += 1
                case .failure(let error): StandardError.print("attache: \(document.id): \(error)")
                }
            }
        }
        if !withoutText.isEmpty {
            StandardError.print(
                "attache: \(withoutText.count) document(s) were stored before texts were kept (\(withoutText.prefix(3).joined(separator: ", ")))"
                    + "; ingest their files again to code them with this engine")
        }
        FileHandleOutput.write("reprocessed in \(store.name): \(recoded) recoded with engine \(stamp.description)\n")
        FileHandleOutput.flush()
    }
}
