import ArgumentParser
import AttacheCore
import AttacheStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every stored document's records as JSON Lines (spec/records.md).",
        discussion: """
            Example:
              attache export --db attache.db > records.jsonl
            """
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        defer { FileHandleOutput.flush() }
        for record in try store.open().records() { FileHandleOutput.write(try RecordEncoder.jsonLine(record) + "\n") }
    }
}
