import AttacheCore
import AttacheEval
import Testing

@Suite struct EvaluationTests {
    func event(
        _ type: EventType, _ source: [String], _ target: [String], date: String? = nil, uncertain: Bool = false,
        boilerplate: Bool = false
    ) -> EventRecord {
        var event = EventRecord(
            type: type, source: source, target: target, date: date.flatMap { PartialDate(parsing: $0) }, evidence: "e")
        event.uncertain = uncertain ? true : nil
        event.boilerplate = boilerplate ? true : nil
        return event
    }

    func document(_ events: [EventRecord], _ relations: [RelationRecord] = []) -> DocumentRecord {
        DocumentRecord(doc: "d", published: nil, title: nil, events: events, relations: relations)
    }

    @Test func eventsMatchOnTypeAndRootSets() {
        let gold = document([
            event(.agree, ["ALB-GOV"], ["UKR-GOV"], date: "2025-01-21"), event(.consult, ["USA"], ["ALB"]),
        ])
        let predicted = document([event(.agree, ["ALB"], ["UKR"], date: "2025-01"), event(.consult, ["ALB"], ["USA"])])
        let evaluation = Evaluation(gold: [gold], predicted: [predicted])
        #expect(evaluation.events.truePositives == 1)
        #expect(evaluation.events.falsePositives == 1)
        #expect(evaluation.events.falseNegatives == 1)
        // 2025-01 does not agree with the gold day 2025-01-21.
        #expect(evaluation.eventsWithDates.truePositives == 0)
        #expect(evaluation.eventsByType[.agree]?.f1 == 1)
    }

    @Test func uncertainAndBoilerplateGoldEvents() {
        let gold = document([
            event(.aid, ["ALB"], ["UKR"], uncertain: true), event(.accuse, ["USA"], ["RUS"], uncertain: true),
            event(.sanction, ["USA"], [], boilerplate: true),
        ])
        let predicted = document([event(.aid, ["ALB"], ["UKR"]), event(.sanction, ["USA"], [])])
        let evaluation = Evaluation(gold: [gold], predicted: [predicted])
        #expect(evaluation.events.truePositives == 1)
        #expect(evaluation.events.falseNegatives == 0)
        #expect(evaluation.events.falsePositives == 1)
    }

    @Test func unlistedOrganisationsCompareAsIGO() {
        let codes = ScoredCodes(countryCodes: ["ALB", "UKR"])
        #expect(codes.root("G7") == "IGO")
        #expect(codes.root("SCO") == "IGO")
        #expect(codes.root("NATO") == "NATO")
        #expect(codes.root("ALB-GOV") == "ALB")
        let gold = document([event(.cooperate, ["ALB"], ["IGO"])])
        let predicted = document([event(.cooperate, ["ALB"], ["COALITION"])])
        #expect(Evaluation(gold: [gold], predicted: [predicted], codes: codes).events.truePositives == 1)
    }

    @Test func relationsMatchOnIdentifyingFields() {
        var goldAid = RelationRecord(kind: .aid, evidence: "e")
        goldAid.donor = "USA"
        goldAid.recipient = "ALB"
        goldAid.sector = "cyber"
        var wrongSector = goldAid
        wrongSector.sector = "military"
        var membership = RelationRecord(kind: .membership, evidence: "e")
        membership.subject = "ALB"
        membership.object = "NATO"
        membership.status = "member"
        var predictedMembership = membership
        predictedMembership.status = "candidate"
        let evaluation = Evaluation(
            gold: [document([], [goldAid, membership])], predicted: [document([], [wrongSector, predictedMembership])])
        #expect(evaluation.relations.truePositives == 1)
        #expect(evaluation.relationsByKind[.aid]?.falsePositives == 1)
        #expect(evaluation.relationsByKind[.aid]?.falseNegatives == 1)
        #expect(evaluation.discrepancies.count == 2)
    }

    @Test func reportListsMissesWithEvidence() {
        let gold = document([event(.agree, ["ALB"], ["UKR"])])
        let report = Evaluation(gold: [gold], predicted: [document([])]).report(details: true)
        #expect(report.contains("missed (1):"))
        #expect(report.contains("AGREE ALB>UKR"))
    }
}
