import AttacheCore

/// Coreference, pronouns, the author's voice and surnames met earlier.
extension ResolutionState {

    /// How many of the latest actors a reference phrase looks back over: an antecedent is a few
    /// paragraphs away at most, and a bound keeps long documents linear.
    static let referenceWindow = 200

    /// Positions in `actors` from the latest back, over the reference window. Callers read the
    /// actors in place: iterating the actors themselves would copy each one.
    var recentPositions: ReversedCollection<Range<Int>> {
        (max(0, actors.count - Self.referenceWindow)..<actors.count).reversed()
    }

    /// Resolves a reference phrase to the actors it points at, searched among the latest
    /// resolved, and appends them to `actors`.
    mutating func resolveReference(_ mention: Mention, target: String) {
        switch target {
        case "previous_pair":
            // The two states named last; a single state earlier in this very sentence is the one
            // speaking of the pair ("Kenya urged both parties"), not one of them.
            var inSentence: Set<String> = []
            for position in recentPositions {
                guard actors[position].sentence == mention.sentence else { break }
                if actors[position].namesAState { inSentence.insert(actors[position].actor.root) }
            }
            let skipSentence = inSentence.count == 1
            var roots: [String] = []
            for position in recentPositions
            where actors[position].namesAState && !(skipSentence && actors[position].sentence == mention.sentence) {
                if !roots.contains(actors[position].actor.root) { roots.append(actors[position].actor.root) }
                if roots.count == 2 { break }
            }
            guard roots.count == 2 else { return }
            for root in roots.reversed() {
                record(mention, mention.tokens, ActorCode(root), .reference, "coreference:the-two")
            }
        case "author_country":
            guard let state = author.state else { return }
            record(mention, mention.tokens, ActorCode(state), .reference, "author-country")
        case "previous_state", "previous_org":
            let kind: ActorMention.Kind = target == "previous_state" ? .state : .organisation
            // "U.S. troops withdrew from the country": a description never names an actor of its own
            // clause, so the search starts before that clause.
            let clauseStart = clauseStart(before: mention.tokens.lowerBound, in: mention.sentence)
            guard
                let last = recentPositions.first(where: {
                    actors[$0].kind == kind
                        && !(actors[$0].sentence == mention.sentence && actors[$0].tokens.lowerBound >= clauseStart)
                })
            else { return }
            record(mention, mention.tokens, actors[last].actor.withSector(nil), .reference, "coreference:\(target)")
        default:
            // An organisation, an actor code, or alternatives ("EU|NATO") chosen by the latest mentioned.
            guard let options = referenceOptions[target], let first = options.first else { return }
            let latest = recentPositions.first { position in
                options.contains { $0.root == actors[position].actor.root }
            }.map { actors[$0].actor.root }
            let chosen = options.first { $0.root == latest } ?? first
            let kind: ActorMention.Kind = organisationRoots.contains(chosen.root) ? .organisation : .reference
            record(mention, mention.tokens, chosen, kind, "coreference")
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

    /// Surnames learnt earlier, among the capitalised words no mention covers.
    func resolveSurnames(sentence: Int, tokens: Range<Int>, mentions: ArraySlice<Mention>) -> [ActorMention] {
        var found: [ActorMention] = []
        // Mentions are in text order and do not overlap: walk the gaps between them.
        var gapStart = tokens.lowerBound
        var next = mentions.startIndex
        let surnameFilter = surnameFilter
        document.tokenKeys.withUnsafeBufferPointer { keys in
            while gapStart < tokens.upperBound {
                let gapEnd = next < mentions.endIndex ? mentions[next].tokens.lowerBound : tokens.upperBound
                for index in gapStart..<gapEnd where surnameFilter.mayContain(keys[index]) {
                    let token = document.tokens[index]
                    guard token.shape == .capitalized, let known = surnames[keys[index]] else { continue }
                    found.append(
                        ActorMention(
                            sentence: sentence, tokens: index..<(index + 1), span: token.span, actor: known.actor,
                            kind: .person, rule: "surname", name: known.name))
                }
                guard next < mentions.endIndex else { break }
                gapStart = mentions[next].tokens.upperBound
                next += 1
            }
        }
        return found
    }

    /// A one-word mention that is a surname learnt earlier in the document ("Tony Blair ... Blair").
    mutating func resolveLearntSurname(_ mention: Mention) -> Bool {
        guard let known = surnames[document.tokenKeys[mention.tokens.lowerBound]] else { return false }
        record(mention, mention.tokens, known.actor, .person, "surname", name: known.name)
        return true
    }

    /// "it"/"its": the last state or organisation of this sentence or the one before;
    /// "we"/"our": the author's state, in a government's own text.
    mutating func resolvePronoun(_ mention: Mention, _ pronoun: Pronoun) {
        let index = mention.tokens.lowerBound
        switch pronoun {
        case .it:
            guard let antecedent = itsAntecedent(before: index, sentence: mention.sentence) else { return }
            record(mention, mention.tokens, actors[antecedent].actor.withSector(nil), .reference, "pronoun")
        case .we:
            guard author.isGovernment, let state = author.state else { return }
            record(mention, mention.tokens, ActorCode(state), .reference, "author-voice")
        case .they:
            for actor in lastNamedTogether(before: index, sentence: mention.sentence) {
                record(mention, mention.tokens, actor, .reference, "pronoun")
            }
        case .person:
            guard let person = leadingPerson(before: index, sentence: mention.sentence) else { return }
            record(mention, mention.tokens, person.actor, .person, "pronoun", name: person.name)
        }
    }

    /// The state or organisation "it" stands for, in this sentence or the one before. An "it" that
    /// opens a clause is a subject and mostly takes up the subject before it, the first actor no
    /// preposition governs ("Thailand recalled its envoy to Cambodia. It said ..."); elsewhere it is
    /// the nearest ("help Bosnia with reforms that enable it to join").
    func itsAntecedent(before index: Int, sentence: Int) -> Int? {
        let candidates = recentPositions.prefix { actors[$0].sentence >= sentence - 1 }.filter {
            (actors[$0].kind == .state || actors[$0].kind == .organisation || isSingularOrgan(actors[$0]))
                && !actors[$0].isModifier && actors[$0].tokens.lowerBound < index
        }
        guard opensClause(index, sentence: sentence) else { return candidates.first }
        let isGoverned = { (position: Int) -> Bool in
            let start = self.actors[position].tokens.lowerBound
            return start > 0 && ClauseWords.prepositions.contains(self.document.tokenKeys[start - 1])
        }
        for wanted in [sentence, sentence - 1] {
            if let first = candidates.last(where: { actors[$0].sentence == wanted && !isGoverned($0) }) {
                return first
            }
        }
        return candidates.first
    }

    /// A state's organ named in the singular ("Britain's Ministry of Defence said it ..."), which
    /// "it" may stand for as well as a state; "Serbian forces" are "they".
    func isSingularOrgan(_ actor: ActorMention) -> Bool {
        guard actor.kind == .group, let sector = actor.actor.sector, EventCoder.stateOrgans.contains(sector),
            actor.span.end > 0
        else { return false }
        return document.text[actor.span.end - 1] != UInt8(ascii: "s")
    }

    /// Whether the token at `index` starts its sentence or follows a word that opens a clause
    /// ("and", "that", "said", a comma).
    func opensClause(_ index: Int, sentence: Int) -> Bool {
        guard index > document.sentences[sentence].tokens.lowerBound else { return true }
        let before = document.tokenKeys[index - 1]
        return ClauseWords.connectors.contains(before) || ClauseWords.subordinators.contains(before)
            || ClauseWords.speechVerbs.contains(before)
    }

    /// The actors of the last list of two or more states or their people ("Chile and Peru", "the
    /// ministers of Chile and Peru") in this sentence before `index` or the one before it.
    /// How many sentences back "they" looks for the list it stands for.
    static let listReach = 2

    func lastNamedTogether(before index: Int, sentence: Int) -> [ActorCode] {
        // (A sentence may stand between: "... for Australia and Papua New Guinea. Our relationship
        // has matured. Today they have agreed ...".)
        let earliest = recentPositions.prefix { actors[$0].sentence >= sentence - Self.listReach }
            .filter { actors[$0].tokens.upperBound <= index && actors[$0].namesAState }
        // `earliest` runs from the latest back: a list is a run of actors with only connectors between.
        for (offset, last) in earliest.enumerated() {
            var run = [last]
            for earlier in earliest.dropFirst(offset + 1) {
                let gapStart = actors[earlier].tokens.upperBound
                let gapEnd = actors[run[run.count - 1]].tokens.lowerBound
                guard actors[earlier].sentence == actors[run[run.count - 1]].sentence, gapStart < gapEnd,
                    SentenceView.onlyConnectors(document, gapStart..<gapEnd)
                else { break }
                run.append(earlier)
            }
            let codes = run.reversed().map { actors[$0].actor }
            if Set(codes.map(\.root)).count > 1 { return codes }
        }
        return []
    }

    /// "he"/"she": the first person or official named in this sentence before `index`, else in
    /// the sentence before (its subject, mostly).
    func leadingPerson(before index: Int, sentence: Int) -> ActorMention? {
        for wanted in [sentence, sentence - 1] {
            let inSentence = recentPositions.prefix { actors[$0].sentence >= wanted }
                .filter { actors[$0].sentence == wanted && actors[$0].tokens.upperBound <= index }
            // A named person, or an official known by title ("Chile's president").
            if let first = inSentence.last(where: {
                actors[$0].kind == .person
                    || (actors[$0].kind == .group && actors[$0].actor.sector == ActorCode.government)
            }) {
                return actors[first]
            }
        }
        return nil
    }

}

extension ActorMention {
    /// Names a state acting, for "the two countries": not an organisation, not a modifier.
    var namesAState: Bool { kind != .organisation && !isModifier }
}
