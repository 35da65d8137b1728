import ArgumentParser
import AttacheCore
import AttacheStore

struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "Query the stored relations: memberships, agreements, ties, deployments, aid.",
        discussion: """
            Examples:
              attache relations --actor ALB --kind membership
              attache relations --actor ALB --as-of 2010 --format jsonl
            """
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "An actor root the relation involves.")
    var actor: String?

    @Option(help: "membership, agreement, diplomatic, deployment or aid.")
    var kind: String?

    @Option(help: "Only relations in force on this date.")
    var asOf: String?

    @Option(help: "At most this many results (the oldest first).")
    var limit: Int?

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        try NumberOption.check(limit, "--limit", in: 1...Int.max)
        if let kind, RelationKind(rawValue: kind.lowercased()) == nil {
            throw ValidationError(
                "--kind '\(kind)' is not one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let asOf, PartialDate(parsing: asOf) == nil { throw ValidationError("--as-of '\(asOf)' is not a date") }
    }

    func run() throws {
        let query = RelationQuery(
            actor: actor?.uppercased(), kind: kind.flatMap { RelationKind(rawValue: $0.lowercased()) },
            asOf: asOf.flatMap { PartialDate(parsing: $0) }, limit: limit)
        let relations = try store.open().relations(matching: query)
        defer { FileHandleOutput.flush() }
        if format == .jsonl {
            for stored in relations { FileHandleOutput.write(try RecordEncoder.jsonLine(stored.relation) + "\n") }
            return
        }
        var table = TextTable(header: ["kind", "actors", "status", "since", "doc", "evidence"])
        for stored in relations {
            let relation = stored.relation
            let actors =
                [relation.subject, relation.object, relation.donor, relation.recipient].compactMap { $0 }
                + (relation.parties ?? [])
            table.rows.append([
                relation.kind.rawValue, actors.joined(separator: ","),
                relation.status ?? relation.sector ?? relation.mission ?? relation.category ?? "",
                (relation.since ?? relation.signed)?.description ?? "-", stored.doc,
                String(relation.evidence.prefix(80)),
            ])
        }
        FileHandleOutput.write(table.rendered())
    }
}
