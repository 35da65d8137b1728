import ArgumentParser
import AttacheCore
import AttacheExport
import AttacheStore

struct DyadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "The timeline of everything stored between two actors, oldest first, with sources.",
        discussion: """
            The pair is written as two roots or as `events --dyad` writes it.

            Examples:
              attache dyad USA ALB
              attache dyad USA,ALB --format jsonl
            """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "Two actor roots: A B, or A,B.")
    var actors: [String]

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    var pair: (String, String)? {
        let roots = actors.flatMap { $0.split(separator: ",") }.map { $0.uppercased() }
        return roots.count == 2 ? (roots[0], roots[1]) : nil
    }

    func validate() throws {
        guard let (a, b) = pair else { throw ValidationError("give two actor roots: `dyad A B` or `dyad A,B`") }
        if a == b { throw ValidationError("a dyad is two different actors") }
    }

    func run() throws {
        guard let (a, b) = pair else { return }
        let database = try store.open()
        let events = try ExportedEvent.load(
            database.events(matching: EventQuery(dyad: (a, b))), merged: false, from: database)
        let relations = try database.relations(matching: RelationQuery(actor: a)).filter {
            RelationParties($0.relation).all.contains(b)
        }
        defer { FileHandleOutput.flush() }
        if format == .jsonl {
            let provenance = try database.provenance(of: relations.map(\.doc))
            var lines: [(date: String, line: String)] = []
            for event in events {
                lines.append((event.event.date?.description ?? "~", try JSONLines.line(EventLine(event))))
            }
            for stored in relations {
                let line = try JSONLines.line(RelationLine(stored, provenance: provenance[stored.doc]))
                lines.append((stored.relation.knownFrom?.description ?? "~", line))
            }
            for entry in lines.sorted(by: { $0.date < $1.date }) { FileHandleOutput.write(entry.line + "\n") }
            return
        }
        // One timeline: events by their date, relations by the date they are known from; undated last.
        let names = ActorNames(knowledge: .builtIn)
        var rows: [(date: String?, cells: [String])] = []
        for exported in events {
            let event = exported.event
            rows.append(
                (
                    event.date?.description,
                    [
                        String(exported.id), event.date?.description ?? "-", event.type.rawValue,
                        "\(event.source.joined(separator: ","))>\(event.target.joined(separator: ","))"
                            + (event.hypothetical ? " (hypothetical)" : "") + (event.negated ? " (negated)" : ""),
                        exported.documents.joined(separator: " "), String(event.evidence.prefix(90)),
                    ]
                ))
        }
        for stored in relations {
            let relation = stored.relation
            let date = relation.knownFrom?.description
            rows.append(
                (
                    date,
                    [
                        String(stored.id), date.map { relation.start == nil ? "\($0) (observed)" : $0 } ?? "-",
                        relation.kind.rawValue, RelationTableRows.what(relation, names: names), stored.doc,
                        String(relation.evidence.prefix(90)),
                    ]
                ))
        }
        rows.sort { ($0.date ?? "~") < ($1.date ?? "~") }
        FileHandleOutput.write(
            TextTable(header: ["id", "date", "what", "who", "doc", "evidence"], rows: rows.map(\.cells)).rendered())
    }
}
