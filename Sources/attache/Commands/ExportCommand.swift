import ArgumentParser
import AttacheCore
import AttacheExport
import AttacheKnowledge
import AttacheStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write every stored record: JSON Lines (spec/records.md), POLECAT-style JSON, GDELT-style CSV, relations CSV or GraphML.",
        discussion: """
            Every format carries each record's store id (the id `events`, `relations` and
            `explain` show) and its document's title, publisher, address and date; the README
            lists the columns.

            Examples:
              attache export > records.jsonl
              attache export --format csv > events.csv
              attache export --format relations-csv > relations.csv
              attache export --format graphml > relations.graphml
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, plover, csv
        case relationsCSV = "relations-csv"
        case graphml
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "Export format.")
    var format: Format = .jsonl

    func run() throws {
        let database = try store.open()
        defer { FileHandleOutput.flush() }
        let exporters = Exporters(knowledge: .builtIn)
        switch format {
        case .jsonl: for record in try database.records() { FileHandleOutput.write(try JSONLines.line(record) + "\n") }
        case .plover: FileHandleOutput.write(try exporters.polecat.jsonLines(try events(database)))
        case .csv: FileHandleOutput.write(exporters.gdelt.csv(try events(database)))
        case .relationsCSV:
            let relations = try database.relations(matching: RelationQuery())
            FileHandleOutput.write(
                exporters.relations.csv(relations, provenance: try database.provenance(of: relations.map(\.doc))))
        case .graphml:
            FileHandleOutput.write(
                exporters.graphML.xml(
                    relations: try database.relations(matching: RelationQuery()), events: try events(database)))
        }
    }

    func events(_ database: any Store) throws -> [ExportedEvent] {
        try ExportedEvent.load(database.events(matching: EventQuery()), merged: false, from: database)
    }
}
