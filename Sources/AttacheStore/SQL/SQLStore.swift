public import AttacheCore
import Foundation

/// A store over a SQL database: it runs the shared statements, and this extension gives it every
/// `Store` behaviour, so that SQLite and PostgreSQL answer every query alike.
public protocol SQLStore: Store {
    var dialect: SQLDialect { get }
    /// The rows a query returns.
    func fetch(_ statement: Statement) throws -> [SQLRow]
    /// Runs `statements` in one transaction, all of them or none, unless the document `id` is
    /// already stored at `version` (`SQLDialect.documentVersion`: its content hash and engine
    /// stamp). The stored version is read inside the transaction, with other writers of the
    /// document held off, and returned: two processes ingesting the same document agree on which
    /// of them added it.
    func replace(document id: String, version: String, with statements: [Statement]) throws -> String?
}

extension SQLStore {
    @discardableResult
    public func ingest(_ document: StoredDocument) throws -> IngestOutcome {
        let version = IngestStatements.version(of: document)
        let before = try replace(
            document: document.id, version: version, with: IngestStatements.replacing(document, dialect: dialect))
        guard let before else { return .added }
        if before == version { return .unchanged }
        return before.hasPrefix(document.contentHash + "|") ? .recoded : .replaced
    }

    public func isCurrent(id: String, contentHash: String, stamp: EngineStamp) throws -> Bool {
        try !fetch(
            Statement(
                "SELECT 1 FROM document WHERE id = ? AND content_hash = ? AND engine_version = ?"
                    + " AND knowledge_fingerprint = ?",
                [.text(id), .text(contentHash), .text(stamp.version), .text(stamp.knowledge)])
        ).isEmpty
    }

    public func documentsToReprocess(stamp: EngineStamp, after id: String?, limit: Int) throws -> [StoredText] {
        let statement = Statement(
            "SELECT id, text, published, title, source, url FROM document WHERE id > ? AND"
                + " (engine_version IS NULL OR knowledge_fingerprint IS NULL OR engine_version <> ?"
                + " OR knowledge_fingerprint <> ?) ORDER BY id LIMIT \(limit)",
            [.text(id ?? ""), .text(stamp.version), .text(stamp.knowledge)])
        return try fetch(statement).map { row in
            let id = row[0].text ?? ""
            let document = row[1].text.map { text in
                Document(
                    id: id, text: text, published: row[2].text.flatMap { PartialDate(parsing: $0) },
                    title: row[3].text, source: row[4].text, url: row[5].text)
            }
            return StoredText(document: document, id: id)
        }
    }

    public func provenance(of documents: [String]) throws -> [String: Provenance] {
        var found: [String: Provenance] = [:]
        let unique = Array(Set(documents)).sorted()
        for start in stride(from: 0, to: unique.count, by: IngestStatements.rowsPerInsert) {
            let ids = unique[start..<min(start + IngestStatements.rowsPerInsert, unique.count)]
            let statement = Statement(
                "SELECT id, title, source, url, published, \(dialect.documentAdded), engine_version,"
                    + " knowledge_fingerprint FROM document WHERE id IN"
                    + " (\(ids.map { _ in "?" }.joined(separator: ", ")))",
                ids.map { .text($0) })
            for row in try fetch(statement) {
                var provenance = Provenance(doc: row[0].text ?? "")
                provenance.title = row[1].text
                provenance.source = row[2].text
                provenance.url = row[3].text
                provenance.published = row[4].text.flatMap { PartialDate(parsing: $0) }
                provenance.added = row[5].text
                provenance.engineVersion = row[6].text
                provenance.knowledgeFingerprint = row[7].text
                found[provenance.doc] = provenance
            }
        }
        return found
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
        statistics.undatedEvents = try count("event WHERE date IS NULL")
        return statistics
    }

    public func records() throws -> [DocumentRecord] {
        let decoder = JSONDecoder()
        let statement = Statement("SELECT id, published, title, source, url FROM document ORDER BY id")
        return try fetch(statement).map { row in
            let id = row[0].text ?? ""
            var record = DocumentRecord(
                doc: id, published: row[1].text.flatMap { PartialDate(parsing: $0) }, title: row[2].text)
            record.source = row[3].text
            record.url = row[4].text
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
