import AttacheCore
import AttacheExport
import AttacheKnowledge
import AttacheStore
import Testing

@Suite struct FactSheetTests {
    func relation(_ kind: RelationKind, _ configure: (inout RelationRecord) -> Void) -> RelationRecord {
        var relation = RelationRecord(kind: kind, evidence: "e")
        configure(&relation)
        return relation
    }

    func membership(_ subject: String, _ status: String, of organisation: String) -> RelationRecord {
        relation(.membership) {
            $0.subject = subject
            $0.object = organisation
            $0.status = status
        }
    }

    func document(
        _ id: String, published: String, url: String? = nil, events: [EventRecord] = [], relations: [RelationRecord]
    ) -> StoredDocument {
        var record = DocumentRecord(
            doc: id, published: PartialDate(parsing: published), title: "Story \(id)", events: events,
            relations: relations)
        for index in record.relations.indices { record.relations[index].observed = record.published }
        return StoredDocument(
            id: id, contentHash: id, source: "Ministry", url: url, record: record)
    }

    @Test func everyFactOnceAtItsLatestStatusCitedWithLinks() throws {
        let store = try SQLiteStore()
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
        let visit = EventRecord(
            type: .consult, source: ["USA-GOV"], target: ["ALB"], date: PartialDate(year: 2024, month: 2, day: 15),
            evidence: "Blinken visits Albania")
        let expected = EventRecord(
            type: .consult, source: ["USA-GOV"], target: ["ALB"], date: PartialDate(year: 2024, month: 3),
            hypothetical: true, evidence: "Blinken is expected to meet Rama")
        try store.ingest(
            document(
                "a.txt", published: "2024-02-15", url: "https://example.org/a", events: [visit, expected],
                relations: [
                    ties, aid, membership("USA", "member", of: "NATO"), membership("ALB", "aspirant", of: "EU"),
                ]))
        try store.ingest(
            document(
                "b.txt", published: "2024-06-01",
                relations: [ties, membership("ALB", "member", of: "NATO"), membership("ALB", "candidate", of: "EU")]))
        try store.ingest(
            document("c.txt", published: "2023-01-01", relations: [membership("ALB", "member", of: "NATO")]))
        // Two statements of one deployment: one line, with the mission and the size.
        let kfor = relation(.deployment) {
            $0.subject = "ALB"
            $0.location = "XKX"
            $0.mission = "KFOR"
            $0.quantity = Quantity(value: 90, unit: "people")
        }
        let inKosovo = relation(.deployment) {
            $0.subject = "ALB"
            $0.location = "XKX"
        }
        try store.ingest(document("e.txt", published: "2022-01-01", relations: [inKosovo, kfor]))
        // A later story that Albania "seeks to join" does not undo its candidacy.
        try store.ingest(
            document("d.txt", published: "2025-01-01", relations: [membership("ALB", "aspirant", of: "EU")]))
        let sheet = try FactSheet(store: store, actor: "USA", partner: "ALB", names: ActorNames(knowledge: .builtIn))
        let markdown = sheet.markdown()
        #expect(markdown.hasPrefix("# United States and Albania"))
        #expect(markdown.contains("*As of 2025-01-01, the date of the newest source.*"))
        // Two documents state the ties: one line, both cited, the linked one by its address.
        let tiesLines = markdown.split(separator: "\n").filter { $0.contains("established diplomatic relations") }
        #expect(tiesLines.count == 1)
        #expect(
            tiesLines.first?.hasPrefix(
                "- United States and Albania established diplomatic relations in 1922."
                    + " [Story a.txt, Ministry, 2024-02-15](https://example.org/a); [Story b.txt, Ministry, 2024-06-01; b.txt]"
            )
                == true)
        #expect(markdown.contains("- United States provides cyber assistance worth $50 million to Albania."))
        let kosovo = markdown.split(separator: "\n").filter { $0.contains("forces in Kosovo") }
        #expect(kosovo.count == 1)
        #expect(kosovo.first?.hasPrefix("- Albania has forces in Kosovo (KFOR; 90 people). [Story e.txt") == true)
        let natoLines = markdown.split(separator: "\n").filter { $0.contains("North Atlantic") }
        #expect(natoLines.count == 1, "\(markdown)")
        #expect(natoLines.first?.contains("are both members of North Atlantic Treaty Organization") == true)
        // Albania's latest status in the EU is the one of the newest document.
        let euLines = markdown.split(separator: "\n").filter { $0.contains("European Union") }
        #expect(euLines.count == 1)
        #expect(euLines.first?.hasPrefix("- Albania is a candidate for membership of European Union.") == true)
        #expect(markdown.contains("On 2024-02-15: United States met Albania (CONSULT)."))
        #expect(!markdown.contains("2024-03"), "a hypothetical meeting is not a recent event")
        let html = sheet.html()
        #expect(html.contains("<cite><a href=\"https://example.org/a\">Story a.txt, Ministry, 2024-02-15</a></cite>"))
        #expect(html.contains("<style>") && !html.contains("<script") && !html.contains("<link"))
    }
}
