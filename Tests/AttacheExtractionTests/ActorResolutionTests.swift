import AttacheCore
import AttacheExtraction
import AttacheKnowledge
import Foundation
import Testing

@Suite struct ActorResolutionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var published: String
        var source: String
        var text: String
        var expectations: [(evidence: String, code: String?)]
        var testDescription: String { id }
    }

    static let cases: [Case] =
        (try? Fixtures.rows("actor-sentences.tsv"))?.map { row in
            let expectations = row[4].components(separatedBy: " ; ").map { item -> (String, String?) in
                let parts = item.components(separatedBy: " => ")
                return (parts[0], parts[1] == "-" ? nil : parts[1])
            }
            return Case(id: row[0], published: row[1], source: row[2], text: row[3], expectations: expectations)
        } ?? []

    @Test func thereAreEnoughCases() {
        #expect(Self.cases.count >= 40)
    }

    @Test(arguments: cases) func resolves(_ sample: Case) throws {
        let annotated = try Fixtures.analyze(
            sample.text, published: sample.published, source: sample.source.isEmpty ? nil : sample.source)
        let found = annotated.actors.map { (annotated.string($0.span), $0.actor.description, $0.isModifier) }
        for (evidence, code) in sample.expectations {
            if let code {
                #expect(found.contains { $0.0 == evidence && $0.1 == code }, "\(evidence) => \(code); found \(found)")
            } else {
                #expect(
                    !found.contains { $0.0 == evidence && !$0.2 }, "\(evidence) should not be an actor; found \(found)")
            }
        }
    }

    /// A government's page speaks for its state even when no source is named: its address says so.
    @Test(arguments: [
        ("https://www.dfat.gov.au/news/statement", "AUS"), ("https://mofa.gov.pk/briefing", "PAK"),
        ("https://www.gov.uk/government/news/x", "GBR"), ("https://www.state.gov/briefing", "USA"),
    ])
    func aGovernmentAddressGivesTheAuthorsVoice(url: String, state: String) throws {
        var document = Document(id: "t", text: "We have raised our concerns with the Chilean Government.")
        document.url = url
        let annotated = try Fixtures.pipeline.run(document)
        #expect(annotated.actors.contains { annotated.string($0.span) == "We" && $0.actor.root == state })
    }

    @Test func aNewsSiteAddressGivesNoVoice() throws {
        for url in ["https://www.example.com.au/news/1", "https://news.example.co.uk/a", "not a url"] {
            var document = Document(id: "t", text: "We have raised our concerns with the Chilean Government.")
            document.url = url
            let annotated = try Fixtures.pipeline.run(document)
            #expect(!annotated.actors.contains { annotated.string($0.span) == "We" }, "\(url)")
        }
    }

    @Test func userKnowledgeOverridesTheBuiltIn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "attache-knowledge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# mine\nJane Roe\tRoe\tFRA\tGOV\tforeign_minister\t2030-01-01\t\n"
            .write(to: folder.appendingPathComponent("officials.tsv"), atomically: true, encoding: .utf8)
        let knowledge = try KnowledgeBase.load(overriding: folder)
        let pipeline = try Pipeline.standard(lexicon: ActorLexicon(knowledge: knowledge))
        var document = Document(id: "t", text: "Jane Roe arrived in Rome.")
        document.published = PartialDate(year: 2031)
        let annotated = try pipeline.run(document)
        #expect(annotated.actors.first?.actor == ActorCode("FRA", sector: "GOV"))
    }

    @Test func malformedKnowledgeNamesTheFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "attache-knowledge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# bad\nOnly one column\n".write(
            to: folder.appendingPathComponent("officials.tsv"), atomically: true, encoding: .utf8)
        #expect {
            try KnowledgeBase.load(overriding: folder)
        } throws: { error in
            "\(error)".hasSuffix("officials.tsv:2: expected 6 TAB-separated columns, found 1")
        }
    }
}
