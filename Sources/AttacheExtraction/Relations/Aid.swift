import AttacheCore

extension RelationReader {
    /// "X has been providing military and humanitarian assistance to Y" (one relation per sector),
    /// "U.S. Government assistance aims to help Albania", "our largest cyber security assistance
    /// efforts, amounting to over $50 million in support of strengthening Albania's cyber defenses".
    mutating func readAid() {
        for index in sentence.tokens where RelationWords.aidNouns.contains(key(index)) {
            guard word(index).lowercased() != "support" || isAidSupport(index) else { continue }
            let modifiers = max(sentence.tokens.lowerBound, index - 5)..<index
            let verb = first(RelationWords.aidVerbs, in: modifiers)
            let donorGroup: ActorGroup?
            if let verb {
                donorGroup = sentence.subject(before: verb, accepting: isStateGroup)
            } else {
                donorGroup =
                    possessor(before: index, within: 4)
                    ?? sentence.groups.last { $0.tokens.upperBound <= index && $0.tokens.upperBound >= index - 4 }
            }
            guard let donor = donorGroup?.members.first(where: isState)?.actor.root else { continue }
            let end = min(sentence.clauseEnd(after: index), index + 18)
            guard
                let recipient = sentence.groups.first(where: {
                    $0.tokens.lowerBound > index && $0.tokens.lowerBound < end
                        && $0.members.contains(where: isRecipient)
                        && !$0.roots.contains(donor) && !isOpposed($0)
                })?.members.first(where: isRecipient)?.actor.root
            else { continue }
            var sectors = modifiers.compactMap { RelationWords.aidSectors[key($0)] }
            if let own = RelationWords.aidSectors[key(index)] { sectors.append(own) }
            if sectors.isEmpty { sectors = ["development"] }
            let amount = sentence.quantities.first {
                $0.kind == .money && $0.tokens.lowerBound > index - 6 && $0.tokens.lowerBound < end
            }
            for sector in Set(sectors).sorted() {
                var relation = RelationRecord(
                    kind: .aid, evidence: evidence((donorGroup?.tokens.lowerBound ?? index)..<(index + 1)))
                relation.donor = donor
                relation.recipient = recipient
                relation.sector = sector
                relation.quantity = amount?.quantity
                relation.since = sentence.times.first { $0.relation == .since && $0.tokens.lowerBound > index }?.date
                relation.rule = "aid:\(word(index).lowercased())"
                found.append(relation)
            }
        }
    }

    /// An actor after "against", "between", "from", "with" or "by" is no recipient of aid.
    func isOpposed(_ group: ActorGroup) -> Bool {
        var before = group.tokens.lowerBound - 1
        if before > sentence.tokens.lowerBound, word(before).lowercased() == "the" { before -= 1 }
        guard before >= sentence.tokens.lowerBound else { return false }
        return ["against", "between", "from", "with", "by"].contains(word(before).lowercased())
    }

    /// "support" is aid only as material support: "military support", "financial support".
    func isAidSupport(_ index: Int) -> Bool {
        index > sentence.tokens.lowerBound && RelationWords.aidSectors[key(index - 1)] != nil
    }
}
