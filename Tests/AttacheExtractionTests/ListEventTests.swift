import AttacheCore
import AttacheExtraction
import Testing

/// A heading that ends with a colon and one name a line: an event for each name.
@Suite struct ListEventTests {
    @Test func eachListedNameIsTheSourceTheHeadingLacks() throws {
        let annotated = try Fixtures.analyze(
            "The following states have ratified the convention:\nGhana\n- Togo\n* Benin\nIt enters into force in May.",
            published: "2024-03-01")
        let sources = annotated.events.filter { $0.type == .agree }.flatMap(\.source)
        #expect(Set(sources) == ["GHA", "TGO", "BEN"])
    }

    @Test func eachListedNameIsTheTargetTheHeadingLacks() throws {
        let annotated = try Fixtures.analyze(
            "Kenya has signed defence agreements with:\nthe United Kingdom;\nTurkey;\nIndia.", published: "2024-03-01")
        let targets = annotated.events.filter { $0.type == .agree && $0.source == ["KEN"] }.flatMap(\.target)
        #expect(Set(targets) == ["GBR", "TUR", "IND"])
    }

    @Test func aHeadingWithBothSidesNamedIgnoresTheLinesAfterIt() throws {
        let annotated = try Fixtures.analyze(
            "Kenya signed a defence agreement with Uganda:\nTurkey\nIndia", published: "2024-03-01")
        let agreements = annotated.events.filter { $0.type == .agree }
        #expect(agreements.count == 1)
        #expect(agreements.first?.target == ["UGA"])
    }

    @Test func linesThatAreMoreThanANameEndTheList() throws {
        let annotated = try Fixtures.analyze(
            "The following states have ratified the convention:\nGhana\nTogo said it would ratify it in May.",
            published: "2024-03-01")
        let sources = annotated.events.filter { $0.type == .agree && !$0.hypothetical }.flatMap(\.source)
        #expect(Set(sources) == ["GHA"])
    }
}
