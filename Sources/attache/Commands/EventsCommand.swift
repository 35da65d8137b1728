import ArgumentParser
import AttacheCore
import AttacheExport
import AttacheKnowledge
import AttacheStore

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Query the stored events.",
        discussion: """
            Every condition given must hold. Actors are roots (ALB, NATO); a dyad matches events
            between the two in either direction. Each event keeps its store id in every format.

            Examples:
              attache events --actor ALB --type AGREE
              attache events --dyad USA,ALB --since 2020 --format jsonl
              attache events --location ALB --text "security cooperation"
              attache events --merged --actor ALB --format csv
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "An actor root on either side.")
    var actor: String?

    @Option(help: "Two actor roots, comma-separated, one on each side.")
    var dyad: String?

    @Option(help: "A PLOVER event type.")
    var type: String?

    @Option(help: "Events dated on or after this date.")
    var since: String?

    @Option(help: "Events dated on or before this date.")
    var until: String?

    @Option(help: "A country code: events that took place there.")
    var location: String?

    @Option(help: "Words that must all occur in the sentence that states the event.")
    var text: String?

    @Option(help: "At most this many results: the newest (after merging, with --merged).")
    var limit: Int?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, jsonl, csv, plover
    }

    @Option(
        help:
            "Output format: a table, JSON Lines (the spec's events with id and document), GDELT-style CSV or POLECAT-style JSON."
    )
    var format: Format = .table

    @Flag(help: "Merge reports of the same event from several documents into one line.")
    var merged = false

    func validate() throws {
        try NumberOption.check(limit, "--limit", in: 1...Int.max)
        if let dyad {
            let roots = dyad.uppercased().split(separator: ",")
            guard roots.count == 2 else { throw ValidationError("--dyad takes two roots: A,B") }
            if roots[0] == roots[1] { throw ValidationError("--dyad takes two different roots: A,B") }
        }
        if let type, EventType(rawValue: type.uppercased()) == nil {
            throw ValidationError(
                "--type '\(type)' is not a PLOVER type (\(EventType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, PartialDate(parsing: value) == nil {
                throw ValidationError("\(name) '\(value)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            }
        }
    }

    func run() throws {
        let parts = dyad?.split(separator: ",").map { String($0).uppercased() }
        let query = EventQuery(
            actor: actor?.uppercased(), dyad: parts.map { ($0[0], $0[1]) },
            type: type.flatMap { EventType(rawValue: $0.uppercased()) },
            since: since.flatMap { PartialDate(parsing: $0) },
            until: until.flatMap { PartialDate(parsing: $0) }, location: location?.uppercased(), text: text)
        let database = try store.open()
        var events = try ExportedEvent.load(database.events(matching: query), merged: merged, from: database)
        if let limit { events = Array(events.newest(limit)) }
        try Self.write(events, format: format)
    }

    static func write(_ events: [ExportedEvent], format: Format) throws {
        defer { FileHandleOutput.flush() }
        let exporters = Exporters(knowledge: .builtIn)
        switch format {
        case .table: FileHandleOutput.write(EventTableRows.table(events).rendered())
        case .jsonl: for event in events { FileHandleOutput.write(try JSONLines.line(EventLine(event)) + "\n") }
        case .csv: FileHandleOutput.write(exporters.gdelt.csv(events))
        case .plover: FileHandleOutput.write(try exporters.polecat.jsonLines(events))
        }
    }
}

extension Array where Element == ExportedEvent {
    /// The `count` newest events, in the order given (oldest first, undated last): dated ones
    /// before undated ones.
    func newest(_ count: Int) -> [ExportedEvent] {
        let kept = Set(
            indices.sorted {
                (self[$0].event.date?.description ?? "", $0) > (self[$1].event.date?.description ?? "", $1)
            }
            .prefix(count))
        return indices.filter(kept.contains).map { self[$0] }
    }
}
