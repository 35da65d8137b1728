import AttacheCore
import AttacheStore
import Testing

@Suite struct EventMergingTests {
    func report(
        _ id: Int64, _ doc: String, _ type: EventType = .consult, date: String?, country: String? = nil,
        evidence: String? = nil
    ) -> StoredEvent {
        StoredEvent(
            id: id, doc: doc,
            event: EventRecord(
                type: type, source: ["USA-GOV"], target: ["ALB"], date: date.flatMap { PartialDate(parsing: $0) },
                location: country.map { Location(name: "x", country: $0) }, evidence: evidence ?? "e\(id)"))
    }

    @Test func reportsOfOneEventFromSeveralDocumentsMerge() {
        let merged = EventMerging.merge([
            report(1, "a", date: "2024-02"), report(2, "b", date: "2024-02-15"),
            report(3, "c", date: "2024-02-15", country: "ALB"), report(4, "d", .agree, date: "2024-02-15"),
            report(5, "e", date: "2024-02-15", country: "SRB"),
        ])
        // Another type stays apart, and so does a report placed in another country; the report
        // dated to the month could be either of the two meetings of 2024-02-15, so it stays apart.
        #expect(merged.map { $0.reports.map(\.id) } == [[1], [2, 3], [4], [5]])
        #expect(merged[1].id == 2 && merged[1].event.location?.country == "ALB")
        let month = EventMerging.merge([report(1, "a", date: "2024-02"), report(2, "b", date: "2024-02-15")])
        #expect(month.map { $0.reports.map(\.id) } == [[1, 2]])
        #expect(month[0].id == 1 && month[0].event.date == PartialDate(year: 2024, month: 2, day: 15))
    }

    /// Several distinct documents about one dyad: merging must never join two different events.
    @Test func distinctEventsOfOneDyadStayApart() {
        let merged = EventMerging.merge([
            report(1, "feb", date: "2024-02-15"), report(2, "may", date: "2024-05-03"),
            // "in 2024": either meeting, so neither.
            report(3, "year", date: "2024"),
            // Undated statements say nothing about which meeting they mean.
            report(4, "undated-1", date: nil), report(5, "undated-2", date: nil),
            // A second report from the February document is a second event.
            report(6, "feb", date: "2024-02-15"), report(7, "other-1922", date: "1922"),
        ])
        #expect(merged.allSatisfy { $0.reports.count == 1 })
        #expect(merged.count == 7)
        // Oldest first, undated last.
        #expect(merged.map(\.id) == [7, 3, 1, 6, 2, 4, 5])
    }

    /// The same story in several documents: an undated report merges by its evidence.
    @Test func copiesOfOneStoryMergeByEvidence() {
        let merged = EventMerging.merge([
            report(1, "a", date: nil, evidence: "Blinken met Rama"),
            report(2, "b", date: nil, evidence: "Blinken met Rama"),
            report(3, "c", date: nil, evidence: "Blinken spoke with Rama"),
            report(4, "d", date: "2024-02-15", evidence: "Blinken met Rama"),
            report(5, "e", date: nil, evidence: "Blinken met Rama"),
        ])
        #expect(merged.map { $0.reports.map(\.id) } == [[1, 2, 4, 5], [3]])
    }
}
