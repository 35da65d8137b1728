public import AttacheCore
public import AttacheStore

/// A fact sheet on one actor's foreign relations, or on a pair, organised as a government's
/// bilateral fact sheet: diplomatic relations, shared memberships and candidacies, agreements,
/// security cooperation and deployments, assistance, recent events. Every line is generated from
/// stored records, says each fact once (a relation stated by several documents is one line, at
/// its latest status) and is cited to the documents that state it.
///
/// ```swift
/// let sheet = try FactSheet(store: store, actor: "USA", partner: "ALB", names: ActorNames(knowledge: .builtIn))
/// print(sheet.markdown())
/// ```
public struct FactSheet: Sendable {
    public struct Line: Sendable {
        public var text: String
        public var citations: [Provenance]
    }

    public struct Section: Sendable {
        public var title: String
        public var lines: [Line]
    }

    public static let sectionTitles = [
        "Diplomatic relations", "Memberships and candidacies", "Agreements", "Security cooperation and deployments",
        "Assistance", "Recent events",
    ]

    public var title: String
    /// The date of the newest document cited: what the sheet is as of.
    public var asOf: PartialDate?
    public var sections: [Section] = []

    /// Builds the sheet from the store.
    public init(store: any Store, actor: String, partner: String? = nil, names: ActorNames) throws {
        title = partner.map { "\(names.name(actor)) and \(names.name($0))" } ?? names.name(actor)
        var relations = try store.relations(matching: RelationQuery(actor: actor))
        if let partner {
            let theirs = try store.relations(matching: RelationQuery(actor: partner))
            // What is between the two, and what each brings to the security they share: its
            // memberships and its deployments anywhere, as a bilateral fact sheet lists them.
            let own = { (stored: StoredRelation) in
                stored.relation.kind == .membership || stored.relation.kind == .deployment
            }
            var seen: Set<Int64> = []
            relations =
                (relations.filter { RelationParties($0.relation).all.contains(partner) || own($0) }
                + theirs.filter(own)).filter { seen.insert($0.id).inserted }
        }
        let query = partner.map { EventQuery(dyad: (actor, $0)) } ?? EventQuery(actor: actor)
        let events = try store.events(matching: query).filter {
            $0.event.date != nil && !$0.event.hypothetical && !$0.event.negated
        }
        let recent = Array(EventMerging.merge(events).suffix(10).reversed())
        var documents = relations.map(\.doc) + recent.flatMap(\.documents)
        documents = unique(documents)
        let provenance = try store.provenance(of: documents)
        var lines = FactSheetLines(names: names, actor: actor, partner: partner)
        for stored in relations { lines.add(stored) }
        lines.addMembershipLines()
        for event in recent { lines.add(event) }
        sections = Self.sectionTitles.map { title in
            Section(
                title: title,
                lines: lines.lines(in: title).map { line in
                    Line(
                        text: line.text, citations: line.documents.compactMap { provenance[$0] ?? Provenance(doc: $0) })
                })
        }
        asOf = provenance.values.compactMap(\.published).max()
    }
}
