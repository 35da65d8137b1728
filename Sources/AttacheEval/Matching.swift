import AttacheCore

/// How actor codes compare in scoring: country codes and the organisation codes spec/records.md
/// lists as themselves, every other organisation code as `IGO`.
public struct ScoredCodes: Sendable {
    public static let organisations: Set<String> = [
        "NATO", "EU", "UN", "UNSC", "OSCE", "IMF", "WB", "WTO", "OAS", "EAPC", "MFO", "CMF", "OHR", "WEF", "ISIL",
        "TALIBAN", "IGO",
    ]

    /// The codes that name states; nil takes any three capital letters for one.
    public var countryCodes: Set<String>?

    public init(countryCodes: Set<String>? = nil) { self.countryCodes = countryCodes }

    /// The root an actor code is scored by: its root, with unlisted organisations as `IGO`.
    public func root(_ code: String) -> String {
        let root = ActorCode(parsing: code)?.root ?? code
        if Self.organisations.contains(root) { return root }
        let isCountry =
            countryCodes?.contains(root) ?? (root.count == 3 && root.allSatisfy { $0.isASCII && $0.isUppercase })
        return isCountry ? root : "IGO"
    }

    public func roots(_ codes: [String]) -> Set<String> { Set(codes.map(root)) }
}

struct MatchResult<Category: Hashable> {
    var total = Score()
    var byType: [Category: Score] = [:]
    var missedGold: [Int] = []
    var unmatchedPredicted: [Int] = []
}

/// A record as scoring sees it: a key to match on, the category it is scored under, and whether
/// the gold annotators marked it debatable.
struct Scored<Category: Hashable> {
    var key: String
    var category: Category
    var uncertain: Bool
}

/// Greedy one-to-one matching: each predicted record takes the first unused gold record with its
/// key (a certain one before an uncertain one, so an uncertain gold record does not absorb a match
/// it need not); `agree` adds a condition (the date). Uncertain gold records count when found and
/// are not missed when absent.
func greedyMatch<Category: Hashable>(
    gold: [Scored<Category>], predicted: [Scored<Category>], agree: (Int, Int) -> Bool = { _, _ in true }
) -> MatchResult<Category> {
    var result = MatchResult<Category>()
    var used = Array(repeating: false, count: gold.count)
    for (index, record) in predicted.enumerated() {
        let candidates = gold.indices.filter { !used[$0] && gold[$0].key == record.key && agree($0, index) }
        if let match = candidates.first(where: { !gold[$0].uncertain }) ?? candidates.first {
            used[match] = true
            result.total.truePositives += 1
            result.byType[record.category, default: Score()].truePositives += 1
        } else {
            result.total.falsePositives += 1
            result.byType[record.category, default: Score()].falsePositives += 1
            result.unmatchedPredicted.append(index)
        }
    }
    for index in gold.indices where !used[index] && !gold[index].uncertain {
        result.total.falseNegatives += 1
        result.byType[gold[index].category, default: Score()].falseNegatives += 1
        result.missedGold.append(index)
    }
    return result
}

/// Events match when type and the sets of source and target roots are equal (and, for the dated
/// figure, the date agrees at the gold precision).
struct EventMatcher {
    let codes: ScoredCodes

    func key(_ event: EventRecord) -> String {
        "\(event.type.rawValue) \(codes.roots(event.source).sorted())>\(codes.roots(event.target).sorted())"
    }

    static func datesAgree(gold: PartialDate?, predicted: PartialDate?) -> Bool {
        guard let gold else { return predicted == nil }
        guard let predicted else { return false }
        return predicted.agrees(atPrecisionOf: gold)
    }

    func match(gold: [EventRecord], predicted: [EventRecord], requireDate: Bool) -> MatchResult<EventType> {
        let scored = { (event: EventRecord) in
            Scored(key: key(event), category: event.type, uncertain: event.uncertain == true)
        }
        return greedyMatch(gold: gold.map(scored), predicted: predicted.map(scored)) { goldIndex, predictedIndex in
            !requireDate || Self.datesAgree(gold: gold[goldIndex].date, predicted: predicted[predictedIndex].date)
        }
    }

    static func label(_ event: EventRecord) -> String {
        let date = event.date.map { " @\($0)" } ?? ""
        let flags = (event.hypothetical ? " hyp" : "") + (event.negated ? " neg" : "")
        return
            "\(event.type.rawValue) \(event.source.joined(separator: ","))>\(event.target.joined(separator: ","))\(date)\(flags)"
    }
}

/// Relations match when kind and the identifying fields agree: subject and object for a
/// membership, the parties for an agreement or diplomatic tie, subject and location for a
/// deployment, donor, recipient and sector for aid.
struct RelationMatcher {
    let codes: ScoredCodes

    func key(_ relation: RelationRecord) -> String {
        let root = { (code: String?) in code.map(codes.root) ?? "-" }
        switch relation.kind {
        case .membership: return "membership \(root(relation.subject)) \(root(relation.object))"
        case .agreement, .diplomatic:
            return "\(relation.kind.rawValue) \(codes.roots(relation.parties ?? []).sorted())"
        case .deployment:
            let location =
                relation.location.map { $0.count == 3 && $0 == $0.uppercased() ? $0 : $0.lowercased() } ?? "-"
            return "deployment \(root(relation.subject)) \(location)"
        case .aid: return "aid \(root(relation.donor)) \(root(relation.recipient)) \(relation.sector ?? "-")"
        }
    }

    func match(gold: [RelationRecord], predicted: [RelationRecord]) -> MatchResult<RelationKind> {
        let scored = { (relation: RelationRecord) in
            Scored(key: key(relation), category: relation.kind, uncertain: relation.uncertain == true)
        }
        return greedyMatch(gold: gold.map(scored), predicted: predicted.map(scored))
    }

    func label(_ relation: RelationRecord) -> String { key(relation) + (relation.status.map { " (\($0))" } ?? "") }
}
