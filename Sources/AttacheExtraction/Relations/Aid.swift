import AttacheCore

extension RelationReader {
    /// "X has been providing military and humanitarian assistance to Y" (one relation per sector),
    /// "U.S. Government assistance aims to help Albania", "our largest cyber security assistance
    /// efforts, amounting to over $50 million in support of strengthening Albania's cyber defenses".
    mutating func readAid() {
        for index in sentence.tokens where RelationWords.aidNouns.contains(key(index)) {
            guard key(index) != RelationWords.support || isAidSupport(index) else { continue }
            // "the International Security Assistance Force": a word of a name gives nothing.
            if isInsideName(index) { continue }
            // "to help replace imports", "exchanged prisoners with (the) help": a purpose or a means, not aid given.
            if key(index) == RelationWords.help, index > sentence.tokens.lowerBound,
                RelationWords.helpNotGiven.contains(key(index - 1))
                    || (index - 1 > sentence.tokens.lowerBound && ClauseWords.articles.contains(key(index - 1))
                        && RelationWords.helpNotGiven.contains(key(index - 2)))
            {
                continue
            }
            // "trained alongside Australian troops", "training together": joint, not given.
            if index + 1 < sentence.tokens.upperBound, RelationWords.jointly.contains(key(index + 1)) { continue }
            let modifiers = max(sentence.tokens.lowerBound, index - 7)..<index
            // "paused military aid", "suspended development aid": aid stopped is no standing aid.
            if first(RelationWords.aidStopped, in: modifiers) != nil { continue }
            let verb = first(RelationWords.aidVerbs, in: modifiers)
            // "sought refuge in Germany", "asked for assistance": aid asked for is no aid given.
            if let sought = first(RelationWords.aidSought, in: modifiers), sought > (verb ?? -1) { continue }
            // The giver: the subject of a giving verb, else the owner right before the noun ("U.S.
            // Government assistance", "Albania's assistance"), else the clause's first actor.
            let donorGroup: ActorGroup?
            if let verb {
                donorGroup = sentence.subject(before: verb)
            } else {
                donorGroup =
                    possessor(before: index, within: 4)
                    ?? sentence.groups.last { $0.tokens.upperBound <= index && $0.tokens.upperBound >= index - 2 }
                    ?? sentence.subject(before: index)
            }
            guard let donorGroup, let donor = donorGroup.members.first?.actor.root else { continue }
            let end = min(sentence.clauseEnd(after: index), index + 18)
            // The receiver: after the noun ("assistance to Ukraine"), else between the giver and the
            // noun ("gives Egypt 1.3 billion dollars in military aid").
            let recipientGroup =
                sentence.groups.first {
                    $0.tokens.lowerBound > index && $0.tokens.lowerBound < end && canReceive($0, from: donor)
                }
                ?? sentence.groups.first {
                    $0.tokens.lowerBound >= donorGroup.tokens.upperBound && $0.tokens.upperBound <= index
                        && canReceive($0, from: donor)
                }
            // "aid to Syria and Turkey": one relation per recipient.
            let recipients = roots(recipientGroup?.members.filter(isRecipient) ?? []).filter { $0 != donor }
            guard !recipients.isEmpty else { continue }
            var sectors = modifiers.compactMap { RelationWords.aidSectors[key($0)] }
            if let own = RelationWords.aidSectors[key(index)] { sectors.append(own) }
            if sectors.isEmpty { sectors = ["development"] }
            let amount = sentence.quantities.first {
                $0.kind == .money && $0.tokens.lowerBound > index - 6 && $0.tokens.lowerBound < end
            }
            for sector in Set(sectors).sorted() {
                for recipient in recipients {
                    var relation = RelationRecord(
                        kind: .aid, evidence: evidence(min(donorGroup.tokens.lowerBound, index)..<(index + 1)))
                    relation.donor = donor
                    relation.recipient = recipient
                    relation.sector = sector
                    relation.quantity = amount?.quantity
                    relation.since =
                        sentence.times.first { $0.relation == .since && $0.tokens.lowerBound > index }?.date
                    relation.rule = "aid:\(word(index).lowercased())"
                    if relation.since == nil, let verb, word(verb).hasSuffix("ed") {
                        relation.since = date(around: index)
                    }
                    found.append(relation)
                }
            }
        }
    }

    func canReceive(_ group: ActorGroup, from donor: String) -> Bool {
        group.members.contains(where: isRecipient) && !group.roots.contains(donor) && !isOpposed(group)
    }

    /// An actor after "against", "between", "from", "with" or "by" is no recipient of aid.
    func isOpposed(_ group: ActorGroup) -> Bool {
        var before = group.tokens.lowerBound - 1
        if before > sentence.tokens.lowerBound, ClauseWords.determiners.contains(key(before)) { before -= 1 }
        guard before >= sentence.tokens.lowerBound else { return false }
        return RelationWords.notReceiving.contains(key(before))
    }

    /// Whether the token is a word of an actor's name ("International Security Assistance Force").
    func isInsideName(_ index: Int) -> Bool {
        let nearby = max(sentence.tokens.lowerBound, index - RelationWords.longestName)..<(index + 1)
        return sentence.groups(startingIn: nearby).contains { $0.tokens.contains(index) }
    }

    /// "support" is aid only as material support: "military support", "financial support".
    func isAidSupport(_ index: Int) -> Bool {
        index > sentence.tokens.lowerBound && RelationWords.aidSectors[key(index - 1)] != nil
    }
}
