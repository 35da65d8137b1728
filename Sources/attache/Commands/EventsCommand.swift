import ArgumentParser
import AttacheCore
import AttacheKnowledge
import AttacheStore

struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Query the stored events.",
        discussion: """
            Every condition given must hold. Actors are roots (ALB, NATO); a dyad matches events
            between the two in either direction.

            Examples:
              attache events --actor ALB --type AGREE
              attache events --dyad USA,ALB --since 2020 --format jsonl
              attache events --location ALB --text "security cooperation"
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

    @Option(help: "At most this many results (the oldest first).")
    var limit: Int?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, jsonl, csv, plover
    }

    @Option(
        help: "Output format: a table, JSON Lines (the spec's events with their doc), GDELT-style CSV or PLOVER JSON.")
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
                throw ValidationError("\(name) '\(value)' is not a date")
            }
        }
    }

    func run() throws {
        let parts = dyad?.split(separator: ",").map { String($0).uppercased() }
        let query = EventQuery(
            actor: actor?.uppercased(), dyad: parts.map { ($0[0], $0[1]) },
            type: type.flatMap { EventType(rawValue: $0.uppercased()) },
            since: since.flatMap { PartialDate(parsing: $0) },
            until: until.flatMap { PartialDate(parsing: $0) }, location: location?.uppercased(), text: text,
            limit: limit)
        let events = try store.open().events(matching: query)
        defer { FileHandleOutput.flush() }
        if merged {
            write(EventMerging.merge(events))
            return
        }
        switch format {
        case .jsonl:
            for stored in events {
                FileHandleOutput.write(
                    try RecordEncoder.jsonLine(StoredEventLine(doc: stored.doc, event: stored.event)) + "\n")
            }
        case .table:
            var table = TextTable(header: ["id", "date", "type", "source", "target", "doc", "evidence"])
            for stored in events {
                let event = stored.event
                table.rows.append([
                    "\(stored.id)", event.date?.description ?? "-", event.type.rawValue,
                    event.source.joined(separator: ","),
                    event.target.joined(separator: ","), stored.doc, String(event.evidence.prefix(100)),
                ])
            }
            FileHandleOutput.write(table.rendered())
        case .csv: FileHandleOutput.write(ExportWriters.csv(Self.records(events), knowledge: .builtIn))
        case .plover: FileHandleOutput.write(try ExportWriters.plover(Self.records(events)))
        }
    }

    /// The events as document records for the export writers, in their query order: one record
    /// per run of events from the same document.
    static func records(_ events: [StoredEvent]) -> [DocumentRecord] {
        var records: [DocumentRecord] = []
        for stored in events {
            if records.last?.doc != stored.doc {
                records.append(DocumentRecord(doc: stored.doc, published: nil, title: nil))
            }
            records[records.count - 1].events.append(stored.event)
        }
        return records
    }

    func write(_ merged: [MergedEvent]) {
        var table = TextTable(header: ["id", "date", "type", "source", "target", "reports", "documents"])
        for event in merged {
            table.rows.append([
                "\(event.id)", event.event.date?.description ?? "-", event.event.type.rawValue,
                event.event.source.joined(separator: ","), event.event.target.joined(separator: ","),
                "\(event.reports.count)",
                event.documents.joined(separator: " "),
            ])
        }
        FileHandleOutput.write(table.rendered())
    }

    /// An event line of `--format jsonl`: the spec's event with the document it came from.
    struct StoredEventLine: Encodable {
        var doc: String
        var event: EventRecord

        func encode(to encoder: any Encoder) throws {
            try event.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(doc, forKey: .doc)
        }

        enum Key: String, CodingKey { case doc }
    }
}
