public import AttacheCore

/// Precision, recall and F1 from counts of true positives, false positives and false negatives.
public struct Score: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

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
}

/// The scores of spec/records.md's Scoring section over a set of documents.
public struct Evaluation: Sendable {
    public var events = Score()
    public var eventsWithDates = Score()
    public var eventsByType: [EventType: Score] = [:]
    public var relations = Score()
    public var relationsByKind: [RelationKind: Score] = [:]
    public var discrepancies: [Discrepancy] = []
    public var documents = 0
    /// Gold documents with no prediction, and predictions with no gold file.
    public var unmatchedDocuments: [String] = []

    public init() {}

    /// Scores `predicted` against `gold`, pairing documents by `doc`.
    public init(gold: [DocumentRecord], predicted: [DocumentRecord], codes: ScoredCodes = ScoredCodes()) {
        let predictions = Dictionary(predicted.map { ($0.doc, $0) }, uniquingKeysWith: { first, _ in first })
        let golds = Set(gold.map(\.doc))
        for goldDocument in gold {
            guard let prediction = predictions[goldDocument.doc] else {
                unmatchedDocuments.append(goldDocument.doc)
                continue
            }
            documents += 1
            scoreEvents(gold: goldDocument, predicted: prediction, matcher: EventMatcher(codes: codes))
            scoreRelations(gold: goldDocument, predicted: prediction, matcher: RelationMatcher(codes: codes))
        }
        unmatchedDocuments += predicted.map(\.doc).filter { !golds.contains($0) }
    }

    mutating func scoreEvents(gold: DocumentRecord, predicted: DocumentRecord, matcher: EventMatcher) {
        let goldEvents = gold.events.filter { $0.boilerplate != true }
        let plain = matcher.match(gold: goldEvents, predicted: predicted.events, requireDate: false)
        let dated = matcher.match(gold: goldEvents, predicted: predicted.events, requireDate: true)
        eventsWithDates += dated.total
        events += plain.total
        for (type, score) in plain.byType { eventsByType[type, default: Score()] += score }
        note(
            plain, doc: gold.doc, gold: goldEvents.map { (EventMatcher.label($0), $0.evidence, nil) },
            predicted: predicted.events.map { (EventMatcher.label($0), $0.evidence, $0.rule) })
    }

    mutating func scoreRelations(gold: DocumentRecord, predicted: DocumentRecord, matcher: RelationMatcher) {
        let result = matcher.match(gold: gold.relations, predicted: predicted.relations)
        relations += result.total
        for (kind, score) in result.byType { relationsByKind[kind, default: Score()] += score }
        note(
            result, doc: gold.doc, gold: gold.relations.map { (matcher.label($0), $0.evidence, nil) },
            predicted: predicted.relations.map { (matcher.label($0), $0.evidence, $0.rule) })
    }

    /// Lists the misses and false positives of one document's matching, with label and evidence.
    mutating func note<Category>(
        _ result: MatchResult<Category>, doc: String, gold: [(String, String, String?)],
        predicted: [(String, String, String?)]
    ) {
        for index in result.missedGold {
            let (label, evidence, _) = gold[index]
            discrepancies.append(Discrepancy(side: .missed, doc: doc, label: label, evidence: evidence))
        }
        for index in result.unmatchedPredicted {
            let (label, evidence, rule) = predicted[index]
            discrepancies.append(
                Discrepancy(side: .falsePositive, doc: doc, label: label, evidence: evidence, rule: rule))
        }
    }
}
