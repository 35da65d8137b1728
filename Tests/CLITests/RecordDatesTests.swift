import Foundation
import Testing

/// Where dates come from, what is in force when, and what merges: as a user checks them.
extension CommandLineTests {
    func write(_ text: String, to name: String, in folder: URL) throws -> String {
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func jsonLines(_ output: String) -> [[String: Any]] {
        output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test func relationsAsOfADateUseTheirStartElseWhenTheyWereObserved() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = try write(
            "published: 2024-05-01\n\nAlbania joined NATO in 2009. Albania provides military assistance to Ukraine.\n",
            to: "story.txt", in: folder)
        let store = ["--db", folder.appendingPathComponent("x.db").path]
        #expect(try attache(["ingest", story] + store).status == 0)
        let all = jsonLines(try attache(["relations", "--actor", "ALB", "--format", "jsonl"] + store).output)
        let aid = try #require(all.first { $0["kind"] as? String == "aid" })
        #expect(aid["observed"] as? String == "2024-05-01" && aid["date_basis"] as? String == "published")
        #expect(aid["id"] as? Int != nil && aid["doc"] as? String == "story.txt")
        let membership = try #require(all.first { $0["kind"] as? String == "membership" })
        #expect(membership["since"] as? String == "2009" && membership["date_basis"] as? String == "text")
        let in2010 = jsonLines(
            try attache(["relations", "--actor", "ALB", "--as-of", "2010", "--format", "jsonl"] + store).output)
        #expect(in2010.map { $0["kind"] as? String } == ["membership"])
        let in2024 = jsonLines(
            try attache(["relations", "--actor", "ALB", "--as-of", "2024-06", "--format", "jsonl"] + store).output)
        #expect(in2024.count == all.count)
    }

    @Test func eventsSayWhereTheirDateComesFrom() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = try write(
            "published: 2024-03-05\n\nBlinken meets Rama in Tirana\n\nBlinken met Rama in Tirana on 3 March 2023.\n",
            to: "story.txt", in: folder)
        let record = try #require(jsonLines(try attache(["analyze", story]).output).first)
        let events = try #require(record["events"] as? [[String: Any]])
        let bases = Dictionary(
            events.map { ($0["date"] as? String ?? "-", $0["date_basis"] as? String ?? "?") },
            uniquingKeysWith: { a, _ in a })
        #expect(bases["2023-03-03"] == "text")
        #expect(bases["2024-03-05"] == "published")
        let undated = try attache(["analyze", try write("Albania joined NATO.\n", to: "undated.txt", in: folder)])
        #expect(undated.errors.contains("1 of 1 document(s) have no publication date"))
    }

    @Test func copiesOfTheSamplesAddNoMergedEvents() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = Self.repository.appendingPathComponent("Examples/corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        var lines: [String] = []
        for copy in 0..<3 {
            for name in names {
                let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
                let object: [String: Any] = ["id": "copy\(copy)/\(name)", "text": text]
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
            }
        }
        let copies = try write(lines.joined(separator: "\n"), to: "copies.jsonl", in: folder)
        let once = ["--db", folder.appendingPathComponent("once.db").path]
        let thrice = ["--db", folder.appendingPathComponent("thrice.db").path]
        #expect(try attache(["ingest", "Examples/corpus"] + once).status == 0)
        #expect(try attache(["ingest", copies] + thrice).status == 0)
        let merged = { (store: [String]) in
            self.jsonLines(try self.attache(["events", "--merged", "--format", "jsonl"] + store).output)
        }
        let single = try merged(once)
        let tripled = try merged(thrice)
        #expect(tripled.count == single.count)
        // Each event is the same three times over: three times the reports, no more events.
        let reports = { (events: [[String: Any]]) in events.map { ($0["reports"] as? [Any])?.count ?? 1 }.reduce(0, +) }
        #expect(reports(tripled) == 3 * reports(single))
        let limited = try attache(["events", "--merged", "--limit", "2", "--format", "jsonl"] + thrice)
        #expect(jsonLines(limited.output).count == 2)
    }

    @Test func reprocessAfterAKnowledgeChangeUpdatesTheRecords() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = try write(
            "published: 2024-03-05\n\nFreedonia signed a trade agreement with Albania on Monday.\n", to: "story.txt",
            in: folder)
        let knowledge = folder.appendingPathComponent("knowledge")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        _ = try write("XFR\tFreedonia\t\tFreedonian\n", to: "knowledge/countries.tsv", in: folder)
        let store = ["--db", folder.appendingPathComponent("x.db").path]
        #expect(try attache(["ingest", story] + store).status == 0)
        let freedonia = ["events", "--actor", "XFR", "--format", "jsonl"] + store
        #expect(try attache(freedonia).output.isEmpty)

        let reprocess = try attache(["reprocess", "--knowledge", knowledge.path] + store)
        #expect(reprocess.status == 0 && reprocess.output.contains("1 recoded"))
        #expect(jsonLines(try attache(freedonia).output).contains { $0["type"] as? String == "AGREE" })
        #expect(try attache(["reprocess", "--knowledge", knowledge.path] + store).output.contains("0 recoded"))
        // Ingesting the unchanged text with the built-in knowledge codes it again.
        #expect(try attache(["ingest", story] + store).output.contains("0 replaced, 1 recoded"))
        #expect(try attache(freedonia).output.isEmpty)
    }
}
