import AttacheCore
import AttacheStore
import Foundation
import Testing

@Suite struct SQLiteStoreTests {
    func event(_ type: EventType, _ source: [String], _ target: [String], date: String?, evidence: String)
        -> EventRecord
    {
        EventRecord(
            type: type, source: source, target: target, date: date.flatMap { PartialDate(parsing: $0) },
            evidence: evidence)
    }

    func document(_ id: String, hash: String, events: [EventRecord]) -> StoredDocument {
        var membership = RelationRecord(kind: .membership, evidence: "Albania, a member of NATO")
        membership.subject = "ALB"
        membership.object = "NATO"
        membership.status = "member"
        let record = DocumentRecord(
            doc: id, published: PartialDate(year: 2025), title: "T", events: events, relations: [membership])
        return StoredDocument(id: id, contentHash: hash, record: record)
    }

    var sample: [EventRecord] {
        [
            event(.agree, ["ALB-GOV"], ["UKR-GOV"], date: "2025-01-21", evidence: "Rama and Zelensky signed"),
            event(.consult, ["USA-GOV"], ["ALB"], date: "2024-02-15", evidence: "Blinken visits Albania"),
            event(.accuse, ["USA", "EU"], ["XKX"], date: nil, evidence: "expressed concern over Kosovo"),
        ]
    }

    @Test func ingestIsIdempotentAndReplacesChangedDocuments() throws {
        let store = try SQLiteStore()
        #expect(try store.ingest(document("a.txt", hash: "1", events: sample)) == .added)
        #expect(try store.ingest(document("a.txt", hash: "1", events: sample)) == .unchanged)
        #expect(try store.events(matching: EventQuery()).count == 3)
        #expect(try store.ingest(document("a.txt", hash: "2", events: Array(sample.prefix(1)))) == .replaced)
        #expect(try store.events(matching: EventQuery()).count == 1)
        #expect(try store.records().first?.relations.count == 1)
    }

    @Test func queriesFilterByActorDyadTypeDatesAndText() throws {
        let store = try SQLiteStore()
        try store.ingest(document("a.txt", hash: "1", events: sample))
        #expect(try store.events(matching: EventQuery(actor: "ALB")).count == 2)
        #expect(try store.events(matching: EventQuery(actor: "AL")).isEmpty)
        #expect(try store.events(matching: EventQuery(dyad: ("UKR", "ALB"))).map(\.event.type) == [.agree])
        #expect(try store.events(matching: EventQuery(type: .accuse)).first?.event.source == ["USA", "EU"])
        #expect(try store.events(matching: EventQuery(since: PartialDate(year: 2025))).count == 1)
        #expect(try store.events(matching: EventQuery(until: PartialDate(year: 2024, month: 2))).count == 1)
        #expect(try store.events(matching: EventQuery(text: "concern Kosovo")).count == 1)
        // Oldest first, undated last.
        #expect(try store.events(matching: EventQuery()).map(\.event.type) == [.consult, .agree, .accuse])
    }

    @Test func recordsRoundTripThroughAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("attache-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let store = try SQLiteStore(path: path)
            try store.ingest(document("a.txt", hash: "1", events: sample))
        }
        let reopened = try SQLiteStore(path: path)
        let record = try #require(try reopened.records().first)
        #expect(record.doc == "a.txt")
        #expect(record.events == sample)
        #expect(record.relations.first?.object == "NATO")
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

    @Test func statisticsCountByTypeActorAndMonth() throws {
        let store = try SQLiteStore()
        try store.ingest(document("a.txt", hash: "1", events: sample))
        let statistics = try store.statistics()
        #expect(statistics.documents == 1 && statistics.events == 3 && statistics.relations == 1)
        #expect(statistics.eventsByActor.first! == ("ALB", 2) || statistics.eventsByActor.first! == ("USA", 2))
        #expect(statistics.eventsByType.count == 3)
        #expect(statistics.eventsByMonth.map(\.0) == ["2024-02", "2025-01"])
    }
}
