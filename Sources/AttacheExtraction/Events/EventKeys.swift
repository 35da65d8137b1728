import AttacheCore

/// What two events must share to be the same act, as values the event coder deduplicates by.
struct EventActors: Hashable {
    var type: EventType
    /// Each side's roots before any sector ("USA-GOV" is "USA"), sorted, each once.
    var sources: [Substring]
    var targets: [Substring]

    init(_ event: EventRecord) {
        func roots(_ codes: [String]) -> [Substring] {
            var roots = codes.map { $0.prefix { $0 != "-" } }
            roots.sort()
            return roots.enumerated().filter { $0.offset == 0 || roots[$0.offset - 1] != $0.element }.map(\.element)
        }
        type = event.type
        sources = roots(event.source)
        targets = roots(event.target)
    }
}

extension EventActors {
    /// The same act told from the other side ("Japan's prime minister met President Yoon" and
    /// "... met visiting President Yoon" both read in one sentence).
    var reversed: EventActors {
        var other = self
        (other.sources, other.targets) = (targets, sources)
        return other
    }
}

/// One statement of an act: a relation read twice in the same words codes it once.
struct EvidenceKey: Hashable {
    var actors: EventActors
    var evidence: String
}

/// The events a relation stands for, which a trigger must not code again: those of its sentence
/// (by actors, for the types the relation's words read as), and each agreement wherever it is
/// restated.
enum StandingKey: Hashable {
    case sentence(Int, EventActors)
    case agreement(EventActors)
}

/// A set of event types as bits, asked for every token a relation covers.
struct EventTypes: Equatable {
    private var bits: UInt32 = 0

    init(_ types: [EventType] = []) {
        for type in types { bits |= Self.bit(type) }
    }

    func contains(_ type: EventType) -> Bool { bits & Self.bit(type) != 0 }
    mutating func formUnion(_ other: EventTypes) { bits |= other.bits }

    static func bit(_ type: EventType) -> UInt32 {
        switch type {
        case .agree: 1 << 0
        case .consult: 1 << 1
        case .support: 1 << 2
        case .concede: 1 << 3
        case .cooperate: 1 << 4
        case .aid: 1 << 5
        case .retreat: 1 << 6
        case .request: 1 << 7
        case .accuse: 1 << 8
        case .reject: 1 << 9
        case .threaten: 1 << 10
        case .protest: 1 << 11
        case .sanction: 1 << 12
        case .mobilize: 1 << 13
        case .coerce: 1 << 14
        case .assault: 1 << 15
        }
    }
}

/// A restatement's wording: the same pattern, actors and date.
struct WordingKey: Hashable {
    var rule: String?
    var source: [String]
    var target: [String]
    var date: PartialDate?

    init(_ event: EventRecord) {
        rule = event.rule
        source = event.source
        target = event.target
        date = event.date
    }
}

/// What an armed assault shares with its restatements (`EventCoder.restates`).
struct RestatementKey: Hashable {
    var actors: EventActors
    var negated: Bool
    var hypothetical: Bool

    /// Nil for every type but assault: words of support or cooperation differ by topic.
    init?(_ event: EventRecord) {
        guard event.type == .assault else { return nil }
        actors = EventActors(event)
        negated = event.negated
        hypothetical = event.hypothetical
    }
}
