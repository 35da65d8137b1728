import AttacheCore
import AttacheStore
import Foundation
import GRDB
import Testing

@Suite struct RelationQueryTests {
    func membership(_ subject: String, _ object: String, since: String?, until: String? = nil) -> RelationRecord {
        var relation = RelationRecord(kind: .membership, evidence: "\(subject) in \(object)")
        relation.subject = subject
        relation.object = object
        relation.status = "member"
        relation.since = since.flatMap { PartialDate(parsing: $0) }
        relation.until = until.flatMap { PartialDate(parsing: $0) }
        return relation
    }

    @Test(arguments: Backend.available) func relationsInForceOnADate(backend: Backend) throws {
        let store = try backend.makeStore()
        let record = DocumentRecord(
            doc: "m.txt", published: nil, title: nil,
            relations: [
                membership("ALB", "NATO", since: "2009-04-01"), membership("ALB", "UN", since: "1955-12-14"),
                membership("GBR", "EU", since: "1973-01-01", until: "2020-01-31"), membership("ALB", "OAS", since: nil),
            ])
        try store.ingest(StoredDocument(id: "m.txt", contentHash: "1", record: record))
        let albania2005 = try store.relations(matching: RelationQuery(actor: "ALB", asOf: PartialDate(year: 2005)))
        #expect(albania2005.map { $0.relation.object } == ["UN", "OAS"])
        let albania2010 = try store.relations(
            matching: RelationQuery(actor: "ALB", kind: .membership, asOf: PartialDate(year: 2010)))
        #expect(Set(albania2010.compactMap(\.relation.object)) == ["UN", "NATO", "OAS"])
        #expect(try store.relations(matching: RelationQuery(actor: "GBR", asOf: PartialDate(year: 2021))).isEmpty)
        #expect(try store.relations(matching: RelationQuery(actor: "GBR", asOf: PartialDate(year: 2019))).count == 1)
        // Oldest first, undated last, and the limit keeps the oldest.
        #expect(
            try store.relations(matching: RelationQuery(actor: "ALB")).map(\.relation.object) == ["UN", "NATO", "OAS"])
        #expect(try store.relations(matching: RelationQuery(actor: "ALB", limit: 1)).map(\.relation.object) == ["UN"])
        #expect(try store.relations(matching: RelationQuery(kind: .membership)).count == 4)
    }

    /// A database written by the first schema opens in this version, its relations queryable.
    @Test func anOldDatabaseOpensInTheNewVersion() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("attache-v1-\(UUID().uuidString).db")
            .path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let relation = membership("MNE", "NATO", since: "2017-06-05")
        let json = String(decoding: try JSONEncoder().encode(relation), as: UTF8.self)
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(
                    sql: """
                        CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                        INSERT INTO grdb_migrations VALUES ('v1: documents, events, relations');
                        CREATE TABLE document (id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, published TEXT, title TEXT,
                            source TEXT, url TEXT, ingested_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
                        CREATE TABLE event (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id TEXT NOT NULL REFERENCES
                            document(id) ON DELETE CASCADE, type TEXT NOT NULL, mode TEXT, source TEXT NOT NULL,
                            target TEXT NOT NULL, source_roots TEXT NOT NULL, target_roots TEXT NOT NULL, date TEXT,
                            location_name TEXT, location_country TEXT, negated INTEGER NOT NULL,
                            hypothetical INTEGER NOT NULL, quantity_value REAL, quantity_unit TEXT, evidence TEXT NOT NULL,
                            rule TEXT);
                        CREATE TABLE relation (id INTEGER PRIMARY KEY AUTOINCREMENT, document_id TEXT NOT NULL
                            REFERENCES document(id) ON DELETE CASCADE, kind TEXT NOT NULL, record TEXT NOT NULL,
                            evidence TEXT NOT NULL);
                        INSERT INTO document (id, content_hash) VALUES ('old.txt', 'x');
                        """)
                try db.execute(
                    sql:
                        "INSERT INTO relation (document_id, kind, record, evidence) VALUES ('old.txt', 'membership', ?, 'e')",
                    arguments: [json])
            }
        }
        let store = try SQLiteStore(path: path)
        let found = try store.relations(matching: RelationQuery(actor: "MNE", asOf: PartialDate(year: 2018)))
        #expect(found.first?.relation.object == "NATO")
        #expect(found.first?.doc == "old.txt")
    }
}
