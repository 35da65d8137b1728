import AttacheCore

extension RelationReader {
    /// "troops deployed to Latvia as part of NATO's eFP and to Kosovo as part of KFOR", "sent its
    /// deployment to the MFO mission in the Sinai", "soldiers serve in ... Poland, Romania and
    /// Kosovo", "participation since 2016 in the NATO operation in the Aegean Sea", "hosts a U.S.
    /// military presence", "welcomed a SOCEUR headquarters".
    mutating func readDeployments() {
        guard let verb = first(RelationWords.deploymentVerbs, in: sentence.tokens) else { return }
        // The forces stand near the verb: "the Diplomatic Corps based in Islamabad" are no troops,
        // whatever forces the sentence names further on.
        let first = max(sentence.tokens.lowerBound, verb - Self.forcesReach)
        let near = first..<min(sentence.tokens.upperBound, verb + Self.forcesReach + 1)
        let hasForces =
            near.contains { RelationWords.forceNouns.contains(key($0)) }
            || sentence.mentions.contains { $0.actor.sector == "MIL" && $0.tokens.overlaps(near) }
        guard hasForces else { return }
        if RelationWords.hostWords.contains(key(verb)) {
            readHosting(at: verb)
            return
        }
        let sender = possessor(before: verb + 1, within: 2) ?? sentence.subject(before: verb, accepting: isStateGroup)
        guard let sender, let subject = sender.members.first(where: isState)?.actor.root else { return }
        let end = listEnd(after: verb)
        var locations: [(name: String, country: String?, tokens: Range<Int>)] = []
        for mention in sentence.mentions
        where isState(mention) && mention.tokens.lowerBound > verb && mention.tokens.lowerBound < end {
            guard mention.actor.root != subject, !isBeside(mention.tokens.lowerBound) else { continue }
            locations.append((mention.actor.root, mention.actor.root, mention.tokens))
        }
        for place in sentence.places where place.tokens.lowerBound > verb && place.tokens.lowerBound < end {
            if locations.contains(where: { $0.tokens.overlaps(place.tokens) }) || place.country == subject { continue }
            locations.append((place.country ?? place.name, place.country, place.tokens))
        }
        let ordered = locations.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound })
        // "sent troops into Ukraine": forces entering a state without a mission invade it (an
        // assault the event coder reads), they are not stationed there.
        if let first = ordered.first, isEntry(first.tokens.lowerBound),
            mission(between: verb, and: sentence.tokens.upperBound) == nil
        {
            return
        }
        for location in ordered {
            var relation = RelationRecord(
                kind: .deployment, evidence: evidence(min(sender.tokens.lowerBound, verb)..<location.tokens.upperBound))
            relation.subject = subject
            relation.location = location.name
            let mission =
                mission(after: location.tokens.upperBound) ?? mission(between: verb, and: location.tokens.lowerBound)
            relation.mission = mission.map { document.string($0.span) }
            relation.missionActor = mission?.actor.root
            relation.since = date(around: verb)
            relation.rule = "deployment:\(word(verb).lowercased())"
            found.append(relation)
        }
    }

    /// How far from its verb a deployment's forces are named ("troops of the 2nd Brigade were
    /// deployed", "sent a 200-strong contingent").
    static let forcesReach = 8

    /// Whether "into" stands right before the location (an article aside).
    func isEntry(_ index: Int) -> Bool {
        var before = index - 1
        if before > sentence.tokens.lowerBound, ClauseWords.determiners.contains(key(before)) { before -= 1 }
        return before >= sentence.tokens.lowerBound && key(before) == RelationWords.into
    }

    /// "to its border with Ukraine", "near Taiwan": troops beside a state are not stationed in it
    /// (that is a show of force, which the event coder reads).
    func isBeside(_ index: Int) -> Bool {
        guard index > sentence.tokens.lowerBound else { return false }
        if RelationWords.besidePrepositions.contains(key(index - 1)) { return true }
        return index - 2 >= sentence.tokens.lowerBound && RelationWords.with.contains(key(index - 1))
            && RelationWords.borderNouns.contains(key(index - 2))
    }

    /// "... as part of NATO's eFP": the mission named right after a location.
    func mission(after index: Int) -> ActorMention? {
        guard index + 3 < sentence.tokens.upperBound,
            (0..<3).allSatisfy({ key(index + $0) == RelationWords.asPartOf[$0] })
        else { return nil }
        return sentence.mentions.last {
            isOrganisation($0) && $0.tokens.lowerBound > index + 2 && $0.tokens.lowerBound <= index + 6
        }
    }

    func mission(between start: Int, and end: Int) -> ActorMention? {
        // The nearest before the place: "... to the MFO mission in the Sinai and ... the CMF ... in the Red Sea".
        sentence.mentions.last { isOrganisation($0) && $0.tokens.lowerBound > start && $0.tokens.upperBound <= end }
    }

    /// A named unit that starts with its country's forces: "U.S. Army Security Forces Assistance
    /// Brigade". Nil when no capitalised name follows the mention.
    func unitName(_ mention: ActorMention) -> String? {
        var end = mention.tokens.upperBound
        while end < sentence.tokens.upperBound, document.tokens[end].shape == .capitalized { end += 1 }
        return end > mention.tokens.upperBound ? evidence(mention.tokens.lowerBound..<end) : nil
    }

    /// The host is the subject; the sender owns the force or the command it welcomes.
    mutating func readHosting(at verb: Int) {
        guard
            let host = sentence.subject(before: verb, accepting: isStateGroup)?.members.first(where: isState)?.actor
                .root
        else { return }
        let end = listEnd(after: verb)
        for mention in sentence.mentions where mention.tokens.lowerBound > verb && mention.tokens.lowerBound < end {
            // A foreign command (its code a state's) or a state's forces ("a U.S. military presence").
            let isForce =
                mention.actor.sector == "MIL" || (mention.kind == .organisation && mention.actor.root.count == 3)
                || (mention.tokens.upperBound < end
                    && RelationWords.forceNouns.contains(key(mention.tokens.upperBound)))
                || (mention.tokens.upperBound + 1 < end
                    && RelationWords.forceNouns.contains(key(mention.tokens.upperBound + 1)))
            guard isForce, mention.actor.root != host, mention.actor.root.count == 3 else { continue }
            var relation = RelationRecord(kind: .deployment, evidence: evidence(verb..<mention.tokens.upperBound))
            relation.subject = mention.actor.root
            relation.location = host
            relation.mission =
                mention.kind == .organisation ? (mention.name ?? document.string(mention.span)) : unitName(mention)
            relation.since = date(around: verb)
            relation.rule = "deployment:host"
            found.append(relation)
        }
    }
}
