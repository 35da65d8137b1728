import AttacheCore
import Testing

@Suite struct DeploymentTests {
    func deployments(_ text: String) throws -> [String] {
        try Fixtures.analyze(text, published: "2024-01-10").relations
            .filter { $0.kind == .deployment }
            .map { "\($0.subject ?? "-")>\($0.location ?? "-")" }
    }

    @Test func aSecondPredicateEndsTheListOfPlaces() throws {
        let found = try deployments(
            "Chile sent troops to the UN mission in Cyprus and is a member of the coalition patrolling the Red Sea.")
        #expect(found == ["CHL>CYP"])
    }

    @Test func troopsAtABorderWithAStateAreNotStationedInIt() throws {
        #expect(try deployments("Azerbaijan deployed troops to its border with Armenia.").isEmpty)
        #expect(try deployments("Turkey sent forces along Syria and to Iraq.") == ["TUR>IRQ"])
    }

    @Test func forcesSentIntoAStateWithoutAMissionInvadeIt() throws {
        #expect(try deployments("Russia sent tens of thousands of troops into Ukraine.").isEmpty)
        let events = try Fixtures.analyze("Russia sent tens of thousands of troops into Ukraine.").events
        #expect(events.contains { $0.type == .assault && $0.source == ["RUS"] && $0.target == ["UKR"] })
    }

    @Test func theBalticStatesAreARegionNotTheSea() throws {
        let found = try deployments("Portuguese soldiers serve in the Baltic states and Romania.")
        #expect(found == ["PRT>Baltic states", "PRT>ROU"])
    }
}
