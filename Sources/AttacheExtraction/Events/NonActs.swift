import AttacheCore

/// Trigger words that stand in a sentence without reporting an act of its subject.
extension EventCoder {
    func reportsNoAct(_ trigger: TriggerMatch, pattern: EventPattern, in sentence: SentenceView) -> Bool {
        let start = trigger.tokens.lowerBound
        // "the occupied West Bank", "a banned group", "the invited delegations": a participle after
        // an article describes a noun.
        if trigger.tokens.count == 1, sentence.isAttributiveParticiple(start) { return true }
        // "women imprisoned in Israel": the noun is acted on, by someone the clause does not name
        // (an attack so named is still coded, without its author).
        if pattern.type != .assault, sentence.isReducedRelative(start) { return true }
        // "a court ordered Japanese firms to compensate victims": the order's content.
        if sentence.isOrdered(infinitive: start) { return true }
        // "Syria targeted as well": a headline's passive, its auxiliary left out.
        return pattern.targets.contains(.direct) && sentence.isHeadlinePassive(trigger.tokens)
    }
}
