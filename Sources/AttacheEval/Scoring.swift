public import AttacheCore

/// Precision, recall and F1 from counts of true positives, false positives and false negatives.
public struct Score: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public init(truePositives: Int, falsePositives: Int, falseNegatives: Int) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func += (lhs: inout Score, rhs: Score) {
        lhs.truePositives += rhs.truePositives
        lhs.falsePositives += rhs.falsePositives
        lhs.falseNegatives += rhs.falseNegatives
    }
}

/// A record that did not match: a gold record missed, or a predicted record with no gold partner.
public struct Discrepancy: Sendable {
    public enum Side: String, Sendable {
        case missed
        case falsePositive = "false-positive"
    }
    public var side: Side
    public var doc: String
    public var label: String
    public var evidence: String
    public var rule: String?
    /// Why an event did not match (nil for relations).
    public var errorClass: ErrorClass?
    /// The event on the other side that gave the class, as a label.
    public var counterpart: String?
}

/// The scores of spec/records.md's Scoring section over a set of documents, computed as
/// shared/tools/score.py computes them with `--coarse` (and, when asked, `--undirected` and
/// `--evidence`), with the misses and false positives of the events sorted into error classes.
///
/// ```swift
/// let evaluation = Evaluation(gold: goldDocuments, predicted: output, codes: ScoredCodes(countryCodes: states))
/// print(evaluation.events.f1, evaluation.errors[.agree]?.missed[.noTrigger] ?? 0)
/// ```
public struct Evaluation: Sendable {
    public var events = Score()
    public var eventsWithDates = Score()
    /// Events matched on their parties alone, whatever their type.
    public var eventsByParties = Score()
    /// Attaché's own figure (score.py has none): on the pairs the events figure matched, how often
    /// the predicted location's country agrees with the gold one's. Precision is agreeing over
    /// predicted locations on those pairs, recall agreeing over gold locations.
    public var eventLocations = Score()
    public var eventsByType: [EventType: Score] = [:]
    /// Misses by the gold event's type and false positives by the predicted event's type, per class.
    public var errors: [EventType: ErrorCounts] = [:]
    public var relations = Score()
    public var relationsByKind: [RelationKind: Score] = [:]
    public var discrepancies: [Discrepancy] = []
    /// Gold documents scored (every one, with or without output).
    public var documents = 0
    /// Gold documents the output has no record for: each of their gold records is missed.
    public var documentsWithoutOutput: [String] = []
    /// Output documents with no gold document: not scored.
    public var documentsWithoutGold: [String] = []
    /// Whether an event's parties compared as one unordered set.
    public var undirected = false
    /// Whether a match also needed overlapping evidence.
    public var evidence = false

    public init() {}

    /// Scores `predicted` against `gold`, pairing documents by `doc` (without folder or extension).
    /// Output records that share a `doc` are scored together. `texts`, by `doc`, place evidence in
    /// its document for the error classes; without one, evidences are compared as text.
    public init(
        gold: [DocumentRecord], predicted: [DocumentRecord], codes: ScoredCodes = ScoredCodes(),
        undirected: Bool = false, evidence: Bool = false, texts: [String: DocumentText] = [:]
    ) {
        self.undirected = undirected
        self.evidence = evidence
        let rules = ScoringRules(codes: codes, undirected: undirected, evidence: evidence)
        var outputs: [String: DocumentRecord] = [:]
        var outputOrder: [String] = []
        for record in predicted {
            let key = Self.documentKey(record.doc)
            if outputs[key] == nil {
                outputs[key] = record
                outputOrder.append(key)
            } else {
                outputs[key]?.events += record.events
                outputs[key]?.relations += record.relations
            }
        }
        let textsByKey = Dictionary(texts.map { (Self.documentKey($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        for goldDocument in gold {
            let key = Self.documentKey(goldDocument.doc)
            documents += 1
            if outputs[key] == nil { documentsWithoutOutput.append(goldDocument.doc) }
            let output = outputs[key] ?? DocumentRecord(doc: goldDocument.doc, published: nil, title: nil)
            scoreEvents(gold: goldDocument, predicted: output, rules: rules, text: textsByKey[key])
            scoreRelations(gold: goldDocument, predicted: output, rules: rules)
        }
        let goldKeys = Set(gold.map { Self.documentKey($0.doc) })
        documentsWithoutGold = outputOrder.filter { !goldKeys.contains($0) }.compactMap { outputs[$0]?.doc }
    }

    /// How documents pair: the file name without its folder and without one `.gold.json`,
    /// `.json`, `.txt`, `.html` or `.htm` ending, each tried in that order.
    static func documentKey(_ name: String) -> String {
        var base = String(name.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
        for ending in [".gold.json", ".json", ".txt", ".html", ".htm"] where base.hasSuffix(ending) {
            base.removeLast(ending.count)
        }
        return base
    }

    mutating func scoreEvents(gold: DocumentRecord, predicted: DocumentRecord, rules: ScoringRules, text: DocumentText?)
    {
        let scoring = EventScoring(
            doc: gold.doc, gold: gold.events, predicted: predicted.events, rules: rules, text: text)
        events += scoring.plain
        eventsWithDates += scoring.dated
        eventsByParties += scoring.partiesOnly
        eventLocations += scoring.locations
        for (type, score) in scoring.byType { eventsByType[type, default: Score()] += score }
        for (type, counts) in scoring.errors { errors[type, default: ErrorCounts()] += counts }
        discrepancies += scoring.discrepancies
    }

    mutating func scoreRelations(gold: DocumentRecord, predicted: DocumentRecord, rules: ScoringRules) {
        let goldKeys = gold.relations.map(rules.key)
        let predictedKeys = predicted.relations.map(rules.key)
        let goldEvidence = gold.relations.map { EvidenceOverlap($0.evidence) }
        let predictedEvidence = predicted.relations.map { EvidenceOverlap($0.evidence) }
        let matching = Pairing(gold: goldKeys.count, predicted: predictedKeys.count) { goldIndex, predictedIndex in
            goldKeys[goldIndex] == predictedKeys[predictedIndex]
                && (!rules.evidence || goldEvidence[goldIndex].overlaps(predictedEvidence[predictedIndex]))
        }
        let isUncertain = { (index: Int) in gold.relations[index].uncertain == true }
        relations += matching.score(uncertain: isUncertain)
        for index in matching.partnerOfGold.indices where matching.partnerOfGold[index] != nil {
            relationsByKind[gold.relations[index].kind, default: Score()].truePositives += 1
        }
        for index in matching.unmatchedGold where !isUncertain(index) {
            let relation = gold.relations[index]
            relationsByKind[relation.kind, default: Score()].falseNegatives += 1
            discrepancies.append(
                Discrepancy(
                    side: .missed, doc: gold.doc, label: Self.label(relation, key: goldKeys[index]),
                    evidence: relation.evidence))
        }
        for index in matching.unmatchedPredicted {
            let relation = predicted.relations[index]
            relationsByKind[relation.kind, default: Score()].falsePositives += 1
            discrepancies.append(
                Discrepancy(
                    side: .falsePositive, doc: gold.doc, label: Self.label(relation, key: predictedKeys[index]),
                    evidence: relation.evidence, rule: relation.rule))
        }
    }

    static func label(_ relation: RelationRecord, key: RelationKey) -> String {
        key.description + (relation.status.map { " (\($0))" } ?? "")
    }
}
