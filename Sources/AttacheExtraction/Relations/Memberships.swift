import AttacheCore

extension RelationReader {
    /// "X is a member of O", "X, a member of O", "X is a O member", "O Allies, X and Y", "X's
    /// membership in O", "X is a candidate for accession into O", "X is an observer to O",
    /// "X seeking O membership" (aspirant), "X and Y belong to ... including O1, O2, ..."
    mutating func readMemberships() {
        for index in sentence.tokens {
            if RelationWords.belong.contains(key(index)) { readBelonging(at: index) }
            if RelationWords.comprise.contains(key(index)) { readComposition(at: index) }
            if RelationWords.joinedWords.contains(key(index)) { readJoining(at: index, status: "member") }
            if RelationWords.joinWords.contains(key(index)), index > sentence.tokens.lowerBound,
                first(RelationWords.aspiration, in: max(sentence.tokens.lowerBound, index - 3)..<index) != nil
            {
                readJoining(at: index, status: "aspirant")
            }
            guard var status = RelationWords.membershipNouns[key(index)] else { continue }
            if let whole = organisationBeforeOfWhich(index) {
                readOfWhich(whole, index: index, status: status)
                continue
            }
            let organisations = organisations(around: index)
            guard !organisations.isEmpty else { continue }
            // "Serbia is not a member of NATO": a standing denied is none.
            if first(ClauseWords.negations, in: max(sentence.tokens.lowerBound, index - 4)..<index) != nil { continue }
            let window = max(sentence.tokens.lowerBound, index - 4)..<min(sentence.tokens.upperBound, index + 3)
            if status == "member" || status == "candidate", first(RelationWords.aspiration, in: window) != nil {
                status = "aspirant"
            }
            let members = members(of: index, status: status)
            let since = status == "member" || status == "candidate" ? date(around: index) : nil
            for member in members {
                for organisation in organisations where member != organisation.actor.root {
                    var relation = RelationRecord(
                        kind: .membership,
                        evidence: evidence(
                            min(index, organisation.tokens.lowerBound)..<max(index + 1, organisation.tokens.upperBound))
                    )
                    relation.subject = member
                    relation.object = organisation.actor.root
                    relation.status = status
                    relation.since = since
                    relation.notes = organisation.name
                    relation.rule = "membership:\(word(index).lowercased())"
                    found.append(relation)
                }
            }
        }
    }

    /// The organisations a membership noun names: right before it ("NATO member") or after a
    /// preposition that follows it ("member of NATO", "candidate for accession into the EU").
    func organisations(around index: Int) -> [ActorMention] {
        organisationsNamed(around: index).filter { !isNegated($0) }
    }

    /// "a Major Non-NATO Ally": an organisation after "non-" is one the state is not in.
    func isNegated(_ organisation: ActorMention) -> Bool {
        let start = organisation.tokens.lowerBound
        return start - 2 >= sentence.tokens.lowerBound && key(start - 1) == RelationWords.hyphen
            && key(start - 2) == RelationWords.non
    }

    func organisationsNamed(around index: Int) -> [ActorMention] {
        // "NATO member"; also "NATO members" read as one mention (organisation + agent noun), but not
        // a word of the organisation's own name ("Multinational Force and Observers").
        if let before = sentence.mentions.last(where: {
            isOrganisation($0)
                && ($0.tokens.upperBound == index
                    || ($0.tokens.upperBound == index + 1 && $0.tokens.count > 1
                        && document.tokens[index].shape == .lower))
        }) {
            return [before]
        }
        // "NATO's 30th member"
        if let owner = possessor(before: index, within: 3), owner.members.allSatisfy(isOrganisation) {
            return owner.members
        }
        let end = min(sentence.tokens.upperBound, index + 8)
        guard let preposition = first(RelationWords.organisationPrepositions, in: (index + 1)..<end),
            let organisation = sentence.mentions.first(where: {
                isOrganisation($0) && $0.tokens.lowerBound > preposition && $0.tokens.lowerBound < end
            })
        else { return [] }
        return organisationList(from: organisation)
    }

    /// An organisation and the ones listed after it: "a member of NATO, the G7 and the Commonwealth".
    func organisationList(from first: ActorMention) -> [ActorMention] {
        var list = [first]
        var end = first.tokens.upperBound
        let listWords: Set<String> = [",", "and", "the", "as", "well", "or"]
        for mention in sentence.mentions where mention.tokens.lowerBound >= end && isOrganisation(mention) {
            guard (end..<mention.tokens.lowerBound).allSatisfy({ listWords.contains(word($0).lowercased()) }) else {
                break
            }
            list.append(mention)
            end = mention.tokens.upperBound
        }
        return list
    }

    /// "Albania, a regional ally seeking EU membership": the state an appositive describes holds the
    /// standing, not the clause's subject.
    func appositiveState(before index: Int) -> ActorGroup? {
        guard
            let state = sentence.groups.last(where: {
                $0.tokens.upperBound + 1 < index && index - $0.tokens.upperBound <= 10 && isStateGroup($0)
            }),
            key(state.tokens.upperBound) == RelationWords.comma,
            ClauseWords.indefiniteArticles.contains(key(state.tokens.upperBound + 1))
        else { return nil }
        return state
    }

