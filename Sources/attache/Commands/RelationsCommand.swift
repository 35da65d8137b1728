import ArgumentParser
import AttacheCore
import AttacheExport
import AttacheKnowledge
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

    @Option(
        help:
            "Only relations in force on this date: begun by then (or, with no start stated, observed by then) and not ended."
    )
    var asOf: String?

    @Option(help: "At most this many results: the newest.")
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
            asOf: asOf.flatMap { PartialDate(parsing: $0) })
        let database = try store.open()
        var relations = try database.relations(matching: query)
        // The newest: by the date each is known from, undated ones first to go.
        if let limit, relations.count > limit {
            let kept = Set(
                relations.indices.sorted {
                    (relations[$0].relation.knownFrom?.description ?? "", $0)
                        > (relations[$1].relation.knownFrom?.description ?? "", $1)
                }.prefix(limit))
            relations = relations.indices.filter(kept.contains).map { relations[$0] }
        }
        defer { FileHandleOutput.flush() }
        switch format {
        case .jsonl:
            let provenance = try database.provenance(of: relations.map(\.doc))
            for stored in relations {
                FileHandleOutput.write(
                    try JSONLines.line(RelationLine(stored, provenance: provenance[stored.doc])) + "\n")
            }
        case .table:
            let names = ActorNames(knowledge: .builtIn)
            FileHandleOutput.write(RelationTableRows.table(relations, names: names).rendered())
        }
    }
}
