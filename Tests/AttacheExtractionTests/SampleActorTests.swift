import AttacheCore
import AttacheExtraction
import Foundation
import Testing

/// Actor recall on the sample corpus: the roots of the reference annotations' events and
/// relations that the resolver finds in the same document.
@Suite struct SampleActorTests {
    static func goldRoots(_ gold: DocumentRecord) -> Set<String> {
        var roots: Set<String> = []
        for event in gold.events where event.boilerplate != true {
            for code in event.source + event.target { roots.insert(ActorCode(parsing: code)?.root ?? code) }
        }
        for relation in gold.relations {
            for code in [relation.subject, relation.object, relation.donor, relation.recipient].compactMap({ $0 })
                + (relation.parties ?? [])
            {
                roots.insert(ActorCode(parsing: code)?.root ?? code)
            }
        }
        roots.remove("IGO")
        return roots
    }

    @Test func findsTheActorsOfTheReferenceAnnotations() throws {
        var total = 0
        var missed: [String] = []
        for document in Fixtures.sampleDocuments() {
            let annotated = try Fixtures.pipeline.run(document)
            let found = Set(annotated.actors.map(\.actor.root))
            let gold = Self.goldRoots(try Fixtures.gold(for: document))
            total += gold.count
            missed += gold.subtracting(found).map { "\(document.id): \($0)" }
        }
        // Known miss: ISIL inside the name "Global Coalition to Counter ISIL" (the coalition is found).
        #expect(total > 40)
        #expect(Double(total - missed.count) / Double(total) >= 0.95, "missed: \(missed)")
    }

    @Test func peopleResolveByTheirOfficeOnThePublishedDate() throws {
        let byID = Dictionary(
            uniqueKeysWithValues: try Fixtures.sampleDocuments().map { ($0.id, try Fixtures.pipeline.run($0)) })
        let kyiv = try #require(byID["003_5278bba505018955.txt"])
        let people = Set(kyiv.actors.filter { $0.kind == .person }.map { "\(kyiv.string($0.span))=\($0.actor)" })
        #expect(people.contains("Albanian Prime Minister Edi Rama=ALB-GOV"))
        #expect(people.contains("President Volodymyr Zelensky=UKR-GOV"))
        let visit = try #require(byID["002_264466b30137479e.txt"])
        #expect(
            visit.actors.contains { visit.string($0.span) == "Blinken" && $0.actor == ActorCode("USA", sector: "GOV") })
        #expect(
            visit.actors.contains {
                visit.string($0.span) == "Washington" && $0.actor == ActorCode("USA", sector: "GOV")
            })
    }
}