    /// Who holds the standing: the possessor ("Ukraine's membership"), the states listed after
    /// "Allies," or the clause's subject; for accession without either, the states named before.
    func members(of index: Int, status: String) -> [String] {
        if let owner = possessor(before: index) { return owner.roots }
        if index + 2 < sentence.tokens.upperBound, key(index + 1) == RelationWords.comma,
            let listed = sentence.groups.first(where: { $0.tokens.lowerBound == index + 2 }), isStateGroup(listed)
        {
            return listed.roots
        }
        if let described = appositiveState(before: index) { return roots(described.members.filter(isState)) }
        // "accession talks with Albania and North Macedonia": the states the talks are held with.
        if word(index).lowercased() == "accession",
            let with = first(RelationWords.with, in: (index + 1)..<min(sentence.tokens.upperBound, index + 4)),
            let partners = sentence.groups.first(where: { $0.tokens.lowerBound == with + 1 }), isStateGroup(partners)
        {
            return roots(partners.members.filter(isState))
        }
        if let subject = sentence.subject(before: index, accepting: isStateGroup) {
            return roots(subject.members.filter(isState))
        }
        // Organisations join organisations too: "The African Union became a member of the G20".
        if status == "member", let subject = sentence.subject(before: index) { return subject.roots }
        if word(index).lowercased() == "accession",
            let nearest = sentence.groups.last(where: { $0.tokens.upperBound <= index && isStateGroup($0) })
        {
            return roots(nearest.members.filter(isState))
        }
        return []
    }

    /// "X and Y belong to a number of ... organizations, including O1, O2 ...": every pair.
    mutating func readBelonging(at index: Int) {
        guard let subject = sentence.subject(before: index, accepting: isStateGroup) else { return }
        let organisations = sentence.mentions.filter { isOrganisation($0) && $0.tokens.lowerBound > index }
        for member in roots(subject.members.filter(isState)) {
            for organisation in organisations {
                var relation = RelationRecord(
                    kind: .membership, evidence: evidence(subject.tokens.lowerBound..<organisation.tokens.upperBound))
                relation.subject = member
                relation.object = organisation.actor.root
                relation.status = "member"
                relation.notes = organisation.name
                relation.rule = "membership:belong"
                found.append(relation)
            }
        }
    }

    /// "X joined O in 2009"; "X seeks to join O" (aspirant).
    mutating func readJoining(at index: Int, status: String) {
        guard let subject = sentence.subject(before: index, accepting: isStateGroup),
            let organisation = sentence.mentions.first(where: {
                isOrganisation($0) && $0.tokens.lowerBound > index && $0.tokens.lowerBound <= index + 3
            })
        else { return }
        for member in roots(subject.members.filter(isState)) {
            for organisation in organisationList(from: organisation) {
                var relation = RelationRecord(
                    kind: .membership, evidence: evidence(subject.tokens.lowerBound..<organisation.tokens.upperBound))
                relation.subject = member
                relation.object = organisation.actor.root
                relation.status = status
                relation.since = status == "member" ? date(around: index) : nil
                relation.rule = status == "member" ? "membership:joined" : "membership:join"
                found.append(relation)
            }
        }
    }

    /// "the CSTO, of which both countries are members": the organisation before ", of which",
    /// when the membership noun follows within a few words.
    func organisationBeforeOfWhich(_ index: Int) -> ActorMention? {
        let start = max(sentence.tokens.lowerBound + 2, index - 8)
        guard start < index, let which = (start..<index).last(where: { key($0) == RelationWords.which }),
            key(which - 1) == ClauseWords.of, key(which - 2) == RelationWords.comma
        else { return nil }
        // "the Economic Community of West African States (ECOWAS), of which": the acronym in
        // parentheses names the same organisation.
        var end = which - 2
        if end - 3 >= sentence.tokens.lowerBound, key(end - 1) == RelationWords.closingParenthesis,
            key(end - 3) == RelationWords.openingParenthesis
        {
            end -= 3
        }
        return sentence.mentions.last { isOrganisation($0) && $0.tokens.upperBound == end }
    }

    /// The members named between "of which" and the membership noun.
    mutating func readOfWhich(_ organisation: ActorMention, index: Int, status: String) {
        let which = organisation.tokens.upperBound + 2
        let named = sentence.groups.filter {
            $0.tokens.lowerBound > which && $0.tokens.upperBound <= index && isStateGroup($0)
        }
        for member in roots(named.flatMap(\.members).filter(isState)) where member != organisation.actor.root {
            add(
                membership: member, of: organisation, status: status,
                evidence: organisation.tokens.lowerBound..<(index + 1), rule: "membership:of-which")
        }
    }

    /// "SAARC comprises India, Pakistan, ...": an organisation's list of member states.
    mutating func readComposition(at index: Int) {
        // The first name of the clause, not an appositive after it ("SAARC, a regional bloc, ...").
        guard
            let organisation = sentence.groups.first(where: {
                $0.tokens.upperBound <= index && !$0.isAttributive
            }), organisation.members.count == 1,
            let whole = organisation.members.first, isOrganisation(whole),
            let listed = sentence.groups.first(where: {
                $0.tokens.lowerBound > index && $0.tokens.lowerBound <= index + 2
            }),
            listed.members.count > 1, listed.members.allSatisfy(isState)
        else { return }
        for member in roots(listed.members) {
            add(
                membership: member, of: whole, status: "member",
                evidence: organisation.tokens.lowerBound..<listed.tokens.upperBound, rule: "membership:comprise")
        }
    }

    mutating func add(
        membership member: String, of organisation: ActorMention, status: String, evidence tokens: Range<Int>,
        rule: String
    ) {
        var relation = RelationRecord(kind: .membership, evidence: evidence(tokens))
        relation.subject = member
        relation.object = organisation.actor.root
        relation.status = status
        relation.notes = organisation.name
        relation.rule = rule
        found.append(relation)
    }
}
