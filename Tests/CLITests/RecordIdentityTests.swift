import Foundation
import Testing

/// What a user checks of the store's records: documents keep their own identity, queries do not
/// create stores, and every record has one id in every output.
extension CommandLineTests {
    @Test func twoFilesWithOneNameAreBothStored() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        for (part, text) in [
            ("a", "Albania signed an agreement with Ukraine."), ("b", "Chile recalled its ambassador."),
        ] {
            try FileManager.default.createDirectory(
                at: corpus.appendingPathComponent(part), withIntermediateDirectories: true)
            try text.write(to: corpus.appendingPathComponent("\(part)/index.txt"), atomically: true, encoding: .utf8)
        }
        let store = ["--db", folder.appendingPathComponent("x.db").path]
        let ingest = try attache(["ingest", corpus.path, "--published", "2024-01-01"] + store)
        #expect(ingest.output.contains("2 added, 0 replaced"))
        let export = try attache(["export"] + store)
        #expect(export.output.contains("\"doc\":\"a/index.txt\"") && export.output.contains("\"doc\":\"b/index.txt\""))
    }

    @Test func aDuplicateIdInOneInputIsAnErrorNamingBothPlaces() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let feed = folder.appendingPathComponent("feed.jsonl")
        try """
        {"id": "x", "text": "Albania signed an agreement with Ukraine."}
        {"id": "y", "text": "Chile recalled its ambassador."}
        {"id": "x", "text": "Peru recalled its ambassador."}
        """.write(to: feed, atomically: true, encoding: .utf8)
        let run = try attache(["analyze", feed.path])
        #expect(run.errors.contains("feed.jsonl:3: duplicate document id 'x' (also at \(feed.path):1)"))
        #expect(run.output.split(separator: "\n").count == 2)
    }

    @Test func queriesRefuseAMissingStoreAndCreateNothing() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.db").path
        for command in [["stats"], ["events"], ["relations"], ["export"], ["dyad", "USA", "ALB"], ["explain", "1"]] {
            let run = try attache(command + ["--db", missing])
            #expect(run.status != 0, "\(command)")
            #expect(run.errors.contains("no store here yet (attache ingest creates one)"), "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    /// The same event has the same id in `events` (every format), `export` (every format) and `explain`.
    @Test func everyEventHasOneIdInEveryOutput() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ["--db", folder.appendingPathComponent("x.db").path]
        #expect(try attache(["ingest", "Examples/corpus"] + store).status == 0)
        let line = try #require(
            try attache(["events", "--dyad", "ALB,UKR", "--type", "AGREE", "--format", "jsonl"] + store).output
                .split(separator: "\n").first)
        let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let id = try #require(event["id"] as? Int)
        #expect(event["date_basis"] as? String != nil)
        #expect(event["doc"] as? String == "003_5278bba505018955.txt")
        let evidence = try #require(event["evidence"] as? String)
        let exported = try attache(["export"] + store).output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let exportedEvents = exported.flatMap { $0["events"] as? [[String: Any]] ?? [] }
        #expect(exportedEvents.contains { $0["id"] as? Int == id && $0["evidence"] as? String == evidence })
        let plover = try attache(["export", "--format", "plover"] + store).output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(plover.contains { $0["Event ID"] as? Int == id && $0["evidence"] as? String == evidence })
        let csv = try attache(["events", "--dyad", "ALB,UKR", "--type", "AGREE", "--format", "csv"] + store).output
        #expect(csv.contains("\r\n\(id),"))
        let explain = try attache(["explain", "\(id)"] + store).output
        #expect(explain.contains("report \(id) in 003_5278bba505018955.txt"))
    }
}
