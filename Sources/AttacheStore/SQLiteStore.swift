public import AttacheCore
import Foundation
import GRDB

/// The embedded store: one SQLite file (WAL mode) through GRDB, or memory for tests.
public final class SQLiteStore: Store, Sendable {
    private let writer: any DatabaseWriter
    private let path: String

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws(FileProblem) {
        self.path = path
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            writer = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(writer)
        } catch {
            throw FileProblem(file: path, Self.explain(error))
        }
    }

    /// A store in memory, gone when released.
    public init() throws(FileProblem) {
        path = ":memory:"
        do {
            writer = try DatabaseQueue()
            try Schema.migrator.migrate(writer)
        } catch {
            throw FileProblem(file: path, Self.explain(error))
        }
    }

    static func explain(_ error: any Error) -> String {
        guard let error = error as? DatabaseError else { return "\(error)" }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return "not an Attaché database, or a corrupt one (\(error.message ?? ""))"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "the database is locked by another process; try again when it is done"
        case .SQLITE_CANTOPEN: return "cannot open the database file (check the folder exists and is writable)"
        default: return error.message ?? "\(error)"
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(FileProblem) -> T {
        do { return try writer.write(body) } catch { throw FileProblem(file: path, Self.explain(error)) }
    }

    func read<T>(_ body: (Database) throws -> T) throws(FileProblem) -> T {
        do { return try writer.read(body) } catch { throw FileProblem(file: path, Self.explain(error)) }
    }

    @discardableResult
    public func ingest(_ document: StoredDocument) throws -> IngestOutcome {
        try write { db in
            let stored = try String.fetchOne(
                db, sql: "SELECT content_hash FROM document WHERE id = ?", arguments: [document.id])
            if stored == document.contentHash { return .unchanged }
            // ON DELETE CASCADE removes the old records with the old document row.
            try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [document.id])
            let record = document.record
            try db.execute(
                sql: "INSERT INTO document (id, content_hash, published, title, source, url) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    document.id, document.contentHash, record.published?.description, record.title, document.source,
                    document.url,
                ])
            for event in record.events { try EventRows.insert(event, document: document.id, into: db) }
            let encoder = JSONEncoder()
            for relation in record.relations {
                try RelationRows.insert(relation, document: document.id, into: db, encoder: encoder)
            }
            return stored == nil ? .added : .replaced
        }
    }

    public func events(matching query: EventQuery) throws -> [StoredEvent] {
        try read { db in try EventRows.fetch(query, from: db) }
    }

    public func relations(matching query: RelationQuery) throws -> [StoredRelation] {
        try read { db in try RelationRows.fetch(query, from: db) }
    }

    public func statistics() throws -> StoreStatistics {
        try read { db in
            var statistics = StoreStatistics()
            statistics.documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0
            statistics.events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM event") ?? 0
            statistics.relations = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM relation") ?? 0
            let pairs = { (sql: String) in
                try Row.fetchAll(db, sql: sql).map { ($0[0] as String, $0[1] as Int) }
            }
            statistics.eventsByType = try pairs(
                "SELECT type, COUNT(*) FROM event GROUP BY type ORDER BY COUNT(*) DESC, type")
            statistics.eventsByMonth = try pairs(
                "SELECT substr(date, 1, 7), COUNT(*) FROM event WHERE date IS NOT NULL GROUP BY 1 ORDER BY 1")
            var actors: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT source_roots, target_roots FROM event") {
                let roots = Set(((row[0] as String) + (row[1] as String)).split(separator: " ").map(String.init))
                for root in roots { actors[root, default: 0] += 1 }
            }
            statistics.eventsByActor = actors.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            return statistics
        }
    }

    public func records() throws -> [DocumentRecord] {
        try read { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: "SELECT id, published, title FROM document ORDER BY id").map { row in
                let id: String = row["id"]
                var record = DocumentRecord(
                    doc: id, published: (row["published"] as String?).flatMap { PartialDate(parsing: $0) },
                    title: row["title"])
                record.events = try EventRows.fetch(forDocument: id, from: db)
                record.relations = try String.fetchAll(
                    db, sql: "SELECT record FROM relation WHERE document_id = ? ORDER BY id", arguments: [id]
                )
                .map { try decoder.decode(RelationRecord.self, from: Data($0.utf8)) }
                return record
            }
        }
    }
}
