import AttacheCore
import AttacheText
import Foundation
import Testing

@Suite struct DocumentReaderTests {
    @Test func jsonLinesReportsBadLinesAndReadsTheRest() throws {
        let (documents, failures) = Fixtures.read([Fixtures.path("feed.jsonl")])
        #expect(documents.map(\.id) == ["a1", "3", "a5"])
        #expect(documents[0].published == PartialDate(year: 2024, month: 3, day: 4))
        #expect(documents[0].title == "Estonia expels diplomats")
        #expect(documents[2].text == "Japan pledged aid to the Philippines.")
        #expect(documents[2].url == "https://example.org/a5")
        let messages = failures.map(\.description)
        #expect(messages.count == 3)
        #expect(messages[0].hasPrefix("\(Fixtures.path("feed.jsonl")):2: malformed JSON"))
        #expect(messages[1].hasSuffix(":4: expected a JSON object"))
        #expect(
            messages[2].hasSuffix(":5: missing \"id\" (a string or a number)")
                || messages[2].hasSuffix(":5: missing \"text\" (a string)"))
    }

    @Test func frontMatterGivesMetadata() {
        let reader = DocumentReader()
        let fenced = reader.textDocument(
            "---\npublished: 2024-02-15\ntitle: \"A visit\"\nsource: Wire\n---\nBody text.\n", id: "x")
        #expect(fenced.published == PartialDate(year: 2024, month: 2, day: 15))
        #expect(fenced.title == "A visit")
        #expect(fenced.source == "Wire")
        #expect(fenced.text == "Body text.\n")
        let bare = reader.textDocument("published: 2022\nurl: https://example.org\n\nBody.", id: "y")
        #expect(bare.published == PartialDate(year: 2022))
        #expect(bare.url == "https://example.org")
        #expect(bare.text == "Body.")
        let unclosed = reader.textDocument("---\ntitle: never closed\nBody.", id: "z")
        #expect(unclosed.title == nil)
        #expect(unclosed.text.hasPrefix("---"))
    }

    @Test func bylineGivesThePublishedDateWhenNothingElseDoes() {
        #expect(
            BylineDate.find(in: "Headline here\nby Jane Doe January 21, 2025 11:46 PM 2 min read\nText.")
                == PartialDate(year: 2025, month: 1, day: 21))
        #expect(
            BylineDate.find(in: "Title\nPublished 15 Feb 2024\nBody.") == PartialDate(year: 2024, month: 2, day: 15))
        #expect(BylineDate.find(in: "Title\nUpdated: 2023-05-06T10:00Z\n") == PartialDate(year: 2023, month: 5, day: 6))
        // A date inside an article sentence is not the publication date.
        #expect(BylineDate.find(in: "Title\nThe treaty was signed on April 1, 2009, in Strasbourg.\n") == nil)
    }

    @Test func publishedOverrideWins() {
        let reader = DocumentReader(publishedOverride: PartialDate(year: 2020, month: 5))
        let (documents, _) = Fixtures.read([Fixtures.path("feed.jsonl")], reader: reader)
        #expect(documents.allSatisfy { $0.published == PartialDate(year: 2020, month: 5) })
    }

    @Test func badFilesAreReportedAndTheBatchGoesOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attache-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("nested"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for fixture in ["binary.bin", "empty.txt", "invalid-utf8.txt", "crlf.txt"] {
            try FileManager.default.copyItem(
                atPath: Fixtures.path(fixture), toPath: folder.appendingPathComponent(fixture).path)
        }
        try "Chile recalled its ambassador.".write(
            to: folder.appendingPathComponent("nested/deep.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("broken.txt").path, withDestinationPath: "/nonexistent/target")
        // A 200 MB file, sparse so the test stays cheap: refused by size before it is read.
        let huge = folder.appendingPathComponent("huge.txt")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()

        let (documents, failures) = Fixtures.read([folder.path, folder.appendingPathComponent("missing.txt").path])
        #expect(documents.map(\.id).sorted() == ["crlf.txt", "nested/deep.txt"])
        let messages = failures.map(\.description)
        #expect(messages.contains { $0.contains("binary.bin: binary file") })
        #expect(messages.contains { $0.contains("empty.txt: empty file") })
        #expect(messages.contains { $0.contains("invalid-utf8.txt: invalid UTF-8 at byte") })
        #expect(messages.contains { $0.contains("broken.txt: cannot read") })
        #expect(messages.contains { $0.contains("huge.txt: file too large: 200 MB") })
        #expect(messages.contains { $0.contains("missing.txt: no such file or folder") })
        #expect(failures.count == 6)
    }
}
