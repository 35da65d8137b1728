import AttacheCore

/// Demands told as reported speech: "Russia said Sudan must return the helicopter", "Britain
/// insisted Libya should hand over the suspects": the speaker asks the reported clause's subject.
extension EventCoder {
    func codeReported(_ trigger: TriggerMatch, pattern: EventPattern, in sentence: SentenceView) -> EventRecord? {
        let start = trigger.tokens.lowerBound
        guard let addressee = sentence.subject(before: start),
            let speech = sentence.speechVerb(before: addressee.tokens.lowerBound),
            let speaker = sentence.subject(before: speech)
        else { return nil }
        let speakerRoots = Set(speaker.roots)
        let targets = addressee.actors.filter { !speakerRoots.contains($0.root) }
        guard !targets.isEmpty else { return nil }
        let first = speaker.tokens.lowerBound
        let last = max(trigger.tokens.upperBound, addressee.tokens.upperBound)
        let document = sentence.document
        let time = sentence.time(near: speech..<(speech + 1))
        return EventRecord(
            type: pattern.type, mode: pattern.mode, source: speaker.actors.map(\.description),
            target: targets.map(\.description),
            date: time?.date ?? document.document.published, location: sentence.location(after: trigger.tokens),
            negated: false, hypothetical: pattern.hypothetical, quantity: nil,
            evidence: document.string(TextSpan(document.tokens[first].span.start, document.tokens[last - 1].span.end)),
            rule: pattern.rule)
    }
}

extension EventCoder {
    /// Whether a request's or a threat's words go on to name the act asked for or announced: a
    /// verb ("urged Chile to sign", "demanded the withdrawal of", "said Peru must pay", "threatened
    /// to launch") or a noun followed by "that" ("its demand that Peru pay"); not "a request by
    /// the UN to deploy", which its addressee may carry out.
    func namesContent(_ trigger: TriggerMatch, pattern: EventPattern, in sentence: SentenceView) -> Bool {
        let end = trigger.tokens.upperBound
        return !isNominal(trigger, pattern: pattern, in: sentence)
            || sentence.key(end - 1) == ClauseWords.that
            || (end < sentence.tokens.upperBound && sentence.key(end) == ClauseWords.that)
    }
}

extension SentenceView {
    /// Where the act a request or a threat names ends: at the end of its clause, at a verb of
    /// saying, at a clause of time or reason ("after Finnish leaders backed ..."; a condition, "if
    /// Finland joins", is part of a threat), or at a second finite predicate ("urged Peru to
    /// withdraw and imposed sanctions", "and said").
    func contentEnd(after index: Int) -> Int {
        let end = clauseEnd(after: index)
        for cursor in index..<end {
            if ClauseWords.speechVerbs.contains(key(cursor)) || ClauseWords.reportingParticiples.contains(key(cursor))
                || ClauseWords.circumstanceSubordinators.contains(key(cursor))
            {
                return cursor
            }
            if cursor > index, ClauseWords.predicateConjunctions.contains(key(cursor - 1)),
                classes(cursor).contains(.pastForm)
            {
                return cursor
            }
        }
        return end
    }

    /// Whether `index` stands in a clause opened by "which" or "who" ("the junta, which came to
    /// power in a coup, to free ..."): an aside on a noun, not what a request asks for.
    func isInRelativeAside(_ index: Int) -> Bool {
        let clause = clauseStart(before: index)
        return clause.relative && key(clause.start - 1) != ClauseWords.that
    }

    /// The nearest verb of saying before `index` in the sentence ("said", "insisted", "warned").
    func speechVerb(before index: Int) -> Int? {
        let first = max(tokens.lowerBound, index - ClauseWords.longestClause)
        return (first..<index).last {
            ClauseWords.speechVerbs.contains(key($0)) || ClauseWords.speechVerbs.contains(lemma($0))
        }
    }

    func lemma(_ index: Int) -> UInt64 {
        index < document.lemmaKeys.count ? document.lemmaKeys[index] : key(index)
    }
}
