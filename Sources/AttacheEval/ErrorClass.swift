import AttacheCore

/// Why a gold event was missed or a predicted event found no gold partner, judged from the
/// events on the other side that sit near it (overlapping evidence or the same sentence).
///
/// A miss or false positive takes the first class in declaration order that any near event
/// gives it: the closest explanation wins. Without a near event a miss is `noTrigger` and a false
/// positive `spurious`; a false positive that has the type and parties of a gold event already
/// matched is a `duplicate` wherever it sits.
public enum ErrorClass: String, CaseIterable, Sendable, Comparable {
    /// Gold: no predicted event of any type sits near it.
    case noTrigger = "no-trigger"
    /// A near event has the same type and parties, but it went to another gold event of that type
    /// and parties (or, with `--evidence`, its evidence does not overlap).
    case elsewhere
    /// Same type, source and target swapped.
    case direction
    /// Same type and target roots; the source roots wrong or missing.
    case source
    /// Same type and source roots; the target roots wrong or missing.
    case target
    /// Same parties, another type.
    case wrongType = "wrong-type"
    /// Same type, parties wrong on both sides (or, with unordered parties, a different set).
    case parties
    /// Only events of another type with other parties sit near it.
    case otherEvent = "other-event"
    /// Predicted: it has the type and parties of a gold event another prediction already matched.
    case duplicate
    /// Predicted: no gold event sits near it.
    case spurious

    public static func < (lhs: ErrorClass, rhs: ErrorClass) -> Bool { lhs.order < rhs.order }

    var order: Int { Self.allCases.firstIndex(of: self)! }

    /// One line saying what the class means, for the report.
    public var meaning: String {
        switch self {
        case .noTrigger: return "no predicted event near the gold one"
        case .elsewhere: return "type and parties right, paired with another gold event"
        case .direction: return "type right, source and target swapped"
        case .source: return "type and target right, source wrong or missing"
        case .target: return "type and source right, target wrong or missing"
        case .wrongType: return "parties right, type wrong"
        case .parties: return "type right, parties wrong"
        case .otherEvent: return "near events differ in type and parties"
        case .duplicate: return "repeats a gold event already matched"
        case .spurious: return "no gold event near it"
        }
    }

    /// How a predicted event differs from a gold one near it.
    static func difference(gold: EventKey, predicted: EventKey, undirected: Bool) -> ErrorClass {
        let sameParties = gold.parties == predicted.parties
        guard gold.type == predicted.type else { return sameParties ? .wrongType : .otherEvent }
        if sameParties { return .elsewhere }
        if !undirected {
            if gold.source == predicted.target && gold.target == predicted.source { return .direction }
            if gold.target == predicted.target { return .source }
            if gold.source == predicted.source { return .target }
        }
        return .parties
    }
}

/// Misses and false positives counted by class.
public struct ErrorCounts: Sendable, Equatable {
    public var missed: [ErrorClass: Int] = [:]
    public var falsePositives: [ErrorClass: Int] = [:]

    public init() {}

    public static func += (lhs: inout ErrorCounts, rhs: ErrorCounts) {
        lhs.missed.merge(rhs.missed, uniquingKeysWith: +)
        lhs.falsePositives.merge(rhs.falsePositives, uniquingKeysWith: +)
    }
}
