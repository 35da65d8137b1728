import AttacheCore

extension RelationReader {
    /// "X and Y signed a 10-year security cooperation agreement", "X signed a treaty with Y",
    /// "X and Y have signed a number of arrangements, including a treaty ...; the ... Charter ...":
    /// one agreement per instrument named after a signing verb.
    mutating func readAgreements() {
        guard let verb = first(RelationWords.agreementVerbs, in: sentence.tokens) ?? possessionOfAnAgreement(),
            let subject = sentence.subject(before: verb)
        else { return }
        // Organisations sign too ("Chile and the European Union signed").
        var parties = roots(subject.members)
        let with = first(RelationWords.with, in: (verb + 1)..<sentence.tokens.upperBound)
        if let with,
            let partner = sentence.groups.first(where: {
                $0.tokens.lowerBound > with && $0.tokens.lowerBound <= with + 3
            })
        {
            parties += roots(partner.members).filter { !parties.contains($0) }
        }
        guard parties.count >= 2 else { return }
        let signed = date(around: verb)
        for index in (verb + 1)..<sentence.tokens.upperBound {
            guard let category = RelationWords.agreementNouns[key(index)] else { continue }
            // A plural head introducing a list ("arrangements, including ...") is not an instrument.
            if word(index).hasSuffix("s"), index + 2 < sentence.tokens.upperBound,
                key(index + 2) == RelationWords.including
            {
                continue
            }
            let name = nameTokens(endingAt: index)
            var relation = RelationRecord(kind: .agreement, evidence: evidence(subject.tokens.lowerBound..<(index + 1)))
            relation.parties = parties
            relation.name = evidence(name)
            relation.category = category
            relation.signed = signed
            relation.duration =
                sentence.quantities.first { $0.kind == .duration && name.contains($0.tokens.lowerBound) }?.quantity
            relation.rule =
                RelationWords.have.contains(key(verb)) ? Self.possessionRule : "agreement:\(word(verb).lowercased())"
            found.append(relation)
        }
    }

    /// The rule of an agreement stated as held ("have a treaty"), which no signing event stands for.
    static let possessionRule = "agreement:have"

    /// "X and Y have a bilateral investment treaty", "X has a free trade agreement with Y": "have"
    /// and an article, then an agreement noun within a few words.
    func possessionOfAnAgreement() -> Int? {
        guard
            let have = sentence.tokens.first(where: {
                RelationWords.have.contains(key($0)) && $0 + 1 < sentence.tokens.upperBound
                    && ClauseWords.indefiniteArticles.contains(key($0 + 1))
            })
        else { return nil }
        let window = (have + 2)..<min(sentence.tokens.upperBound, have + 2 + RelationWords.agreementNameReach)
        return window.contains { RelationWords.agreementNouns[key($0)] != nil } ? have : nil
    }

    /// The noun phrase naming an instrument: back from its head noun to a determiner, comma or verb,
    /// then on through "on|of|for ..." up to the next comma or semicolon.
    func nameTokens(endingAt head: Int) -> Range<Int> {
        var start = head
        while start - 1 >= sentence.tokens.lowerBound, head - start < 6 {
            let previous = start - 1
            let text = word(previous).lowercased()
            if ["a", "an", "the", "its", "their", "our", ",", ";", "including"].contains(text)
                || RelationWords.agreementVerbs.contains(key(previous))
            {
                break
            }
            start = previous
        }
        var end = head + 1
        if end < sentence.tokens.upperBound, ["on", "of", "for"].contains(word(end).lowercased()) {
            while end < sentence.tokens.upperBound, end - head < 16, ![",", ";"].contains(word(end)) { end += 1 }
        }
        return start..<end
    }
}
