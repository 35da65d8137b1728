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

extension SentenceView {
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
