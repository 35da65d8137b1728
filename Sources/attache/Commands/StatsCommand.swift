import ArgumentParser
import AttacheCore
import AttacheExport
import AttacheStore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the stored documents, events and relations, by type, actor and month.",
        discussion: """
            Events dated to a year only are counted by year, apart from the months; undated events
            are counted on their own line.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "How many actors to list.")
    var top: Int = 20

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws { try NumberOption.check(top, "--top", in: 0...Int.max) }

    func run() throws {
        let statistics = try store.open().statistics()
        let months = statistics.eventsByMonth.filter { $0.0.count == 7 }
        let years = statistics.eventsByMonth.filter { $0.0.count != 7 }
        defer { FileHandleOutput.flush() }
        if format == .jsonl {
            let counts = { (rows: [(String, Int)]) in rows.map { Count(key: $0.0, events: $0.1) } }
            let summary = Summary(
                documents: statistics.documents, sentences: statistics.sentences, mentions: statistics.mentions,
                events: statistics.events, relations: statistics.relations, undatedEvents: statistics.undatedEvents,
                byType: counts(statistics.eventsByType), byActor: counts(Array(statistics.eventsByActor.prefix(top))),
                byMonth: counts(months), byYearOnly: counts(years))
            FileHandleOutput.write(try JSONLines.line(summary) + "\n")
            return
        }
        var lines = [
            "documents: \(statistics.documents), sentences: \(statistics.sentences), mentions: \(statistics.mentions), "
                + "events: \(statistics.events) (\(statistics.undatedEvents) undated), relations: \(statistics.relations)",
            "",
        ]
        func section(_ title: String, _ rows: [(String, Int)]) {
            guard !rows.isEmpty else { return }
            lines.append(TextTable(header: [title, "events"], rows: rows.map { [$0.0, "\($0.1)"] }).rendered())
        }
        section("type", statistics.eventsByType)
        section("actor", Array(statistics.eventsByActor.prefix(top)))
        section("month", months)
        section("year only", years)
        FileHandleOutput.write(lines.joined(separator: "\n"))
    }

    struct Count: Encodable {
        var key: String
        var events: Int
    }

    struct Summary: Encodable {
        var documents, sentences, mentions, events, relations, undatedEvents: Int
        var byType, byActor, byMonth, byYearOnly: [Count]

        enum CodingKeys: String, CodingKey {
            case documents, sentences, mentions, events, relations
            case undatedEvents = "undated_events"
            case byType = "by_type"
            case byActor = "by_actor"
            case byMonth = "by_month"
            case byYearOnly = "by_year_only"
        }
    }
}
