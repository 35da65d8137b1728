public import AttacheCore
import Foundation

/// A store over a SQL database: it runs the shared statements, and this extension gives it every
/// `Store` behaviour, so that SQLite and PostgreSQL answer every query alike.
public protocol SQLStore: Store {
    var dialect: SQLDialect { get }
    /// The rows a query returns.
    func fetch(_ statement: Statement) throws -> [SQLRow]
    /// Runs `statements` in one transaction, all of them or none, unless the document `id` is
    /// already stored with `contentHash`. The stored hash is read inside the transaction, with
    /// other writers of the document held off, and returned: two processes ingesting the same
    /// document agree on which of them added it.
    func replace(document id: String, contentHash: String, with statements: [Statement]) throws -> String?
}

extension SQLStore {
    @discardableResult
    public func ingest(_ document: StoredDocument) throws -> IngestOutcome {
        let stored = try fetch(Statement("SELECT content_hash FROM document WHERE id = ?", [.text(document.id)]))
            .first?.first?.text
        if stored == document.contentHash { return .unchanged }
        let before = try replace(
            document: document.id, contentHash: document.contentHash,
            with: IngestStatements.replacing(document, dialect: dialect))
        if before == document.contentHash { return .unchanged }
        return before == nil ? .added : .replaced
    }

    public func events(matching query: EventQuery) throws -> [StoredEvent] {
        try fetch(EventStatements.select(query, dialect: dialect)).map(EventStatements.storedEvent)
    }

    public func relations(matching query: RelationQuery) throws -> [StoredRelation] {
        let decoder = JSONDecoder()
        return try fetch(RelationStatements.select(query)).map { try RelationStatements.storedRelation($0, decoder) }
    }

    public func sentences(matching words: String, limit: Int?) throws -> [StoredSentence] {
        let statement = Statement(
            "SELECT document_id, number, text FROM sentence WHERE \(dialect.sentenceMatches)"
                + " ORDER BY document_id, number\(limit.map { " LIMIT \($0)" } ?? "")",
            [dialect.searchValue(words)])
        return try fetch(statement).map {
            StoredSentence(doc: $0[0].text ?? "", number: Int($0[1].integer ?? 0), text: $0[2].text ?? "")
        }
    }

    public func statistics() throws -> StoreStatistics {
        let count = { (table: String) in
            Int(try fetch(Statement("SELECT COUNT(*) FROM \(table)")).first?[0].integer ?? 0)
        }
        let pairs = { (sql: String) in
            try fetch(Statement(sql)).map { ($0[0].text ?? "", Int($0[1].integer ?? 0)) }
        }
        var statistics = StoreStatistics()
        statistics.documents = try count("document")
        statistics.sentences = try count("sentence")
        statistics.mentions = try count("mention")
        statistics.events = try count("event")
        statistics.relations = try count("relation")
        statistics.eventsByType = try pairs(
            "SELECT type, COUNT(*) FROM event GROUP BY type ORDER BY COUNT(*) DESC, type")
        statistics.eventsByActor = try pairs(
            "SELECT root, COUNT(DISTINCT event_id) FROM event_actor GROUP BY root ORDER BY 2 DESC, root")
        statistics.eventsByMonth = try pairs(
            "SELECT substr(date, 1, 7), COUNT(*) FROM event WHERE date IS NOT NULL GROUP BY 1 ORDER BY 1")
        return statistics
    }

    public func records() throws -> [DocumentRecord] {
        let decoder = JSONDecoder()
        return try fetch(Statement("SELECT id, published, title FROM document ORDER BY id")).map { row in
            let id = row[0].text ?? ""
            var record = DocumentRecord(
                doc: id, published: row[1].text.flatMap { PartialDate(parsing: $0) }, title: row[2].text)
            record.events = try fetch(EventStatements.select(forDocument: id)).map {
                EventStatements.storedEvent($0).event
            }
            record.relations = try fetch(RelationStatements.select(forDocument: id)).map {
                try RelationStatements.storedRelation($0, decoder).relation
            }
            return record
        }
    }
}
