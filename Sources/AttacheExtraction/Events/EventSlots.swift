import AttacheCore

/// Where an event's target is, and when a missing one is acceptable.
extension EventCoder {
    func isPlainPredicate(
        _ trigger: TriggerMatch, subject: ActorGroup?, pattern: EventPattern, in sentence: SentenceView
    ) -> Bool {
        // Support and aid are always for someone: without one named, the word meant something else
        // ("it helped", "to help replace fossil fuels"); an object the text leaves unnamed ("helped
        // them", "help the region") still makes aid.
        let end = trigger.tokens.upperBound
        let hasObject = end < sentence.tokens.upperBound && ClauseWords.objectOpenings.contains(sentence.key(end))
        guard !pattern.noun || isPastTense(trigger, in: sentence), pattern.type != .support,
            pattern.type != .aid || hasObject, let subject,
            subject.tokens.upperBound <= trigger.tokens.lowerBound,
            trigger.tokens.lowerBound - subject.tokens.upperBound <= 3
        else { return false }
        // "Canadians were invited": a passive's subject is acted on, not acting.
        let start = trigger.tokens.lowerBound
        let isPassive =
            start > sentence.tokens.lowerBound && ClauseWords.passiveAuxiliaries.contains(sentence.key(start - 1))
        return !sentence.word(start, endsWith: "ing") && !isPassive
    }

    /// Whether the trigger opens with a past-tense verb ("censored", "blocked access").
    func isPastTense(_ trigger: TriggerMatch, in sentence: SentenceView) -> Bool {
        let start = trigger.tokens.lowerBound
        return sentence.classes(start).contains(.pastForm) || sentence.word(start, endsWith: "ed")
    }

    /// "demanded that Germany return ...", "lamented that Russia gave ...": the addressee of a
    /// request or the object of a complaint may follow "that".
    func objectStart(_ pattern: EventPattern, _ trigger: TriggerMatch, _ sentence: SentenceView) -> Int {
        let end = trigger.tokens.upperBound
        guard pattern.type == .request || pattern.type == .accuse, end < sentence.tokens.upperBound,
            sentence.key(end) == ClauseWords.that
        else { return end }
        return end + 1
    }

    /// The target where the pattern says, never the group already taken as the source ("a visit by
    /// Chile's president to Peru").
    func findTarget(
        _ pattern: EventPattern, _ trigger: TriggerMatch, _ sentence: SentenceView, limit: Int,
        excluding source: ActorGroup? = nil
    ) -> ActorGroup? {
        var candidates: [ActorGroup] = []
        for slot in pattern.targets {
            switch slot {
            case .direct:
                // An actor inside a gap trigger ("expelled 20 Russian diplomats") is its object too.
                // (A possessive pronoun in the gap, "reaffirms its support", is the subject's own.)
                if let inside = sentence.groups(startingIn: (trigger.tokens.lowerBound + 1)..<trigger.tokens.upperBound)
                    .first(where: {
                        $0.tokens.upperBound <= trigger.tokens.upperBound
                            && !$0.members.allSatisfy { $0.rule == "pronoun" || $0.rule == "author-voice" }
                    })
                {
                    candidates.append(inside)
                } else if let group = sentence.directObject(
                    after: objectStart(pattern, trigger, sentence), limit: limit)
                {
                    candidates.append(group)
                }
            case .preposition(let key):
                // The trigger may end with its own preposition ("support for").
                if let group = sentence.prepositionalObject(key, after: trigger.tokens.upperBound - 1, limit: limit) {
                    candidates.append(group)
                }
            case .none: continue
            }
        }
        return candidates.filter { $0.tokens != source?.tokens }.min { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

}
