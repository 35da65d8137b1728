import AttacheCore
import AttacheText
import Foundation
import Testing

/// The quality bars of the text stage on the five sample texts and their reference annotations.
@Suite struct SampleCorpusTests {
    struct Sample {
        var annotated: AnnotatedDocument
        var gold: DocumentRecord
    }

    func samples() throws -> [Sample] {
        let (documents, failures) = Fixtures.read([Fixtures.corpus.path])
        #expect(failures.isEmpty)
        #expect(documents.count == 5)
        let pipeline = try Pipeline([Cleaner(), Segmenter()])
        return try documents.map { document in
            let goldURL = Fixtures.gold.appendingPathComponent(
                document.id.replacingOccurrences(of: ".txt", with: ".gold.json"))
            let gold = try JSONDecoder().decode(DocumentRecord.self, from: Data(contentsOf: goldURL))
            return Sample(annotated: try pipeline.run(document), gold: gold)
        }
    }

    /// Every evidence span of a record that is not boilerplate lies inside one sentence.
    @Test func noEvidenceSpanIsCutAcrossSentences() throws {
        for sample in try samples() {
            let text = sample.annotated.cleanedText
            let evidence =
                sample.gold.events.filter { $0.boilerplate != true }.map(\.evidence)
                + sample.gold.relations.map(\.evidence)
            for span in evidence {
                let range = try #require(
                    text.range(of: span), "\(sample.gold.doc): evidence missing after cleaning: \(span)")
                let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                let end = start + span.utf8.count
                let inOne = sample.annotated.sentences.contains { $0.span.start <= start && end <= $0.span.end }
                #expect(inOne, "\(sample.gold.doc): evidence crosses a sentence boundary: \(span)")
            }
        }
    }

    /// The boilerplate of the sample pages is gone, and so is every gold record marked boilerplate.
    @Test func boilerplateDoesNotSurvive() throws {
        for sample in try samples() {
            let text = sample.annotated.cleanedText
            for event in sample.gold.events where event.boilerplate == true {
                #expect(!text.contains(event.evidence), "\(sample.gold.doc): boilerplate survived: \(event.evidence)")
            }
            for furniture in [
                "Skip to content", "Edit post", "Subscribe", "indicates required", "Your support",
                "Your donation", "News Feed", "MORE NEWS", "Editors' Picks", "paywalls", "min read", "AI assistance",
            ] {
                #expect(!text.contains(furniture), "\(sample.gold.doc): '\(furniture)' survived")
            }
        }
    }

    @Test func metadataIsDetected() throws {
        let byID = Dictionary(uniqueKeysWithValues: try samples().map { ($0.gold.doc, $0) })
        for (id, sample) in byID {
            #expect(sample.annotated.document.published == sample.gold.published, "\(id)")
        }
        #expect(byID["003_5278bba505018955.txt"]?.annotated.document.publishedOrigin == "byline")
        #expect(
            byID["003_5278bba505018955.txt"]?.annotated.title
                == "Albania signs 10-year security cooperation agreement with Ukraine")
    }
}
