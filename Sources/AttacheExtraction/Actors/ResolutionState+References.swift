import AttacheCore

/// Coreference, pronouns, the author's voice and surnames met earlier.
extension ResolutionState {

    mutating func resolveReference(_ mention: Mention, target: String, earlier: [ActorMention]) -> [ActorMention] {
        let history = actors + earlier
        switch target {
        case "previous_pair":
            // The two states named last; a single state earlier in this very sentence is the one
            // speaking of the pair ("Kenya urged both parties"), not one of them.
            let inSentence = Set(
                history.filter { $0.sentence == mention.sentence && $0.kind != .organisation && !$0.isModifier }
                    .map(\.actor.root))
            let candidates = inSentence.count == 1 ? history.filter { $0.sentence != mention.sentence } : history
            var roots: [String] = []
            for actor in candidates.reversed() where actor.kind != .organisation && !actor.isModifier {
                if !roots.contains(actor.actor.root) { roots.append(actor.actor.root) }
                if roots.count == 2 { break }
            }
            guard roots.count == 2 else { return [] }
            return roots.reversed().map {
                actorMention(mention, mention.tokens, ActorCode($0), .reference, "coreference:the-two")
            }
        case "author_country":
            guard let state = author.state else { return [] }
            return [actorMention(mention, mention.tokens, ActorCode(state), .reference, "author-country")]
        case "previous_state", "previous_org":
            let kind: ActorMention.Kind = target == "previous_state" ? .state : .organisation
            guard let last = history.last(where: { $0.kind == kind }) else { return [] }
            return [
                actorMention(mention, mention.tokens, last.actor.withSector(nil), .reference, "coreference:\(target)")
            ]
        default:
            // An organisation id, an actor code, or alternatives ("EU|NATO") chosen by the latest mentioned.
            let options = target.split(separator: "|").map { code(forReference: String($0)) }
            let chosen = options.max { a, b in
                (history.lastIndex { $0.actor.root == a.root } ?? -1)
                    < (history.lastIndex { $0.actor.root == b.root } ?? -1)
            }
            guard let chosen else { return [] }
            let kind: ActorMention.Kind = organisationCodes.values.contains(chosen.root) ? .organisation : .reference
            return [actorMention(mention, mention.tokens, chosen, kind, "coreference")]
        }
    }

    func code(forReference target: String) -> ActorCode {
        if let organisation = organisationCodes[target] { return ActorCode(organisation) }
        return ActorCode(parsing: target) ?? ActorCode(target)
    }

    /// "it"/"its", "we"/"our" and surnames learnt earlier, where no mention covers the token.
    mutating func resolveBareTokens(sentence: Int, tokens: Range<Int>, covered: [Bool], earlier: [ActorMention])
        -> [ActorMention]
    {
        var found: [ActorMention] = []
        for index in tokens where !covered[index - tokens.lowerBound] {
            let token = document.tokens[index]
            // Only short words can be pronouns; only capitalised ones surnames.
            guard token.span.length <= 4 || token.shape == .capitalized else { continue }
            let key = document.tokenKeys[index]
            let single = index..<(index + 1)
            if Self.itWords.contains(key) {
                let history = actors + earlier
                let minimumSentence = sentence - 1
                if let last = history.last(where: {
                    ($0.kind == .state || $0.kind == .organisation) && !$0.isModifier && $0.sentence >= minimumSentence
                        && $0.tokens.lowerBound < index
                }) {
                    found.append(
                        ActorMention(
                            sentence: sentence, tokens: single, span: token.span, actor: last.actor.withSector(nil),
                            kind: .reference, rule: "pronoun"))
                }
            } else if Self.weWords.contains(key), author.isGovernment, let state = author.state,
                document.text[token.span.start] != 0x55  // "US" in capitals is the country, not "us"
            {
                found.append(
                    ActorMention(
                        sentence: sentence, tokens: single, span: token.span, actor: ActorCode(state), kind: .reference,
                        rule: "author-voice"))
            } else if token.shape == .capitalized, let known = surnames[key] {
                found.append(
                    ActorMention(
                        sentence: sentence, tokens: single, span: token.span, actor: known.actor, kind: .person,
                        rule: "surname", name: known.name))
            }
        }
        return found
    }

}
