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

/// One statement of an act: a relation read twice in the same words codes it once.
struct EvidenceKey: Hashable {
    var actors: EventActors
    var evidence: String
}

/// The events a relation stands for, which a trigger must not code again: those of its sentence
/// (by actors and each type the relation's words read as), and each agreement wherever it is
/// restated.
enum StandingKey: Hashable {
    case sentence(Int, EventActors, EventType)
    case agreement(EventActors)
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
