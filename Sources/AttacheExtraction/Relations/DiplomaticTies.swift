import AttacheCore

extension RelationReader {
    /// "diplomatic relations were established in 1922 and reestablished in 1991", "the two
    /// countries entered into diplomatic relations in 1993", "X severed ties with Y", "X opened
    /// its first embassy in Y".
    mutating func readDiplomaticTies() {
        readEmbassyOpenings()
        guard let relations = first(RelationWords.relationsNouns, in: sentence.tokens) else { return }
        let isDiplomatic = relations > sentence.tokens.lowerBound && word(relations - 1).lowercased() == "diplomatic"
        let statusWords = sentence.tokens.filter { index in
            RelationWords.diplomaticStatus[key(index)] != nil && abs(index - relations) <= 8
        }
        // "have had diplomatic relations since 1995": ties established then.
        if isDiplomatic, statusWords.isEmpty,
            let since = sentence.times.first(where: { $0.relation == .since && $0.tokens.lowerBound > relations }),
            case let parties = self.parties(), parties.count == 2
        {
            var relation = RelationRecord(
                kind: .diplomatic, evidence: evidence((relations - 1)..<since.tokens.upperBound))
            relation.parties = parties
            relation.status = "established"
            relation.since = since.date
            relation.rule = "diplomatic:since"
            found.append(relation)
        }
        guard isDiplomatic || !statusWords.isEmpty, !statusWords.isEmpty else { return }
        let sentenceParties = self.parties()
        for index in statusWords {
            // "opened" belongs to embassies, read separately.
            if RelationWords.openedWords.contains(key(index)) { continue }
            // "Honduras established relations with China and cut ties with Taiwan": each status
            // with its own partner after "with"; else the two states the sentence is about.
            let parties = partners(of: index) ?? sentenceParties
            guard parties.count == 2 else { continue }
            let status = RelationWords.diplomaticStatus[key(index)]!
            guard isDiplomatic || status == "severed" else { continue }
            var relation = RelationRecord(
                kind: .diplomatic, evidence: evidence(min(index, relations - 1)..<max(index, relations) + 1))
            relation.parties = parties
            relation.status = status
            relation.since =
                date(after: index, within: 6)
                ?? sentence.framingTime(ofClauseAt: sentence.outerClauseStart(before: index), before: index)?.date
            relation.rule = "diplomatic:\(word(index).lowercased())"
            found.append(relation)
        }
    }

    /// The subject of a status verb and the state after the "with" that follows it.
    func partners(of index: Int) -> [String]? {
        let end = min(sentence.tokens.upperBound, index + 6)
        guard let with = first(RelationWords.with, in: (index + 1)..<end),
            let partner = sentence.groups.first(where: {
                $0.tokens.lowerBound > with && $0.tokens.lowerBound <= with + 3
            }),
            let subject = sentence.subject(before: index, accepting: isStateGroup),
            let first = subject.roots.first, let second = partner.roots.first, first != second
        else { return nil }
        return [first, second]
    }

    /// The two states a sentence about ties is about: "the two countries" if named, else the
    /// first two states it mentions.
    func parties() -> [String] {
        let states = sentence.mentions.filter { isState($0) && !$0.isModifier }
        if let pair = states.first(where: { $0.rule == "coreference:the-two" }) {
            return roots(states.filter { $0.tokens == pair.tokens })
        }
        return Array(roots(states).prefix(2))
    }

    mutating func readEmbassyOpenings() {
        for index in sentence.tokens where RelationWords.embassy.contains(key(index)) {
            let window = max(sentence.tokens.lowerBound, index - 4)..<index
            let later = (index + 1)..<min(sentence.tokens.upperBound, index + RelationWords.embassyVerbReach)
            let subject: ActorGroup?
            let verb: Int
            if let before = first(RelationWords.openedWords, in: window) {
                // "X opened its first embassy in Y"
                (verb, subject) = (before, sentence.subject(before: before, accepting: isStateGroup))
            } else if let after = first(RelationWords.openedWords, in: later) {
                // "The U.S. embassy at Manama was opened in 1971": the embassy's owner opened it.
                let owner = sentence.groups.last { $0.tokens.contains(index) || $0.tokens.upperBound == index }
                (verb, subject) = (after, owner.flatMap { isStateGroup($0) ? $0 : nil } ?? possessor(before: index))
            } else {
                continue
            }
            guard let subject else { continue }
            let host =
                sentence.mentions.first {
                    isState($0) && $0.tokens.lowerBound > index && $0.tokens.lowerBound <= index + 3
                }
                .map(\.actor.root) ?? sentence.places.first { $0.tokens.lowerBound > index }?.country
            guard let host, let sender = subject.roots.first, host != sender else { continue }
            var relation = RelationRecord(
                kind: .diplomatic, evidence: evidence(subject.tokens.lowerBound..<(max(index, verb) + 1)))
            relation.parties = [sender, host]
            relation.status = "embassy-opened"
            relation.since = date(around: verb)
            relation.rule = "diplomatic:embassy"
            found.append(relation)
        }
    }
}
