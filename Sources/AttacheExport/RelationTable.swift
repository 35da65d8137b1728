public import AttacheCore
public import AttacheStore

/// Relations as CSV, one row per stored relation: its id, kind, parties (by code and name), the
/// fields of its kind, its dates and where they come from, its evidence and its document.
///
/// ```swift
/// let csv = RelationTable(names: names).csv(relations, provenance: provenance)
/// ```
public struct RelationTable: Sendable {
    public static let columns = [
        "id", "kind", "actor1", "actor1_name", "actor2", "actor2_name", "parties", "status", "name", "category",
        "mission", "location", "sector", "quantity", "signed", "since", "until", "observed", "date_basis", "evidence",
        "rule", "doc", "title", "publisher", "url", "published",
    ]

    public var names: ActorNames

    public init(names: ActorNames) { self.names = names }

    public func csv(_ relations: [StoredRelation], provenance: [String: Provenance]) -> String {
        var table = CSVTable(header: Self.columns)
        for stored in relations {
            let relation = stored.relation
            let parties = RelationParties(relation)
            let document = provenance[stored.doc]
            table.append([
                String(stored.id), relation.kind.rawValue, parties.first, parties.first.map(names.name),
                parties.second, parties.second.map(names.name), parties.all.joined(separator: ";"), relation.status,
                relation.name, relation.category, relation.mission, relation.location, relation.sector,
                relation.quantity.map { "\(GDELTEventTable.number($0.value)) \($0.unit)" },
                relation.signed?.description, relation.since?.description, relation.until?.description,
                relation.observed?.description, relation.dateBasis.rawValue, relation.evidence, relation.rule,
                stored.doc, document?.title, document?.source, document?.url, document?.published?.description,
            ])
        }
        return table.rendered()
    }
}

/// The actors of a relation as roots: the first party (member, donor, sender, first signatory),
/// the second (organisation, recipient, host country, second signatory) and all of them.
public struct RelationParties: Sendable {
    public var all: [String]

    public init(_ relation: RelationRecord) {
        let codes: [String?]
        switch relation.kind {
        case .membership: codes = [relation.subject, relation.object]
        case .deployment:
            // A deployment at sea or in a region has no second party.
            codes = [relation.subject, relation.location.flatMap { $0.count == 3 && $0 == $0.uppercased() ? $0 : nil }]
        case .aid: codes = [relation.donor, relation.recipient]
        case .agreement, .diplomatic: codes = relation.parties ?? []
        }
        var seen: Set<String> = []
        all = codes.compactMap { $0 }.map { ActorCode(parsing: $0)?.root ?? $0 }.filter { seen.insert($0).inserted }
    }

    public var first: String? { all.first }
    public var second: String? { all.dropFirst().first }
    /// Whether the relation holds the same way for every party (an agreement, diplomatic ties).
    public static func isSymmetric(_ kind: RelationKind) -> Bool { kind == .agreement || kind == .diplomatic }
}
