import ArgumentParser
import AttacheCore
import AttacheStore

struct DyadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "The timeline of everything stored between two actors, oldest first, with sources.",
        discussion: """
            Example:
              attache dyad USA ALB
            """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The first actor root.")
    var first: String

    @Argument(help: "The second actor root.")
    var second: String

    func validate() throws {
        if first.uppercased() == second.uppercased() { throw ValidationError("a dyad is two different actors") }
    }

    func run() throws {
        let database = try store.open()
        let (a, b) = (first.uppercased(), second.uppercased())
        let events = try database.events(matching: EventQuery(dyad: (a, b)))
        let relations = try database.relations(matching: RelationQuery(actor: a)).filter { stored in
            let relation = stored.relation
            let actors =
                [relation.subject, relation.object, relation.donor, relation.recipient].compactMap { $0 }
                + (relation.parties ?? [])
            return actors.contains { (ActorCode(parsing: $0)?.root ?? $0) == b }
        }
        // One timeline: events by their date, relations by the date they began; undated last.
        var rows: [(date: String?, cells: [String])] = []
        for stored in events {
            let event = stored.event
            rows.append(
                (
                    event.date?.description,
                    [
                        event.date?.description ?? "-", event.type.rawValue,
                        "\(event.source.joined(separator: ","))>\(event.target.joined(separator: ","))", stored.doc,
                        String(event.evidence.prefix(90)),
                    ]
                ))
        }
        for stored in relations {
            let relation = stored.relation
            let date = (relation.since ?? relation.signed)?.description
            rows.append(
                (
                    date,
                    [
                        date ?? "-", relation.kind.rawValue,
                        relation.status ?? relation.sector ?? relation.category ?? "", stored.doc,
                        String(relation.evidence.prefix(90)),
                    ]
                ))
        }
        rows.sort { ($0.date ?? "~") < ($1.date ?? "~") }
        var table = TextTable(header: ["date", "what", "who", "doc", "evidence"])
        table.rows = rows.map(\.cells)
        FileHandleOutput.write(table.rendered())
        FileHandleOutput.flush()
    }
}
