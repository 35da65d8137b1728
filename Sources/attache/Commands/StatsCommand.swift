import ArgumentParser
import AttacheCore
import AttacheStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count the stored documents, events and relations, by type, actor and month.")

    @OptionGroup var store: StoreOptions

    @Option(help: "How many actors to list.")
    var top: Int = 20

    func validate() throws { try NumberOption.check(top, "--top", in: 0...Int.max) }

    func run() throws {
        let statistics = try store.open().statistics()
        var lines = [
            "documents: \(statistics.documents), sentences: \(statistics.sentences), mentions: \(statistics.mentions), "
                + "events: \(statistics.events), relations: \(statistics.relations)", "",
        ]
        func section(_ title: String, _ rows: [(String, Int)]) {
            var table = TextTable(header: [title, "events"])
            table.rows = rows.map { [$0.0, "\($0.1)"] }
            lines.append(table.rendered())
        }
        section("type", statistics.eventsByType)
        section("actor", Array(statistics.eventsByActor.prefix(top)))
        section("month", statistics.eventsByMonth)
        FileHandleOutput.write(lines.joined(separator: "\n"))
        FileHandleOutput.flush()
    }
}
