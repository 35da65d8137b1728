import AttacheCore
import AttacheStore
import Foundation
import Testing

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
        #expect(record.events == Samples.events)
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
}
