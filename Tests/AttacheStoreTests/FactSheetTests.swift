import AttacheCore
import AttacheStore
import Testing

@Suite struct FactSheetTests {
    func relation(_ kind: RelationKind, _ configure: (inout RelationRecord) -> Void) -> RelationRecord {
        var relation = RelationRecord(kind: kind, evidence: "e")
        configure(&relation)
        return relation
    }

    @Test(arguments: Backend.available) func everyLineIsGeneratedFromRecordsAndCited(backend: Backend) throws {
        let store = try backend.makeStore()
        let ties = relation(.diplomatic) {
            $0.parties = ["USA", "ALB"]
            $0.status = "established"
            $0.since = PartialDate(year: 1922)
        }
        let aid = relation(.aid) {
            $0.donor = "USA"
            $0.recipient = "ALB"
            $0.sector = "cyber"
            $0.quantity = Quantity(value: 50_000_000, unit: "USD")
        }
        let usNATO = relation(.membership) {
            $0.subject = "USA"
            $0.object = "NATO"
            $0.status = "member"
        }
        let albaniaNATO = relation(.membership) {
            $0.subject = "ALB"
            $0.object = "NATO"
            $0.status = "member"
        }
        let visit = EventRecord(
            type: .consult, source: ["USA-GOV"], target: ["ALB"], date: PartialDate(year: 2024, month: 2, day: 15),
            evidence: "Blinken visits Albania")
        try store.ingest(
            StoredDocument(
                id: "a.txt", contentHash: "1",
                record: DocumentRecord(
                    doc: "a.txt", published: nil, title: nil, events: [visit], relations: [ties, aid, usNATO])))
        try store.ingest(
            StoredDocument(
                id: "b.txt", contentHash: "2",
                record: DocumentRecord(doc: "b.txt", published: nil, title: nil, relations: [albaniaNATO])))
        let sheet = try FactSheet(
            store: store, actor: "USA", partner: "ALB",
            names: ["USA": "the United States", "ALB": "Albania", "NATO": "NATO"])
        let markdown = sheet.markdown()
        #expect(markdown.hasPrefix("# the United States and Albania"))
        #expect(markdown.contains("- the United States and Albania established diplomatic relations in 1922. [a.txt]"))
        #expect(
            markdown.contains("- the United States provides cyber assistance worth $50 million to Albania. [a.txt]"))
        #expect(markdown.contains("are both members of NATO. [a.txt; b.txt]"))
        #expect(markdown.contains("On 2024-02-15: the United States met Albania (CONSULT). [a.txt]"))
        #expect(sheet.html().contains("<cite>a.txt</cite>"))
    }
}
