import ArgumentParser
import AttacheCore
import AttacheKnowledge
import AttacheStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every stored record: JSON Lines (spec/records.md), PLOVER JSON, GDELT-style CSV or GraphML.",
        discussion: """
            Examples:
              attache export > records.jsonl
              attache export --format csv > events.csv
              attache export --format graphml > relations.graphml
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, plover, csv, graphml
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "Export format.")
    var format: Format = .jsonl

    func run() throws {
        let records = try store.open().records()
        defer { FileHandleOutput.flush() }
        switch format {
        case .jsonl: for record in records { FileHandleOutput.write(try RecordEncoder.jsonLine(record) + "\n") }
        case .plover: FileHandleOutput.write(try ExportWriters.plover(records))
        case .csv: FileHandleOutput.write(ExportWriters.csv(records, knowledge: .builtIn))
        case .graphml: FileHandleOutput.write(ExportWriters.graphML(records))
        }
    }
}
