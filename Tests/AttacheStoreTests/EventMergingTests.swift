import AttacheCore
import AttacheStore
import Testing

@Suite struct EventMergingTests {
    func report(_ id: Int64, _ doc: String, _ type: EventType, date: String?, country: String? = nil) -> StoredEvent {
        StoredEvent(
            id: id, doc: doc,
            event: EventRecord(
                type: type, source: ["USA-GOV"], target: ["ALB"], date: date.flatMap { PartialDate(parsing: $0) },
                location: country.map { Location(name: "x", country: $0) }, evidence: "e\(id)"))
    }

    @Test func reportsOfOneEventFromSeveralDocumentsMerge() {
        let merged = EventMerging.merge([
            report(1, "a", .consult, date: "2024-02"), report(2, "b", .consult, date: "2024-02-15"),
            report(3, "c", .consult, date: nil), report(4, "d", .consult, date: "2023"),
            report(5, "a", .consult, date: "2024-02-15"), report(6, "e", .agree, date: "2024-02-15"),
            report(7, "f", .consult, date: "2024-02-15", country: "ALB"),
            report(8, "g", .consult, date: "2024-02-15", country: "SRB"),
        ])
        let first = merged[0]
        #expect(first.id == 1)
        #expect(first.reports.map(\.id) == [1, 2, 3, 7])
        #expect(first.event.date == PartialDate(year: 2024, month: 2, day: 15))
        // A different year, a second report from the same document, another type stay apart; a report
        // in another country joins the second report from document a, not the first event.
        #expect(merged.map { $0.reports.map(\.id) } == [[1, 2, 3, 7], [4], [5, 8], [6]])
    }
}
