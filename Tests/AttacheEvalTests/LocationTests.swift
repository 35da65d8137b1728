import AttacheCore
import AttacheEval
import Testing

/// The event locations line: countries compared on the pairs the events figure matched.
@Suite struct LocationTests {
    static func event(
        _ type: EventType, _ source: [String], _ target: [String], at location: Location?, evidence: String = "e"
    ) -> EventRecord {
        var event = Build.event(type, source, target, evidence: evidence)
        event.location = location
        return event
    }

    @Test func countriesCompareOnMatchedPairsOnly() {
        let gold = Build.document([
            Self.event(.consult, ["MNE"], ["SVN"], at: Location(name: "Ljubljana", country: "SVN")),
            Self.event(.agree, ["MNE"], ["SVN"], at: Location(name: "Bled", country: "SVN")),
            Self.event(.support, ["SVN"], ["MNE"], at: Location(name: "Podgorica", country: "MNE")),
            Self.event(.aid, ["SVN"], ["MNE"], at: nil),
            // Missed: its location is not counted.
            Self.event(.reject, ["MNE"], ["SRB"], at: Location(name: "Belgrade", country: "SRB")),
        ])
        let predicted = Build.document([
            // Another place in the same country, the code in lower case: agrees.
            Self.event(.consult, ["MNE"], ["SVN"], at: Location(name: "Ljubljana Castle", country: "svn")),
            // Another country: a false positive and a false negative.
            Self.event(.agree, ["MNE"], ["SVN"], at: Location(name: "Bled", country: "AUT")),
            // No location predicted: a false negative.
            Self.event(.support, ["SVN"], ["MNE"], at: nil),
            // A location the gold event lacks: a false positive.
            Self.event(.aid, ["SVN"], ["MNE"], at: Location(name: "Koper", country: "SVN")),
            // Unmatched (wrong type): its location is not counted.
            Self.event(.threaten, ["SRB"], ["MNE"], at: Location(name: "Belgrade", country: "SRB")),
        ])
        let evaluation = Evaluation(gold: [gold], predicted: [predicted])
        #expect(evaluation.events == Build.score(4, 1, 1))
        #expect(evaluation.eventLocations == Build.score(1, 2, 2))
        #expect(evaluation.eventLocations.precision == 1.0 / 3)
        #expect(evaluation.eventLocations.recall == 1.0 / 3)
        let report = evaluation.report(details: false)
        #expect(report.contains("event locations  0.333  0.333  0.333  1     2     2"))
    }

    @Test func aGoldPlaceWithoutCountryAgreesByNameOrWithoutCountry() {
        let atSea = Location(name: "Black Sea", country: nil)
        let gold = Build.document([
            Self.event(.mobilize, ["RUS"], [], at: atSea),
            Self.event(.assault, ["RUS"], ["UKR"], at: atSea),
            Self.event(.coerce, ["RUS"], ["UKR"], at: atSea),
        ])
        let predicted = Build.document([
            Self.event(.mobilize, ["RUS"], [], at: Location(name: "the Black Sea", country: nil)),
            Self.event(.assault, ["RUS"], ["UKR"], at: Location(name: "black sea", country: "UKR")),
            Self.event(.coerce, ["RUS"], ["UKR"], at: Location(name: "Sevastopol", country: "UKR")),
        ])
        // Without a country, then by name case aside; another name with a country does not agree.
        #expect(Evaluation(gold: [gold], predicted: [predicted]).eventLocations == Build.score(2, 1, 1))
        let withCountry = Build.document([
            Self.event(.mobilize, ["RUS"], [], at: Location(name: "Sevastopol", country: "UKR"))
        ])
        let withoutCountry = Build.document([Self.event(.mobilize, ["RUS"], [], at: atSea)])
        // A gold country is not agreed with by a predicted place without one.
        #expect(
            Evaluation(gold: [withCountry], predicted: [withoutCountry]).eventLocations == Build.score(0, 1, 1))
    }

    @Test func theLocationGoesWithTheGoldEventThePredictionSitsNear() {
        let text = "Ministers met in Skopje on Monday. Ministers met again in Tirana on Friday."
        let sentences = [0..<34, 35..<text.utf8.count]
        let gold = Build.document([
            Self.event(
                .consult, ["MKD"], ["ALB"], at: Location(name: "Skopje", country: "MKD"),
                evidence: "Ministers met in Skopje"),
            Self.event(
                .consult, ["MKD"], ["ALB"], at: Location(name: "Tirana", country: "ALB"),
                evidence: "Ministers met again in Tirana"),
        ])
        // One prediction, of the second meeting: score.py's order pairs it with the first gold
        // event, the error classes with the one it sits near, and so does the location line (in
        // score.py's order it would count Tirana against Skopje: a false positive and a false
        // negative). The missed Skopje meeting is on no pair, so its location is not counted.
        let predicted = Build.document([
            Self.event(
                .consult, ["MKD"], ["ALB"], at: Location(name: "Tirana", country: "ALB"),
                evidence: "Ministers met again in Tirana")
        ])
        let evaluation = Evaluation(
            gold: [gold], predicted: [predicted], texts: ["d": DocumentText(text: text, sentences: sentences)])
        #expect(evaluation.events == Build.score(1, 0, 1))
        #expect(evaluation.eventLocations == Build.score(1, 0, 0))
    }

    @Test func kosovoCodesAgree() {
        let gold = Build.document([
            Self.event(.consult, ["SRB"], ["XKX"], at: Location(name: "Pristina", country: "XKX"))
        ])
        let predicted = Build.document([
            Self.event(.consult, ["SRB"], ["KSV"], at: Location(name: "Prishtina", country: "KSV"))
        ])
        #expect(Evaluation(gold: [gold], predicted: [predicted]).eventLocations == Build.score(1, 0, 0))
    }
}
