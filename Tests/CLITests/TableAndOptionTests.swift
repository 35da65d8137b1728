import Foundation
import Testing

/// Tables that do not mislead, and options that work alike across commands.
extension CommandLineTests {
    @Test func theEventsTableShowsModePlaceAndWhetherItHappened() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = try write(
            "published: 2024-02-14\n\nBlinken is expected to meet Rama in Tirana on Thursday.\n", to: "story.txt",
            in: folder)
        let store = ["--db", folder.appendingPathComponent("x.db").path]
        #expect(try attache(["ingest", story, "--quiet"] + store).status == 0)
        let table = try attache(["events"] + store).output.split(separator: "\n")
        #expect(table.first?.hasPrefix("id  date") == true && table.first?.contains("flags") == true)
        let meeting = try #require(table.first { $0.contains("CONSULT") })
        #expect(meeting.contains("hypothetical") && meeting.contains("Tirana (ALB)"))
    }

    @Test func commandsTakeTheSameOptionsAlike() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let version = try attache(["--version"])
        #expect(version.status == 0 && version.output.first?.isNumber == true)
        let store = ["--db", folder.appendingPathComponent("x.db").path]
        let quiet = try attache(["ingest", "Examples/corpus/004_165a67314147b747.txt", "--quiet"] + store)
        #expect(quiet.status == 0 && quiet.errors.isEmpty)
        #expect(
            try attache(["dyad", "USA,ALB", "--format", "jsonl"] + store).output
                == (try attache(["dyad", "USA", "ALB", "--format", "jsonl"] + store).output))
        let stats = try #require(
            try JSONSerialization.jsonObject(
                with: Data(try attache(["stats", "--format", "jsonl"] + store).output.utf8))
                as? [String: Any])
        #expect(stats["documents"] as? Int == 1 && stats["undated_events"] is Int)
        let explain = try attache(["explain", "1", "--format", "jsonl"] + store)
        #expect(
            (try JSONSerialization.jsonObject(with: Data(explain.output.utf8)) as? [String: Any])?["reports"] is [Any])
    }
}
