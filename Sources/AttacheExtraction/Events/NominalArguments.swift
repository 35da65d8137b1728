import AttacheCore

/// The actors a noun trigger names itself, when no subject or possessor does: "talks between
/// Chile and Peru" (the pair), "mediation by Norway" (the agent), "the meeting of the Arab League
/// council" (an organisation's own meeting, with no target).
extension EventCoder {
    struct NominalActors {
        var source: ActorGroup
        /// An organisation meeting as itself: the conventions leave its target empty.
        var isOwnMeeting = false
        /// Both sides named together after "between".
        var isPair = false
        /// The agent after "by".
        var isAgent = false
    }

    /// Types whose noun names forces moving ("withdrawal", "deployment").
    static let movementTypes: Set<EventType> = [.retreat, .mobilize, .cooperate]

    /// How far after the noun its own "between", "by" or "of" may stand ("talks on trade between").
    static let nominalReach = 4

    func nominalActors(_ trigger: TriggerMatch, pattern: EventPattern, in sentence: SentenceView) -> NominalActors? {
        let end = trigger.tokens.upperBound
        guard isNominal(trigger, pattern: pattern, in: sentence) else { return nil }
        let limit = min(sentence.clauseEnd(after: end), end + Self.nominalReach)
        if let pair = sentence.prepositionalObject(ClauseWords.between, after: end, limit: limit),
            pair.members.count > 1
        {
            return NominalActors(source: pair, isPair: true)
        }
        if let agent = sentence.prepositionalObject(ClauseWords.by, after: end, limit: limit) {
            return NominalActors(source: agent, isAgent: true)
        }
        // "a request from the Solomon Islands government": whoever a request comes from made it.
        if pattern.type == .request, end < sentence.tokens.upperBound, sentence.key(end) == ClauseWords.from,
            let agent = sentence.prepositionalObject(ClauseWords.from, after: end, limit: limit)
        {
            return NominalActors(source: agent, isAgent: true)
        }
        // "the withdrawal of French troops from Mali": forces that move are the movement's source.
        // (They may stand inside the trigger: "withdrawal of ... troops".)
        if Self.movementTypes.contains(pattern.type) {
            let inside = sentence.groups(startingIn: (trigger.tokens.lowerBound + 1)..<end).first {
                $0.tokens.upperBound <= end
            }
            let after =
                end < sentence.tokens.upperBound && sentence.key(end) == ClauseWords.of
                ? sentence.prepositionalObject(ClauseWords.of, after: end, limit: limit) : nil
            if let forces = inside ?? after,
                forces.members.allSatisfy({ $0.actor.sector == "MIL" || $0.actor.sector == "POL" })
            {
                return NominalActors(source: forces)
            }
        }
        if pattern.type == .consult, end < sentence.tokens.upperBound, sentence.key(end) == ClauseWords.of,
            let owner = sentence.prepositionalObject(ClauseWords.of, after: end, limit: limit),
            owner.members.allSatisfy({ $0.kind == .organisation })
        {
            return NominalActors(source: owner, isOwnMeeting: true)
        }
        return nil
    }

    /// Whether the trigger is used as a noun: a word after an article ("the visit", "a meeting"), or
    /// a noun pattern not read as a verb (past, or right after its subject).
    func isNominal(_ trigger: TriggerMatch, pattern: EventPattern, in sentence: SentenceView) -> Bool {
        let start = trigger.tokens.lowerBound
        if start > sentence.tokens.lowerBound, ClauseWords.articles.contains(sentence.key(start - 1)) { return true }
        // "Latvia recalls its ambassador": a word that can be a verb, right after its subject, is one.
        let followsSubject = sentence.group(endingAt: start, where: { !$0.isAttributive }) != nil
        if followsSubject && sentence.classes(start).contains(.verb) { return false }
        // "decided to suspend the treaty": a base-form verb after "to" is an infinitive, and so is
        // one that continues it ("to withdraw forces and coordinate patrols").
        if start > sentence.tokens.lowerBound, sentence.key(start - 1) == ClauseWords.to,
            sentence.isBaseVerb(start)
        {
            return false
        }
        if sentence.infinitive(continuedAt: start) != nil { return false }
        // "The UN is investigating abuses": a progressive is a verb.
        if start > sentence.tokens.lowerBound, ClauseWords.passiveAuxiliaries.contains(sentence.key(start - 1)),
            sentence.word(start, endsWith: "ing")
        {
            return false
        }
        return pattern.noun && !isPastTense(trigger, in: sentence)
    }
}
