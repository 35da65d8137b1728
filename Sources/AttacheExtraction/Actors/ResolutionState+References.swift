import AttacheCore

/// Coreference, pronouns, the author's voice and surnames met earlier.
extension ResolutionState {

    /// The actors resolved so far, most recent first, without copying them (a long document has
    /// many, and references are frequent).
    func recent(_ earlier: [ActorMention]) -> some Sequence<ActorMention> {
        [earlier.reversed(), actors.reversed()].lazy.joined()
    }

    mutating func resolveReference(_ mention: Mention, target: String, earlier: [ActorMention]) -> [ActorMention] {
        let history = recent(earlier)
        switch target {
        case "previous_pair":
            // The two states named last; a single state earlier in this very sentence is the one
            // speaking of the pair ("Kenya urged both parties"), not one of them.
            let isState = { (actor: ActorMention) in actor.kind != .organisation && !actor.isModifier }
            let inSentence = Set(
                history.prefix { $0.sentence == mention.sentence }.filter(isState).map(\.actor.root))
            let skipSentence = inSentence.count == 1
            var roots: [String] = []
            for actor in history where isState(actor) && !(skipSentence && actor.sentence == mention.sentence) {
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
            // "U.S. troops withdrew from the country": a description never names an actor of its own
            // clause, so the search starts before that clause.
            let clauseStart = clauseStart(before: mention.tokens.lowerBound, in: mention.sentence)
            guard
                let last = history.first(where: {
                    $0.kind == kind && !($0.sentence == mention.sentence && $0.tokens.lowerBound >= clauseStart)
                })
            else { return [] }
            return [
                actorMention(mention, mention.tokens, last.actor.withSector(nil), .reference, "coreference:\(target)")
            ]
        default:
            // An organisation id, an actor code, or alternatives ("EU|NATO") chosen by the latest mentioned.
            let options = target.split(separator: "|").map { code(forReference: String($0)) }
            let roots = Set(options.map(\.root))
            let latest = history.first { roots.contains($0.actor.root) }?.actor.root
            guard let chosen = options.first(where: { $0.root == latest }) ?? options.first else { return [] }
            let kind: ActorMention.Kind = organisationCodes.values.contains(chosen.root) ? .organisation : .reference
            return [actorMention(mention, mention.tokens, chosen, kind, "coreference")]
        }
    }

    /// The first token of the clause that holds `index`: after the nearest clause boundary,
    /// lower-case subordinator ("as", "after", "that") or verb of saying of the sentence.
    func clauseStart(before index: Int, in sentence: Int) -> Int {
        let first = document.sentences[sentence].tokens.lowerBound
        var cursor = index - 1
        while cursor >= first {
            if ClauseWords.isBoundary(cursor, in: document)
                || ClauseWords.speechVerbs.contains(document.tokenKeys[cursor])
            {
                return cursor + 1
            }
            cursor -= 1
        }
        return first
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
                let minimumSentence = sentence - 1
                if let last = recent(earlier).prefix(while: { $0.sentence >= minimumSentence }).first(where: {
                    ($0.kind == .state || $0.kind == .organisation) && !$0.isModifier && $0.tokens.lowerBound < index
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
