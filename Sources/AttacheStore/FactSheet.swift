import AttacheCore

/// A fact sheet on one actor's foreign relations, or on a pair, in the manner of a government fact
/// sheet: every sentence generated from stored records and cited to the documents they came from.
///
/// ```swift
/// let sheet = try FactSheet(store: store, actor: "USA", partner: "ALB", names: ["ALB": "Albania"])
/// print(sheet.markdown())
/// ```
public struct FactSheet: Sendable {
    public struct Section: Sendable {
        public var title: String
        /// Sentences, each with the documents that support it.
        public var lines: [(text: String, sources: [String])]
    }

    public var title: String
    public var sections: [Section] = []

    /// Builds the sheet from the store. `names` gives display names for actor roots.
    public init(store: any Store, actor: String, partner: String? = nil, names: [String: String] = [:]) throws {
        let name = { (code: String) in names[code] ?? code }
        title = partner.map { "\(name(actor)) and \(name($0))" } ?? name(actor)
        let involves = { (relation: RelationRecord) -> Bool in
            guard let partner else { return true }
            let actors =
                [relation.subject, relation.object, relation.donor, relation.recipient, relation.location]
                .compactMap { $0 } + (relation.parties ?? [])
            return actors.contains { (ActorCode(parsing: $0)?.root ?? $0) == partner }
        }
        let own = try store.relations(matching: RelationQuery(actor: actor))
        var writer = SentenceWriter(name: name)
        for stored in own where involves(stored.relation) { writer.add(stored.relation, from: stored.doc) }
        // For a pair, the organisations both belong to.
        if let partner {
            let theirs = try store.relations(matching: RelationQuery(actor: partner, kind: .membership))
            for mine in own where mine.relation.kind == .membership && mine.relation.status == "member" {
                guard let organisation = mine.relation.object,
                    let shared = theirs.first(where: {
                        $0.relation.object == organisation && $0.relation.status == "member"
                    })
                else { continue }
                writer.addSharedMembership(actor, partner, organisation, sources: [mine.doc, shared.doc])
            }
        }

        let query = partner.map { EventQuery(dyad: (actor, $0)) } ?? EventQuery(actor: actor)
        let events = try store.events(matching: query).filter { $0.event.date != nil && !$0.event.hypothetical }
        for stored in events.suffix(10).reversed() { writer.add(stored.event, from: stored.doc) }
        sections = writer.sections
    }

    /// The sheet as Markdown, sources as bracketed document names after each sentence.
    public func markdown() -> String {
        var text = "# \(title)\n"
        for section in sections where !section.lines.isEmpty {
            text += "\n## \(section.title)\n\n"
            for line in section.lines { text += "- \(line.text) [\(line.sources.joined(separator: "; "))]\n" }
        }
        return text
    }

    /// The sheet as a self-contained HTML page.
    public func html() -> String {
        let escape = { (text: String) in
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        var page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>\(escape(title))</title></head><body>\n"
        page += "<h1>\(escape(title))</h1>\n"
        for section in sections where !section.lines.isEmpty {
            page += "<h2>\(escape(section.title))</h2>\n<ul>\n"
            for line in section.lines {
                page += "<li>\(escape(line.text)) <cite>\(escape(line.sources.joined(separator: "; ")))</cite></li>\n"
            }
            page += "</ul>\n"
        }
        return page + "</body></html>\n"
    }
}
