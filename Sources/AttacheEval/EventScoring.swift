import AttacheCore

/// One document's events scored as score.py scores them (the plain figure, the dated one and the
/// parties-only one), with every miss and false positive of the plain figure put in its class,
/// and the locations of the plain figure's pairs compared (Attaché's own figure).
struct EventScoring {
    var plain = Score()
    var dated = Score()
    var partiesOnly = Score()
    /// Locations agreeing on the plain figure's pairs, as `explaining` pairs them.
    var locations = Score()
    var byType: [EventType: Score] = [:]
    var errors: [EventType: ErrorCounts] = [:]
    var discrepancies: [Discrepancy] = []

    let gold: [EventRecord]
    let predicted: [EventRecord]
    let rules: ScoringRules
    let goldKeys: [EventKey]
    let predictedKeys: [EventKey]
    let goldPassages: [Passage]
    let predictedPassages: [Passage]

    /// Scores `predicted` against the gold events of a document, leaving out gold events marked
    /// boilerplate.
    init(doc: String, gold allGold: [EventRecord], predicted: [EventRecord], rules: ScoringRules, text: DocumentText?) {
        gold = allGold.filter { $0.boilerplate != true }
        self.predicted = predicted
        self.rules = rules
        goldKeys = gold.map(rules.key)
        predictedKeys = predicted.map(rules.key)
        goldPassages = gold.map { Passage(evidence: $0.evidence, in: text) }
        predictedPassages = predicted.map { Passage(evidence: $0.evidence, in: text) }

        let matching = pairing { goldKeys[$0] == predictedKeys[$1] }
        plain = matching.score(uncertain: isUncertain)
        dated = pairing {
            goldKeys[$0] == predictedKeys[$1]
                && ScoringRules.datesAgree(gold: gold[$0].date, predicted: predicted[$1].date)
        }.score(uncertain: isUncertain)
        partiesOnly = pairing { goldKeys[$0].parties == predictedKeys[$1].parties }.score(uncertain: isUncertain)
        for index in matching.partnerOfGold.indices where matching.partnerOfGold[index] != nil {
            byType[gold[index].type, default: Score()].truePositives += 1
        }
        for index in matching.unmatchedGold where !isUncertain(index) {
            byType[gold[index].type, default: Score()].falseNegatives += 1
        }
        for index in matching.unmatchedPredicted {
            byType[predicted[index].type, default: Score()].falsePositives += 1
        }
        let explained = explaining(matching)
        classify(explained, doc: doc)
        locations = LocationAgreement.score(
            gold: gold.map(\.location), predicted: predicted.map(\.location),
            pairs: explained.partnerOfGold.indices.compactMap { index in
                explained.partnerOfGold[index].map { (gold: index, predicted: $0) }
            })
    }

    func isUncertain(_ goldIndex: Int) -> Bool { gold[goldIndex].uncertain == true }

    /// Matching in score.py's order on `sameEvent`, plus overlapping evidence with `--evidence`.
    func pairing(_ sameEvent: (Int, Int) -> Bool) -> Pairing {
        Pairing(gold: gold.count, predicted: predicted.count) { goldIndex, predictedIndex in
            sameEvent(goldIndex, predictedIndex) && evidenceAgrees(goldIndex, predictedIndex)
        }
    }

    func evidenceAgrees(_ goldIndex: Int, _ predictedIndex: Int) -> Bool {
        !rules.evidence || goldPassages[goldIndex].overlap.overlaps(predictedPassages[predictedIndex].overlap)
    }

    func isNear(gold goldIndex: Int, predicted predictedIndex: Int) -> Bool {
        goldPassages[goldIndex].isNear(predictedPassages[predictedIndex])
    }

    /// The same matching with partners exchanged among gold events of one type and parties (and
    /// the same uncertainty), so that a prediction goes to the one it sits near: the counts do not
    /// change, but the gold event listed as missed is the one no prediction stands for.
    func explaining(_ matching: Pairing) -> Pairing {
        var result = matching
        for first in gold.indices {
            guard let partner = result.partnerOfGold[first], !isNear(gold: first, predicted: partner) else { continue }
            let other = gold.indices.first {
                result.partnerOfGold[$0] == nil && isUncertain($0) == isUncertain(first)
                    && goldKeys[$0] == goldKeys[first]
                    && evidenceAgrees($0, partner) && isNear(gold: $0, predicted: partner)
            }
            if let other {
                result.partnerOfGold[first] = nil
                result.partnerOfGold[other] = partner
                result.partnerOfPredicted[partner] = other
            }
        }
        return result
    }

    /// Puts each certain gold event left unmatched, and each predicted event left unmatched, in
    /// its error class.
    mutating func classify(_ matching: Pairing, doc: String) {
        for index in matching.unmatchedGold where !isUncertain(index) {
            let near = predicted.indices.filter { isNear(gold: index, predicted: $0) }
            let (errorClass, counterpart) =
                closest(
                    near, matched: { matching.partnerOfPredicted[$0] != nil },
                    difference: {
                        ErrorClass.difference(
                            gold: goldKeys[index], predicted: predictedKeys[$0], undirected: rules.undirected)
                    }
                ) ?? (.noTrigger, nil)
            let event = gold[index]
            errors[event.type, default: ErrorCounts()].missed[errorClass, default: 0] += 1
            discrepancies.append(
                Discrepancy(
                    side: .missed, doc: doc, label: event.label, evidence: event.evidence, rule: nil,
                    errorClass: errorClass, counterpart: counterpart.map { predicted[$0].label }))
        }
        for index in matching.unmatchedPredicted {
            let (errorClass, counterpart) = falsePositiveClass(index, matching: matching)
            let event = predicted[index]
            errors[event.type, default: ErrorCounts()].falsePositives[errorClass, default: 0] += 1
            discrepancies.append(
                Discrepancy(
                    side: .falsePositive, doc: doc, label: event.label, evidence: event.evidence, rule: event.rule,
                    errorClass: errorClass, counterpart: counterpart.map { gold[$0].label }))
        }
    }

    func falsePositiveClass(_ index: Int, matching: Pairing) -> (ErrorClass, Int?) {
        let repeated = gold.indices.first {
            matching.partnerOfGold[$0] != nil && goldKeys[$0] == predictedKeys[index] && evidenceAgrees($0, index)
        }
        if let repeated { return (.duplicate, repeated) }
        let near = gold.indices.filter { isNear(gold: $0, predicted: index) }
        return closest(
            near, matched: { matching.partnerOfGold[$0] != nil },
            difference: {
                ErrorClass.difference(gold: goldKeys[$0], predicted: predictedKeys[index], undirected: rules.undirected)
            }
        ) ?? (.spurious, nil)
    }

    /// The near record that gives the closest class, an unmatched one before a matched one.
    func closest(
        _ near: [Int], matched: (Int) -> Bool, difference: (Int) -> ErrorClass
    ) -> (ErrorClass, Int?)? {
        let ranked = near.map { (difference($0), matched($0), $0) }
        guard
            let best = ranked.min(by: { ($0.0.order, $0.1 ? 1 : 0, $0.2) < ($1.0.order, $1.1 ? 1 : 0, $1.2) })
        else { return nil }
        return (best.0, best.2)
    }
}
