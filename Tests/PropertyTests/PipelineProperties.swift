import AttacheCore
import AttacheExtraction
import AttacheStore
import AttacheText
import Foundation
import PropertyBased
import Testing

/// Invariants that hold for any document, checked on generated ones: news-like sentences made of
/// names, triggers, dates and noise, and arbitrary bytes.
@Suite struct PipelineProperties {
    static let pipeline = try! Pipeline.standard()

    /// Pieces of foreign-affairs prose, markup and noise: joined at random they make sentences the
    /// rules fire on, half-fire on, and choke on.
    static let pieces = [
        "Albania", "Serbia", "the United States", "NATO", "Russia's", "Foreign Minister", "Edi Rama", "Kyiv",
        "Washington", "the two countries", "they", "it", "signed", "expelled", "condemned", "met", "will visit",
        "did not sign", "an agreement", "a treaty on", "diplomatic relations", "two diplomats", "troops to",
        "$5 million in aid to", "on Monday", "in March 2024", "13 years ago", "on 3 March 2021", "in Geneva",
        "and", "with", "between", "by", "of", ",", ".", ";", ":", "\n", "\n\n", "—", "\"", "(", ")", "U.S.",
        "Jan.", "Gen.", "<p>", "</div>", "&amp;", "---", "published: 2024", "Ünïcödé", "日本", "🙂", "\t",
        "Subscribe to our newsletter", "Donate now", "1,000", "50%", "said", "that", "not", "may",
    ]

    static let prose = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 1...80).map {
        $0.joined(separator: " ")
    }

    static func annotate(_ text: String) throws -> AnnotatedDocument? {
        var document = Document(id: "doc", text: text)
        document.published = PartialDate(year: 2024, month: 3, day: 4)
        guard document.text.utf8.contains(where: { $0 > 0x20 }) else { return nil }
        return try pipeline.run(document)
    }

    static func record(_ text: String) throws -> (Document, DocumentRecord)? {
        try annotate(text).map { ($0.document, $0.record) }
    }

    @Test func everyRecordIsOneLineOfValidJSON() async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        await propertyCheck(count: 200, input: Self.prose) { text in
            guard let (_, record) = try? Self.record(text) else { return }
            let line = try! encoder.encode(record)
            #expect(!line.contains(0x0A))
            #expect((try? JSONSerialization.jsonObject(with: line)) is [String: Any])
        }
    }

    /// Evidence is cut from the cleaned text, which keeps the white space between the lines it
    /// keeps: it is a substring of the document itself, character for character.
    @Test func evidenceIsAlwaysASubstringOfTheDocument() async throws {
        await propertyCheck(count: 200, input: Self.prose) { text in
            guard let annotated = try? Self.annotate(text) else { return }
            let record = annotated.record
            for evidence in record.events.map(\.evidence) + record.relations.map(\.evidence) {
                #expect(annotated.cleanedText.contains(evidence), "evidence '\(evidence)'")
                #expect(annotated.document.text.contains(evidence), "evidence '\(evidence)'")
            }
        }
    }

    /// A heading, a blank line with spaces around it, and an item under it: the event that runs
    /// from one to the other quotes the document's own white space (a case the property found).
    @Test func evidenceAcrossABlankLineKeepsItsSpaces() throws {
        let text = "Chile's president will visit : \n\n  Peru"
        let annotated = try #require(try Self.annotate(text))
        #expect(!annotated.record.events.isEmpty)
        for event in annotated.record.events {
            #expect(text.contains(event.evidence), "evidence '\(event.evidence)'")
        }
    }

    @Test func anyBytesAreReadOrRefusedAndWhatIsReadIsAnalysed() async throws {
        let reader = DocumentReader()
        await propertyCheck(count: 300, input: Gen<UInt8>.value(in: 0...255).array(of: 0...400)) { bytes in
            guard let document = try? reader.document(from: bytes, id: "bytes.txt", file: "bytes.txt") else { return }
            #expect(!document.text.utf8.contains(0))
            #expect(throws: Never.self) { _ = try Self.pipeline.run(document).record }
        }
    }

    /// Documents as `ingest` stores them.
    static func stored(_ texts: [String]) throws -> [StoredDocument] {
        try texts.enumerated().compactMap { index, text in
            var document = Document(id: "doc-\(index)", text: text)
            document.published = PartialDate(year: 2024, month: 3, day: 4)
            guard document.text.utf8.contains(where: { $0 > 0x20 }) else { return nil }
            return StoredDocument(try pipeline.run(document), stamp: EngineStamp(knowledge: "property tests"))
        }
    }

    @Test func storedIdsAreUniqueAndReingestChangesNothing() async throws {
        await propertyCheck(count: 15, input: Self.prose.array(of: 1...8)) { texts in
            let documents = try! Self.stored(texts)
            let store = try! SQLiteStore()
            for document in documents { #expect(try! store.ingest(document) == .added) }
            let events = try! store.events(matching: EventQuery())
            #expect(Set(events.map(\.id)).count == events.count)
            #expect(events.count == documents.map(\.record.events.count).reduce(0, +))
            let records = try! store.records()
            #expect(records.map(\.doc) == documents.map(\.id).sorted())

            for document in documents { #expect(try! store.ingest(document) == .unchanged) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            #expect(try! encoder.encode(store.records()) == encoder.encode(records))
            #expect(try! store.events(matching: EventQuery()).map(\.id) == events.map(\.id))
        }
    }
}
