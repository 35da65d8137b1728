import AttacheCore

/// Greedy one-to-one matching in score.py's order: each gold record in turn takes the first
/// predicted record, in output order, that no earlier gold record took and that `accepts` allows.
///
/// The order matters: an uncertain gold record that comes first takes a prediction a later
/// certain one could have had, and the certain one is then missed.
struct Pairing {
    /// For each gold record, the index of the predicted record it matched.
    var partnerOfGold: [Int?]
    /// For each predicted record, the index of the gold record it matched.
    var partnerOfPredicted: [Int?]

    init(gold: Int, predicted: Int, accepts: (Int, Int) -> Bool) {
        partnerOfGold = Array(repeating: nil, count: gold)
        partnerOfPredicted = Array(repeating: nil, count: predicted)
        for goldIndex in 0..<gold {
            if let found = (0..<predicted).first(where: { partnerOfPredicted[$0] == nil && accepts(goldIndex, $0) }) {
                partnerOfGold[goldIndex] = found
                partnerOfPredicted[found] = goldIndex
            }
        }
    }

    /// Gold records left without a partner.
    var unmatchedGold: [Int] { partnerOfGold.indices.filter { partnerOfGold[$0] == nil } }
    /// Predicted records left without a partner: the false positives.
    var unmatchedPredicted: [Int] { partnerOfPredicted.indices.filter { partnerOfPredicted[$0] == nil } }

    /// True positives, false positives, and the certain gold records missed (an uncertain one
    /// missed is not counted).
    func score(uncertain: (Int) -> Bool) -> Score {
        var score = Score()
        score.truePositives = partnerOfGold.count { $0 != nil }
        score.falsePositives = partnerOfPredicted.count { $0 == nil }
        score.falseNegatives = unmatchedGold.count { !uncertain($0) }
        return score
    }
}

/// What an event is matched on: its type (nil when only the parties count) and the roots of its
/// two sides, or, for unordered parties, every root in `source` and none in `target`.
struct EventKey: Hashable {
    var type: EventType?
    var source: Set<String>
    var target: Set<String>

    var parties: EventKey { EventKey(type: nil, source: source, target: target) }
}

/// The rules one evaluation scores by.
struct ScoringRules {
    var codes: ScoredCodes
    /// Compare the parties of an event as one set (score.py's `--undirected`).
    var undirected: Bool
    /// A match also needs overlapping evidence (score.py's `--evidence`).
    var evidence: Bool

    func key(_ event: EventRecord) -> EventKey {
        let source = codes.roots(event.source)
        let target = codes.roots(event.target)
        if undirected { return EventKey(type: event.type, source: source.union(target), target: []) }
        return EventKey(type: event.type, source: source, target: target)
    }

    /// A gold date is matched at its precision (a finer predicted date within it agrees); a gold
    /// event without a date agrees only with a predicted event without one.
    static func datesAgree(gold: PartialDate?, predicted: PartialDate?) -> Bool {
        guard let gold else { return predicted == nil }
        guard let predicted else { return false }
        return predicted.agrees(atPrecisionOf: gold)
    }

    /// What a relation is matched on: its kind and identifying fields (subject and object for a
    /// membership, the set of parties for an agreement or diplomatic tie, subject and location,
    /// upper-cased, for a deployment, donor, recipient and sector, lower-cased, for aid).
    func key(_ relation: RelationRecord) -> RelationKey {
        let root = { (code: String?) in code.map(codes.root) }
        switch relation.kind {
        case .membership: return .membership(subject: root(relation.subject), object: root(relation.object))
        case .agreement, .diplomatic: return .parties(relation.kind, codes.roots(relation.parties ?? []))
        case .deployment:
            return .deployment(subject: root(relation.subject), location: (relation.location ?? "").uppercased())
        case .aid:
            return .aid(
                donor: root(relation.donor), recipient: root(relation.recipient),
                sector: (relation.sector ?? "").lowercased())
        }
    }
}

enum RelationKey: Hashable, CustomStringConvertible {
    case membership(subject: String?, object: String?)
    case parties(RelationKind, Set<String>)
    case deployment(subject: String?, location: String)
    case aid(donor: String?, recipient: String?, sector: String)

    var description: String {
        let show = { (code: String?) in code ?? "-" }
        switch self {
        case .membership(let subject, let object): return "membership \(show(subject)) \(show(object))"
        case .parties(let kind, let parties): return "\(kind.rawValue) \(parties.sorted().joined(separator: ","))"
        case .deployment(let subject, let location): return "deployment \(show(subject)) \(location)"
        case .aid(let donor, let recipient, let sector): return "aid \(show(donor)) \(show(recipient)) \(sector)"
        }
    }
}

extension EventRecord {
    /// The event as the details list shows it: type, parties as written, date and modality.
    var label: String {
        let date = date.map { " @\($0)" } ?? ""
        let flags = (hypothetical ? " hyp" : "") + (negated ? " neg" : "")
        return "\(type.rawValue) \(source.joined(separator: ","))>\(target.joined(separator: ","))\(date)\(flags)"
    }
}
