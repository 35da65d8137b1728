import AttacheCore
import Foundation
import Testing

@Suite struct PartialDateTests {
    @Test func parsesEachPrecisionAndRejectsImpossibleDates() {
        #expect(PartialDate(parsing: "2024")?.description == "2024")
        #expect(PartialDate(parsing: "2024-02")?.description == "2024-02")
        #expect(PartialDate(parsing: "2024-02-29")?.description == "2024-02-29")
        #expect(PartialDate(parsing: "2024-02-15T10:00:00Z")?.description == "2024-02-15")
        #expect(PartialDate(parsing: "2023-02-29") == nil)
        #expect(PartialDate(parsing: "2024-13") == nil)
        #expect(PartialDate(parsing: "24-02-15") == nil)
        #expect(PartialDate(parsing: "yesterday") == nil)
    }

    @Test func agreementIsAtTheReferencePrecision() {
        let day = PartialDate(year: 2024, month: 2, day: 15)
        #expect(day.agrees(atPrecisionOf: PartialDate(year: 2024)))
        #expect(day.agrees(atPrecisionOf: PartialDate(year: 2024, month: 2)))
        #expect(!day.agrees(atPrecisionOf: PartialDate(year: 2024, month: 3)))
        #expect(!PartialDate(year: 2024).agrees(atPrecisionOf: day))
    }
}

@Suite struct RecordCodingTests {
    @Test func eventsWriteExplicitNullsInTheSpecsFields() throws {
        let event = EventRecord(
            type: .agree, mode: "sign", source: ["ALB-GOV"], target: ["UKR-GOV"], evidence: "signed")
        let json = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
        for field in [
            "\"date\":null", "\"location\":null", "\"quantity\":null", "\"negated\":false", "\"type\":\"AGREE\"",
        ] {
            #expect(json.contains(field), "\(field) missing from \(json)")
        }
        #expect(!json.contains("uncertain"))
    }

    @Test func relationsWriteOnlyTheirKindsFields() throws {
        var membership = RelationRecord(kind: .membership, evidence: "Albania, a member of NATO")
        membership.subject = "ALB"
        membership.object = "NATO"
        membership.status = "member"
        let json = String(decoding: try JSONEncoder().encode(membership), as: UTF8.self)
        #expect(json.contains("\"since\":null") && json.contains("\"object\":\"NATO\""))
        #expect(!json.contains("donor") && !json.contains("parties"))
    }

    @Test func goldRecordsRoundTrip() throws {
        let gold = """
            {"doc": "x.txt", "published": "2025-01-21", "title": "T", "events": [{"type": "AID", "source": ["ALB"],
            "target": ["UKR"], "date": "2022", "evidence": "e", "uncertain": true}],
            "relations": [{"kind": "aid", "donor": "ALB", "recipient": "UKR", "sector": "military", "since": "2022", "evidence": "e"}]}
            """
        let record = try JSONDecoder().decode(DocumentRecord.self, from: Data(gold.utf8))
        #expect(record.published == PartialDate(year: 2025, month: 1, day: 21))
        #expect(record.events.first?.uncertain == true)
        #expect(record.events.first?.date == PartialDate(year: 2022))
        #expect(record.relations.first?.sector == "military")
        let again = try JSONDecoder().decode(DocumentRecord.self, from: try JSONEncoder().encode(record))
        #expect(again.events == record.events && again.relations == record.relations)
    }
}

@Suite struct PipelineTests {
    struct Needs: PipelineComponent {
        static let name = "needs-tokens"
        static let requires: Set<Layer> = [.tokens]
        static let assigns: Set<Layer> = [.mentions]
        func process(_ document: inout AnnotatedDocument) throws {}
    }

    struct Gives: PipelineComponent {
        static let name = "gives-tokens"
        static let requires: Set<Layer> = []
        static let assigns: Set<Layer> = [.tokens]
        func process(_ document: inout AnnotatedDocument) throws {}
    }

    @Test func refusesAComponentWhoseRequirementNoEarlierComponentAssigns() throws {
        #expect(throws: Pipeline.MissingRequirement.self) { try Pipeline([Needs(), Gives()]) }
        let pipeline = try Pipeline([Gives(), Needs()])
        #expect(pipeline.names == ["gives-tokens", "needs-tokens"])
        let annotated = try pipeline.run(Document(id: "d", text: "x"))
        #expect(annotated.layers == [.tokens, .mentions])
    }

    struct Refusal: Error {}

    /// Refuses the document whose text is "bad"; marks the others.
    struct Picky: PipelineComponent {
        static let name = "picky"
        static let requires: Set<Layer> = []
        static let assigns: Set<Layer> = [.cleanText]
        func process(_ document: inout AnnotatedDocument) throws {
            if document.text == Array("bad".utf8) { throw Refusal() }
            document.headline = "picky"
        }
    }

    struct Second: PipelineComponent {
        static let name = "second"
        static let requires: Set<Layer> = [.cleanText]
        static let assigns: Set<Layer> = [.sentences]
        func process(_ document: inout AnnotatedDocument) throws { document.headline? += "+second" }
    }

    @Test func runsABatchInOrderAndFailsOnlyTheDocumentAComponentRefuses() throws {
        let pipeline = try Pipeline([Picky(), Second()])
        let results = pipeline.run(batch: ["a", "bad", "c"].map { Document(id: $0, text: $0) })
        #expect(results.map { try? $0.get().document.id } == ["a", nil, "c"])
        #expect(throws: Refusal.self) { try results[1].get() }
        let first = try results[0].get()
        let alone = try pipeline.run(Document(id: "a", text: "a"))
        #expect(first.headline == "picky+second" && first.headline == alone.headline)
        #expect(first.layers == alone.layers && first.layers == [.cleanText, .sentences])
    }
}
