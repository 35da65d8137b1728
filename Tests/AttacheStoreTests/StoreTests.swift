import AttacheCore
import AttacheStore
import Foundation
import Testing

/// Every store behaviour, on every database (`Backend.available`).
@Suite struct StoreTests {
    @Test(arguments: Backend.available) func ingestIsIdempotentAndReplacesChangedDocuments(backend: Backend) throws {
        let store = try backend.makeStore()
        #expect(try store.ingest(Samples.document("a.txt", hash: "1", events: Samples.events)) == .added)
        #expect(try store.ingest(Samples.document("a.txt", hash: "1", events: Samples.events)) == .unchanged)
        #expect(try store.events(matching: EventQuery()).count == 3)
        #expect(
            try store.ingest(Samples.document("a.txt", hash: "2", events: Array(Samples.events.prefix(1)))) == .replaced
        )
        #expect(try store.events(matching: EventQuery()).count == 1)
        #expect(try store.records().first?.relations.count == 1)
    }

    @Test(arguments: Backend.available) func queriesFilterByActorDyadTypeDatesAndText(backend: Backend) throws {
        let store = try backend.makeStore()
        try store.ingest(Samples.document("a.txt", hash: "1", events: Samples.events))
        #expect(try store.events(matching: EventQuery(actor: "ALB")).count == 2)
        #expect(try store.events(matching: EventQuery(actor: "AL")).isEmpty)
        #expect(try store.events(matching: EventQuery(dyad: ("UKR", "ALB"))).map(\.event.type) == [.agree])
        #expect(try store.events(matching: EventQuery(type: .accuse)).first?.event.source == ["USA", "EU"])
        #expect(try store.events(matching: EventQuery(since: PartialDate(year: 2025))).count == 1)
        #expect(try store.events(matching: EventQuery(until: PartialDate(year: 2024, month: 2))).count == 1)
        #expect(try store.events(matching: EventQuery(text: "concern Kosovo")).count == 1)
        #expect(try store.events(matching: EventQuery(text: "officials")).count == 3)
        #expect(try store.events(matching: EventQuery(location: "ALB")).map(\.event.type) == [.consult])
        // Oldest first, undated last.
        #expect(try store.events(matching: EventQuery()).map(\.event.type) == [.consult, .agree, .accuse])
    }

    @Test(arguments: Backend.available) func statisticsCountByTypeActorAndMonth(backend: Backend) throws {
        let store = try backend.makeStore()
        try store.ingest(Samples.document("a.txt", hash: "1", events: Samples.events))
        let statistics = try store.statistics()
        #expect(statistics.documents == 1 && statistics.events == 3 && statistics.relations == 1)
        #expect(statistics.sentences == 3 && statistics.mentions == 2)
        #expect(statistics.eventsByActor.first! == ("ALB", 2) || statistics.eventsByActor.first! == ("USA", 2))
        #expect(statistics.eventsByType.count == 3)
        #expect(statistics.eventsByMonth.map(\.0) == ["2024-02", "2025-01"])
    }

    @Test(arguments: Backend.available) func sentenceSearchMatchesWholeWordsInAnyCase(backend: Backend) throws {
        let store = try backend.makeStore()
        try store.ingest(Samples.document("a.txt", hash: "1", events: Samples.events))
        let found = try store.sentences(matching: "KOSOVO concern", limit: nil)
        #expect(found == [StoredSentence(doc: "a.txt", number: 2, text: Samples.sentences(of: Samples.events)[2])])
        #expect(try store.sentences(matching: "Kosov", limit: nil).isEmpty)
        #expect(try store.sentences(matching: "officials", limit: 2).count == 2)
        // A changed document's old sentences leave the index with it.
        try store.ingest(Samples.document("a.txt", hash: "2", events: Array(Samples.events.prefix(1))))
        #expect(try store.sentences(matching: "Kosovo", limit: nil).isEmpty)
        #expect(try store.sentences(matching: "Zelensky", limit: nil).count == 1)
    }

    @Test(arguments: Backend.available) func searchWordsAreNotQuerySyntax(backend: Backend) throws {
        let store = try backend.makeStore()
        try store.ingest(Samples.document("a.txt", hash: "1", events: Samples.events))
        #expect(try store.sentences(matching: "\"Kosovo OR NEAR(", limit: nil).isEmpty)
        #expect(try store.sentences(matching: "over Kosovo", limit: nil).count == 1)
    }

    @Test(arguments: Backend.available) func actorAndDyadQueriesGiveEachEventOnceOldestFirst(backend: Backend) throws {
        let store = try backend.makeStore()
        let events = [
            Samples.event(.consult, ["SRB"], ["XKX"], date: "2023-05-01", evidence: "Serbia met Kosovo"),
            Samples.event(.accuse, ["XKX"], ["SRB"], date: "2021-02-03", evidence: "Kosovo accused Serbia"),
            Samples.event(.retreat, ["SRB-GOV"], ["SRB"], date: "2022-07-01", evidence: "the Serbian cabinet resigned"),
            Samples.event(.agree, ["XKX", "SRB"], ["EU"], date: nil, evidence: "Kosovo and Serbia backed the EU plan"),
        ]
        try store.ingest(Samples.document("b.txt", hash: "1", events: events))
        let serbia = try store.events(matching: EventQuery(actor: "SRB"))
        #expect(serbia.map(\.event.type) == [.accuse, .retreat, .consult, .agree])
        let pair = try store.events(matching: EventQuery(dyad: ("SRB", "XKX"), limit: 1))
        #expect(pair.map(\.event.type) == [.accuse])
        #expect(try store.events(matching: EventQuery(dyad: ("XKX", "SRB"))).count == 2)
        #expect(try store.events(matching: EventQuery(actor: "EU", dyad: ("XKX", "SRB"))).isEmpty)
        #expect(try store.events(matching: EventQuery(actor: "SRB", type: .consult)).count == 1)
    }
}
