public import AttacheCore
public import AttacheStore

/// The `relations` table: each relation's parties by name, what it is (status, agreement name,
/// mission, place, sector, quantity) and its dates with where they come from.
public enum RelationTableRows {
    public static let header = ["id", "kind", "parties", "what", "since", "observed", "until", "doc", "evidence"]

    public static func table(_ relations: [StoredRelation], names: ActorNames) -> TextTable {
        TextTable(header: header, rows: relations.map { row($0, names: names) })
    }

    static func row(_ stored: StoredRelation, names: ActorNames) -> [String] {
        let relation = stored.relation
        let parties = RelationParties(relation).all.map { "\(names.name($0)) (\($0))" }
        return [
            String(stored.id), relation.kind.rawValue, parties.joined(separator: ", "), what(relation, names: names),
            relation.start?.description ?? "-", relation.observed?.description ?? "-",
            relation.until?.description ?? "-", stored.doc, String(relation.evidence.prefix(80)),
        ]
    }

    /// "member", "the Strategic Partnership Charter (charter)", "KFOR in Kosovo, 90 people", ...
    public static func what(_ relation: RelationRecord, names: ActorNames) -> String {
        var parts: [String] = []
        if let status = relation.status { parts.append(status) }
        if let name = relation.name { parts.append(name + (relation.category.map { " (\($0))" } ?? "")) }
        if let mission = relation.mission { parts.append(mission) }
        if relation.kind == .deployment, let location = relation.location { parts.append("in \(names.name(location))") }
        if let sector = relation.sector { parts.append(sector) }
        if let quantity = relation.quantity {
            parts.append("\(GDELTEventTable.number(quantity.value)) \(quantity.unit)")
        }
        if let duration = relation.duration {
            parts.append("for \(GDELTEventTable.number(duration.value)) \(duration.unit)")
        }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }
}

/// A relation as a JSON line of `relations --format jsonl`: the spec's relation with its id,
/// `observed` and `date_basis`, and its document with that document's title, publisher, address
/// and date.
public struct RelationLine: Encodable, Sendable {
    public var relation: RelationRecord
    public var doc: String
    public var provenance: Provenance?

    public init(_ stored: StoredRelation, provenance: Provenance?) {
        relation = stored.relation
        doc = stored.doc
        self.provenance = provenance
    }

    enum Key: String, CodingKey { case doc, title, publisher, url, published }

    public func encode(to encoder: any Encoder) throws {
        try relation.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(doc, forKey: .doc)
        try container.encode(provenance?.title, forKey: .title)
        try container.encode(provenance?.source, forKey: .publisher)
        try container.encode(provenance?.url, forKey: .url)
        try container.encode(provenance?.published, forKey: .published)
    }
}
