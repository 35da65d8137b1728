import AttacheCore

/// The acts the coding conventions date to the document's own date when the text gives them none:
/// the headline's act; a statement's own verbal acts (condemnation, demands, threats, praise) told
/// in the simple past or present ("urged", "condemns"); and a material act in the present perfect
/// ("have swapped", "has recalled"), the lead act of a same-day report. Ongoing states stay
/// undated: support in the present or the perfect ("supports", "has backed"), any verbal act in
/// the perfect ("have criticised"), and habits ("has regularly sent").
extension EventCoder {
    /// The SUPPORT mode of backing that holds over time ("supports", "backs"), not said once.
    static let standingSupportMode = "endorse"

    func publicationDate(of trigger: TriggerMatch, pattern: EventPattern, in sentence: SentenceView) -> PartialDate? {
        // A noun names an act the text dates elsewhere, if at all ("condemned Eritrea's aggression"),
        // unless a verb does it ("has decided to take countermeasures"): then the verb's tense tells.
        guard let published = sentence.document.document.published,
            !sentence.hasPossessive(before: trigger.tokens.lowerBound)
        else { return nil }
        var start = trigger.tokens.lowerBound
        if isNominal(trigger, pattern: pattern, in: sentence) {
            guard let verb = sentence.verb(taking: start) else { return nil }
            start = verb
        }
        // "has decided to suspend": an act decided is dated by the verb of deciding.
        if start - 2 >= sentence.tokens.lowerBound, sentence.key(start - 1) == ClauseWords.to {
            start -= 2
        }
        if sentence.isHabitual(start) { return nil }
        // "Earlier, Thailand accused Cambodia": an act told as before the report's own.
        let clause = sentence.outerClauseStart(before: start)..<start
        if clause.contains(where: { ClauseWords.pastMarkers.contains(sentence.key($0)) }) { return nil }
        if sentence.number == 0 { return published }
        let classes = sentence.classes(start)
        let isPerfect = sentence.isPresentPerfect(start)
        if Self.performativeTypes.contains(pattern.type) {
            let isPast = classes.contains(.pastForm) && !isPerfect && !sentence.isPassive(start)
            // "Qatar appreciates", "we welcome": said now; "Chile supports Peru": a standing state.
            let isStandingSupport = pattern.type == .support && pattern.mode == Self.standingSupportMode
            // ("We welcome", "the two states call upon": a plural subject's present is the base form.)
            let isPresent =
                (classes.contains(.sForm) && classes.contains(.verb)
                    || (sentence.isBaseVerb(start) && start > sentence.tokens.lowerBound
                        && !classes.contains(.noun) && sentence.key(start - 1) != ClauseWords.to))
                && !isStandingSupport
            return isPast || isPresent ? published : nil
        }
        // The lead act of a same-day report: in the perfect and in the first lines; further on, a
        // perfect tells the background ("police have arrested several people").
        return isPerfect && sentence.number < Self.leadSentences ? published : nil
    }
}
