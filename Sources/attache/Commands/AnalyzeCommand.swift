import ArgumentParser
import AttacheCore
import AttacheExtraction

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Run the pipeline on documents and write one record per document.",
        discussion: """
            Records follow spec/records.md: doc, published, title, events and relations, plus the
            number of sentences and of boilerplate blocks removed. Unreadable files are reported on
            standard error and the rest of the batch still runs; the exit status is non-zero only
            when nothing could be read.

            Examples:
              attache analyze Examples/corpus
              attache analyze news.jsonl --format table
              cat story.txt | attache analyze - --published 2024-02-15
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var knowledge: KnowledgeOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .jsonl

    func run() throws {
        let pipeline = try knowledge.pipeline().pipeline
        var table = TextTable(header: ["doc", "published", "sentences", "removed", "events", "relations", "title"])
        defer { FileHandleOutput.flush() }
        try input.forEachAnnotated(by: pipeline) { annotated in
            let record = annotated.record
            switch format {
            case .jsonl: FileHandleOutput.write(try RecordEncoder.jsonLine(record) + "\n")
            case .table:
                table.rows.append([
                    record.doc, record.published?.description ?? "-", "\(record.sentences ?? 0)",
                    "\(record.boilerplateRemoved ?? 0)", "\(record.events.count)", "\(record.relations.count)",
                    record.title ?? "",
                ])
            }
        }
        if format == .table { FileHandleOutput.write(table.rendered()) }
    }
}
