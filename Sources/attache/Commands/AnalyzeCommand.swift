import ArgumentParser
import AttacheCore
import AttacheExport
import AttacheExtraction
import AttacheKnowledge
import AttacheStore

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
        let names = ActorNames(knowledge: .builtIn)
        defer { FileHandleOutput.flush() }
        try input.forEachAnnotated(by: pipeline) { annotated in
            let record = annotated.record
            switch format {
            case .jsonl: FileHandleOutput.write(try JSONLines.line(record) + "\n")
            case .table: FileHandleOutput.write(Self.block(record, names: names))
            }
        }
    }

    /// A document's summary line, then its events and its relations, indented.
    static func block(_ record: DocumentRecord, names: ActorNames) -> String {
        var text =
            "\(record.doc)  published \(record.published?.description ?? "-"), \(record.sentences ?? 0) sentences,"
        text += " \(record.boilerplateRemoved ?? 0) removed, \(record.events.count) events,"
        text += " \(record.relations.count) relations  \(record.title ?? "")\n"
        let events = record.events.map { event in
            ExportedEvent(StoredEvent(id: 0, doc: record.doc, event: event), provenance: [:])
        }
        if !events.isEmpty {
            var table = EventTableRows.table(events)
            // No store ids, reports or documents before ingest.
            let dropped: Set<Int> = [0, 9, 10]
            table.header = table.header.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
            table.rows = table.rows.map { $0.enumerated().filter { !dropped.contains($0.offset) }.map(\.element) }
            text += indented(table.rendered())
        }
        if !record.relations.isEmpty {
            var table = TextTable(header: ["relation", "parties", "what", "since", "evidence"])
            for relation in record.relations {
                table.rows.append([
                    relation.kind.rawValue, RelationParties(relation).all.joined(separator: ","),
                    RelationTableRows.what(relation, names: names), relation.start?.description ?? "-",
                    String(relation.evidence.prefix(80)),
                ])
            }
            text += indented(table.rendered())
        }
        return text + "\n"
    }

    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "    " + $0 + "\n" }.joined()
    }
}
