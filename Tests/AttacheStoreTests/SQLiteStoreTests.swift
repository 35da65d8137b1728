import AttacheCore
import Foundation
import GRDB
import Testing

@testable import AttacheStore

/// What only the SQLite store does: live in a file, and refuse a file that is not one.
@Suite struct SQLiteStoreTests {
    @Test func recordsRoundTripThroughAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("attache-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let store = try SQLiteStore(path: path)
            try store.ingest(Samples.document("a.txt", hash: "1", events: Samples.events))
        }
        let reopened = try SQLiteStore(path: path)
        let record = try #require(try reopened.records().first)
        #expect(record.doc == "a.txt")
        #expect(record.events.map(\.id) == [1, 2, 3])
        #expect(
            record.events.map {
                var event = $0
                event.id = nil
                return event
            } == Samples.events)
        #expect(record.relations.first?.object == "NATO")
    }

    /// A store written before texts, engine stamps and observed dates were kept opens, and its
    /// relations take their document's date as the date they were observed.
    @Test func aStoreOfTheLastVersionOpensAndKeepsItsRecords() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("attache-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let old = try DatabaseQueue(path: path)
            try SQLiteSchema.migrator.migrate(old, upTo: "v7: event dyads")
            try old.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO document (id, content_hash, published) VALUES ('old.txt', 'h', '2024-05-01');
                        INSERT INTO relation (document_id, kind, record, evidence, actor_roots, since, until)
                        VALUES ('old.txt', 'aid', '{"kind":"aid","donor":"ALB","recipient":"UKR","sector":"military","evidence":"e"}',
                            'e', ' ALB UKR ', NULL, NULL);
                        INSERT INTO relation_actor (relation_id, root, since_key) VALUES (1, 'ALB', '~'), (1, 'UKR', '~');
                        """)
            }
        }
        let store = try SQLiteStore(path: path)
        let relation = try #require(try store.relations(matching: RelationQuery(actor: "ALB")).first)
        #expect(relation.relation.observed == PartialDate(year: 2024, month: 5, day: 1))
        #expect(try store.relations(matching: RelationQuery(actor: "ALB", asOf: PartialDate(year: 2010))).isEmpty)
        #expect(try store.relations(matching: RelationQuery(asOf: PartialDate(year: 2010))).isEmpty)
        // Stored without its text: reprocess names it and cannot code it.
        let stale = try store.documentsToReprocess(stamp: EngineStamp(knowledge: "k"), after: nil, limit: 10)
        #expect(stale.map(\.id) == ["old.txt"] && stale.first?.document == nil)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedByName() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("attache-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            "\(error)".hasPrefix(path) && "\(error)".contains("not an Attaché database")
        }
    }
}
