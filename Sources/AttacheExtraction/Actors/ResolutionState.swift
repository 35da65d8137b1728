import AttacheCore

/// The actor resolver's memory while it reads one document: what it has resolved so far, the
/// surnames it has learnt, and the author's voice.
struct ResolutionState {
    let document: AnnotatedDocument
    let author: AuthorVoice
    /// What each coreference target that names actors names ("EU|NATO" → EU, NATO).
    let referenceOptions: [String: [ActorCode]]
    /// The output codes of organisations.
    let organisationRoots: Set<String>
    var actors: [ActorMention] = []
    /// The states named so far, which decide a demonym several share.
    var namedStates: Set<String> = []
    var places: [PlaceMention] = []
    var diagnostics: [Diagnostic] = []
    /// Where the last venue mention ended, so that "in Afghanistan and Iraq" makes both venues.
    var lastVenueEnd = -1
    /// Surnames of people met with a title or a known name, and who they are.
    var surnames: [UInt64: (actor: ActorCode, name: String)] = [:]
    /// The surnames learnt so far, as a filter: a capitalised word outside any mention is looked
    /// up only if it may be one of them.
    var surnameFilter = KeyFilter(log2Bits: 10)

    static let datelineMarks = KeySet(words: ["—", "–", "-", "(", ":"])
    static let locativeWords = KeySet(words: ["in", "at", "near", "outside", "inside", "across", "throughout"])
    static let languagePrepositions = KeySet(words: ["in", "into"])
    static let possessiveKey = TokenKey.of("'s")
    static let commaKey = TokenKey.of(",")
    static let ofKey = TokenKey.of("of")
    static let inKey = TokenKey.of("in")
    static let theKey = TokenKey.of("the")
    static let hyphenKey = TokenKey.of("-")
    static let andKey = TokenKey.of("and")

    init(document: AnnotatedDocument, author: AuthorVoice, lexicon: ActorLexicon) {
        self.document = document
        self.author = author
        self.referenceOptions = lexicon.referenceOptions
        self.organisationRoots = lexicon.organisationRoots
        actors.reserveCapacity(document.mentions.count)
    }

    var date: PartialDate? { document.document.published }

    /// Resolves one sentence's mentions, then its bare words, appending to `actors` in text order.
    mutating func resolve(sentence: Int, tokens: Range<Int>, mentions: ArraySlice<Mention>) {
        let sentenceStart = actors.count
        var index = mentions.startIndex
        while index < mentions.endIndex {
            index += resolveMention(at: index, in: mentions, sentence: sentence)
        }
        // Surnames go between the mentions around them; both lists are in text order.
        guard !surnames.isEmpty else { return }
        for actor in resolveSurnames(sentence: sentence, tokens: tokens, mentions: mentions) {
            var position = actors.endIndex
            while position > sentenceStart, actors[position - 1].tokens.lowerBound > actor.tokens.lowerBound {
                position -= 1
            }
            actors.insert(actor, at: position)
        }
    }

    // MARK: Mentions

    /// Resolves the mention at `index` (with the ones it combines with) and returns how many it used.
    mutating func resolveMention(
        at index: Int, in mentions: ArraySlice<Mention>, sentence: Int
    ) -> Int {
        let mention = mentions[index]
        let readings = mention.readings
        if readings.primary == .demonym, let used = resolvePeople(at: index, in: mentions) { return used }
        // Most mentions only name, with nothing after them that they could own: "Albania".
        if readings.onlyNames,
            readings.ownerRoot == nil || index + 1 == mentions.endIndex || !mentions[index + 1].readings.takesOwner
        {
            resolveSingle(mention)
            return 1
        }
        let next = index + 1 < mentions.endIndex ? mentions[index + 1] : nil

        // Owner + title (+ name): "Albanian Prime Minister Edi Rama", "Ukraine's defense minister".
        if let owner = demonymState(mention.readings) ?? mention.readings.ownerRoot, let title = next,
            let titleInfo = title.readings.title,
            follows(title, mention, allowingPossessive: true)
        {
            let named = personAfter(title, next: index + 2 < mentions.endIndex ? mentions[index + 2] : nil)
            return combine(
                owner: (mention, owner), title: (title, titleInfo), person: named, sentence: sentence, used: 2)
        }
        // "the foreign ministers of Chile and Argentina", "the government of Albania"
        // "opposition groups in Zimbabwe", "police in Tbilisi", "rebels in Uganda": people of a state
        // where they are (not troops, who are as often abroad, nor an embassy, which is its sender's).
        if let sector = mention.readings.title?.sector ?? mention.readings.agentSector,
            let owners = statesAfterOf(
                mention, in: mentions, from: index + 1,
                orIn: mention.readings.title == nil && !isDeployable(mention)
                    && !RelationWords.embassy.contains(document.tokenKeys[mention.tokens.upperBound - 1]))
        {
            for owner in owners.states {
                record(
                    owner.mention, mention.tokens.lowerBound..<owner.mention.tokens.upperBound,
                    ActorCode(owner.root, sector: sector), .group, "agent+of")
            }
            return 1 + owners.used
        }
        if let titleInfo = mention.readings.title {
            if let named = personAfter(mention, next: next) {
                return combine(
                    owner: nil, title: (mention, titleInfo), person: named, sentence: sentence, used: 1)
            }
            // "The UN Secretary-General deplored ...": an office that is also an organisation's
            // name stands for the organisation; a bare title stands for no one.
            guard mention.readings.namesOrganisation else { return 1 }
        }
        if let terms = mention.readings.offices, mention.readings.state == nil {
            // A surname met earlier in the document with its full name is that person ("Tony
            // Blair ... Blair"), whoever else of that name is in office.
            if mention.tokens.count == 1, resolveLearntSurname(mention) { return 1 }
            if let (_, actor, rule) = OfficeResolution.resolve(terms, on: date) {
                // Otherwise a surname alone names only someone in office, and a month ("In May")
                // no one.
                if mention.tokens.count == 1, rule != "office-holder" || isMonthName(mention) { return 1 }
                let name = document.string(mention.span)
                record(mention, mention.tokens, actor, .person, rule, name: name)
                learnSurname(mention.tokens, actor, name)
            }
            return 1
        }
        // State, demonym or organisation + agent noun: "U.S. troops", "Albanian soldiers".
        if let root = demonymState(mention.readings) ?? mention.readings.ownerRoot, let agent = next,
            let sector = agent.readings.agentSector,
            follows(agent, mention, allowingPossessive: true) || followsAcrossModifiers(agent, mention)
        {
            let isState = mention.readings.isStateLike
            // A government named as a body ("Soviet", "the Reagan administration") with its troops
            // or police is that state's armed forces or police: "Soviet troops" are RUS-MIL.
            let government = ActorCode(parsing: root).flatMap { $0.sector == ActorCode.government ? $0 : nil }
            let actor =
                government.map { ActorCode($0.root, sector: sector) } ?? ActorCode(root, sector: isState ? sector : nil)
            let rule = mention.readings.hasDemonym ? "demonym+agent" : isState ? "state+agent" : "organisation+agent"
            let tokens = mention.tokens.lowerBound..<agent.tokens.upperBound
            record(
                mention, tokens, actor, isState ? .group : .organisation, rule,
                name: mention.readings.organisationName
            )
            // "Chile's foreign minister(,) Ana Soto": the name after the office is learnt, so that
            // "Soto" alone names the same official later.
            let following = index + 2 < mentions.endIndex ? mentions[index + 2] : nil
            if isState, let person = nameInApposition(after: agent, next: following, sentence: sentence) {
                learnSurname(person, actor, document.string(span(person)))
            }
            return 2
        }
        // "The government said ...": an office of no named state is the state the text is about.
        if let sector = readings.agentSector, readings.primary == nil, isAfterDefiniteArticle(mention),
            let state = officeState(of: mention)
        {
            record(mention, mention.tokens, ActorCode(state, sector: sector), .group, "coreference:the-agent")
            return 1
        }
        resolveSingle(mention)
        return 1
    }

    /// "the Albanians of southern Serbia", "Albanians in Serbia": a people named where it lives,
    /// in another state, is that state's civilians. Returns how many mentions it used.
    mutating func resolvePeople(at index: Int, in mentions: ArraySlice<Mention>) -> Int? {
        let mention = mentions[index]
        guard mention.readings.primary == .demonym, let people = mention.readings.primaryCode,
            document.text[mention.span.end - 1] == UInt8(ascii: "s"),
            let owners = statesAfterOf(mention, in: mentions, from: index + 1, orIn: true),
            owners.states.allSatisfy({ $0.root != people })
        else { return nil }
        for owner in owners.states {
            record(
                owner.mention, mention.tokens.lowerBound..<owner.mention.tokens.upperBound,
                ActorCode(owner.root, sector: ActorCode.civilians), .group, "people+of")
        }
        return 1 + owners.used
    }

    /// The state a demonym several share stands for: the one the text has named ("Guinean" in a
    /// text on Guinea-Bissau), or nil to read it as the first.
    func demonymState(_ readings: MentionReadings) -> String? {
        readings.sharedDemonym?.first(where: namedStates.contains)
    }

    func isAfterDefiniteArticle(_ mention: Mention) -> Bool {
        mention.tokens.lowerBound > 0 && document.tokenKeys[mention.tokens.lowerBound - 1] == Self.theKey
    }

    /// The state a sentence is about: the first named in the latest earlier sentence that names
    /// one (subjects come first in English news), or earlier in this sentence before the clause.
    func lastActingState(before mention: Mention) -> (root: String, sentence: Int)? {
        let clauseStart = clauseStart(before: mention.tokens.lowerBound, in: mention.sentence)
        guard
            let latest = recentPositions.first(where: {
                actors[$0].namesAState
                    && !(actors[$0].sentence == mention.sentence && actors[$0].tokens.lowerBound >= clauseStart)
            })
        else { return nil }
        let sentence = actors[latest].sentence
        var first = latest
        for position in recentPositions where position < latest {
            guard actors[position].sentence == sentence else { break }
            if actors[position].namesAState { first = position }
        }
        return (actors[first].actor.root, sentence)
    }

    /// A mention on its own: a state, organisation, demonym, capital, coreference phrase, place or
    /// pronoun.
    @inline(__always)
    mutating func resolveSingle(_ mention: Mention) {
        // "it", "our"; but "US" in capitals is the country.
        if mention.readings.primary == nil, let pronoun = mention.readings.pronoun {
            return resolvePronoun(mention, pronoun)
        }
        let isVenue = isAfterLocative(mention)
        if isVenue { lastVenueEnd = mention.tokens.upperBound }
        // A reference reading ("Brussels" → EU or NATO) beats the literal one.
        if let target = mention.readings.coreference, !isVenue {
            return resolveReference(mention, target: target)
        }
        let readings = mention.readings
        guard let kind = readings.primary else { return }
        let code = readings.primaryCode
        switch kind {
        case .organisation:
            // An armed group coded by the state it fights in ("PSE-MIL") acts as that state's
            // people, not as an organisation.
            let actor = ActorCode(parsing: code ?? "") ?? ActorCode("")
            record(
                mention, mention.tokens, actor, actor.sector == nil ? .organisation : .group, "organisation",
                name: readings.organisationName)
        case .state:
            // "in Afghanistan", "Davos, Switzerland": the state as a venue, not acting.
            if isVenue { recordPlace(mention, country: code) }
            record(
                mention, mention.tokens, ActorCode(code ?? ""), .state, "state",
                isModifier: isVenue || isDescriptive(mention))
        case .capital:
            // "the Paris climate agreement", "the Minsk agreements": part of a name.
            if namesAnAgreement(after: mention) { return }
            recordPlace(mention, country: code)
            if isVenue { return }
            record(
                mention, mention.tokens, ActorCode(code ?? "", sector: ActorCode.government), .state, "capital-metonym")
        case .demonym:
            let code = demonymState(readings) ?? code
            // "Albanian soil" is an attribute; "Albanians boosted ties" names people.
            let isPlural = document.text[mention.span.end - 1] == 0x73
            let isFollowedByNoun = isFollowedByNoun(mention)
            // "published in French", "translated into Russian": a language, not a people.
            if !isPlural && !isFollowedByNoun && isAfterLanguagePreposition(mention) { return }
            let isModifier = !isPlural && isFollowedByNoun || isDescriptive(mention)
            record(mention, mention.tokens, ActorCode(code ?? ""), .group, "demonym", isModifier: isModifier)
        case .coreference:
            resolveReference(mention, target: code ?? "")
        case .place:
            recordPlace(mention, country: code)
            lastVenueEnd = mention.tokens.upperBound
        }
    }

    /// Combines owner, title and name into one person (or group) mention.
    mutating func combine(
        owner: (Mention, String)?, title: (Mention, (sector: String, role: String)), person: PersonName?,
        sentence: Int, used: Int
    ) -> Int {
        let first = owner?.0 ?? title.0
        var actor: ActorCode?
        var rule = person == nil ? "owner+title" : "title+name"
        if let terms = person?.terms,
            let office = OfficeResolution.resolve(terms, on: date, preferredRole: title.1.role)
        {
            actor = office.actor
            if office.rule != "office-holder" { rule = office.rule }
        } else if let owner {
            actor = ActorCode(owner.1, sector: title.1.sector)
        } else if let person, let known = surnames[person.surnameKey] {
            actor = known.actor
            rule = "surname"
        } else if person != nil, author.isGovernment, let state = author.state {
            // A government's own text names its own officials without their country
            // ("President Woodrow Wilson" in a State Department fact sheet).
            actor = ActorCode(state, sector: title.1.sector)
            rule = "title+name:author-country"
        }
        let last = person?.tokens.upperBound ?? title.0.tokens.upperBound
        guard let actor else {
            if let person {
                diagnostics.append(
                    Diagnostic(
                        .note, ActorResolver.name,
                        "no country for '\(document.string(span(first.tokens.lowerBound..<last)))'"))
                return used + (person.fromMention ? 1 : 0)
            }
            return used
        }
        let name = person.map { document.string(span($0.tokens)) }
        record(first, first.tokens.lowerBound..<last, actor, .person, rule, name: name)
        if let person, let name { learnSurname(person.tokens, actor, name) }
        return used + (person?.fromMention == true ? 1 : 0)
    }

    // MARK: Helpers

    struct PersonName {
        var tokens: Range<Int>
        var terms: [OfficeTerm]?
        /// Whether the name was a mention of its own (consumed with the title).
        var fromMention: Bool
        var surnameKey: UInt64
    }

    /// The person named right after a title: a known office holder, or a run of capitalised words.
    func personAfter(_ title: Mention, next: Mention?) -> PersonName? {
        personAt(title.tokens.upperBound, sentence: title.sentence, next: next)
    }

    /// The person named at `start`: a known office holder, or a run of capitalised words.
    func personAt(_ start: Int, sentence: Int, next: Mention?) -> PersonName? {
        if let next, next.tokens.lowerBound == start, let terms = next.readings.offices {
            return PersonName(
                tokens: next.tokens, terms: terms, fromMention: true,
                surnameKey: document.tokenKeys[next.tokens.upperBound - 1])
        }
        var end = start
        let sentenceEnd = document.sentences[sentence].tokens.upperBound
        while end < sentenceEnd, end - start < 4 {
            let token = document.tokens[end]
            if let next, next.tokens.lowerBound == end { break }
            guard token.shape == .capitalized || (token.shape == .abbreviation && token.span.length == 2) else { break }
            end += 1
        }
        guard end > start, document.tokens[end - 1].shape == .capitalized else { return nil }
        return PersonName(tokens: start..<end, terms: nil, fromMention: false, surnameKey: document.tokenKeys[end - 1])
    }

    /// Two to four capitalised words right after an office, or after it and a comma, that no
    /// knowledge-base phrase claims: a person's name.
    func nameInApposition(after office: Mention, next: Mention?, sentence: Int) -> Range<Int>? {
        var start = office.tokens.upperBound
        let sentenceEnd = document.sentences[sentence].tokens.upperBound
        if start < sentenceEnd, document.tokenKeys[start] == Self.commaKey { start += 1 }
        guard let person = personAt(start, sentence: sentence, next: next), person.tokens.count >= 2 else {
            return nil
        }
        return person.tokens
    }

    /// The states named after "of" that own a title or agent noun: "ministers of Chile and Argentina".
    func statesAfterOf(_ mention: Mention, in mentions: ArraySlice<Mention>, from next: Int, orIn: Bool = false) -> (
        states: [(mention: Mention, root: String)], used: Int
    )? {
        let after = mention.tokens.upperBound
        guard after + 1 < document.tokens.count,
            document.tokenKeys[after] == Self.ofKey || (orIn && document.tokenKeys[after] == Self.inKey)
        else { return nil }
        var states: [(mention: Mention, root: String)] = []
        var cursor = next
        var expected = after + 1
        if document.tokenKeys[expected] == Self.theKey { expected += 1 }
        // "rebels in northern Uganda": a part of the state is still the state.
        if orIn, expected < document.tokens.count, ClauseWords.regionAdjectives.contains(document.tokenKeys[expected]) {
            expected += 1
        }
        while cursor < mentions.endIndex, mentions[cursor].tokens.lowerBound == expected,
            let root = mentions[cursor].readings.state ?? (orIn ? Self.placeState(mentions[cursor]) : nil)
        {
            states.append((mention: mentions[cursor], root: root))
            expected = mentions[cursor].tokens.upperBound
            // "Chile and Argentina", "Chile, Peru and Bolivia"
            while expected < document.tokens.count, ClauseWords.connectors.contains(document.tokenKeys[expected]) {
                expected += 1
            }
            cursor += 1
        }
        if states.isEmpty { return nil }
        return (states: states, used: cursor - next)
    }

    /// Whether the mention is a force that states send abroad named alone ("troops", "soldiers").
    func isDeployable(_ mention: Mention) -> Bool {
        mention.tokens.count == 1
            && ClauseWords.deployableForces.contains(document.tokenKeys[mention.tokens.lowerBound])
    }

    /// The state of a capital or another place ("police in Tbilisi" are Georgia's).
    static func placeState(_ mention: Mention) -> String? {
        guard let kind = mention.readings.primary, kind == .capital || kind == .place else { return nil }
        return mention.readings.primaryCode
    }

    /// After "in", "at", ..., or after a place and a comma ("Davos, Switzerland").
    func isAfterLocative(_ mention: Mention) -> Bool {
        let start = mention.tokens.lowerBound
        // A dateline ("Luanda — The African Union ...") is where the report was filed.
        if start == 0, mention.tokens.upperBound < document.tokens.count,
            Self.datelineMarks.contains(document.tokenKeys[mention.tokens.upperBound])
        {
            return true
        }
        guard start > 0 else { return false }
        let previous = document.tokenKeys[start - 1]
        // "Davos, Switzerland"; "in Afghanistan and Iraq": after a venue and a comma or "and".
        if lastVenueEnd == start - 1, previous == Self.commaKey || previous == Self.andKey { return true }
        return Self.locativeWords.contains(previous)
    }

    func isMonthName(_ mention: Mention) -> Bool {
        MonthName.number(ofLowercased: document.text[mention.span.range].lazy.map { $0 | 0x20 }) != nil
    }

    func isAfterLanguagePreposition(_ mention: Mention) -> Bool {
        let start = mention.tokens.lowerBound
        return start > 0 && Self.languagePrepositions.contains(document.tokenKeys[start - 1])
    }

    /// Whether an agreement noun follows within three lower-case words ("Paris climate agreement").
    func namesAnAgreement(after mention: Mention) -> Bool {
        var index = mention.tokens.upperBound
        while index < min(document.tokens.count, mention.tokens.upperBound + 3) {
            if RelationWords.agreementNouns[document.tokenKeys[index]] != nil { return true }
            guard document.tokens[index].shape == .lower || document.tokens[index].shape == .capitalized else {
                return false
            }
            index += 1
        }
        return false
    }

    func follows(_ later: Mention, _ earlier: Mention, allowingPossessive: Bool) -> Bool {
        if later.tokens.lowerBound == earlier.tokens.upperBound { return true }
        return allowingPossessive && later.tokens.lowerBound == earlier.tokens.upperBound + 1
            && document.tokens[earlier.tokens.upperBound].shape == .possessive
    }

    /// "Irish nationalist guerrillas", "Thai border police": one or two lower-case modifiers
    /// (adjectives or nouns that are no verb) between an owner and its agent noun.
    func followsAcrossModifiers(_ later: Mention, _ earlier: Mention) -> Bool {
        let gap = earlier.tokens.upperBound..<later.tokens.lowerBound
        guard (1...Self.modifiersBeforeAgent).contains(gap.count), later.tokens.lowerBound <= document.wordClasses.count
        else { return false }
        return gap.allSatisfy { index in
            let classes = document.wordClasses[index]
            return document.tokens[index].shape == .lower && !classes.contains(.verb)
                && !classes.isDisjoint(with: [.adjective, .noun])
        }
    }

    static let modifiersBeforeAgent = 2

    /// "the Israeli-occupied West Bank": a state joined by a hyphen to a participle of control
    /// describes the place after it; "the pro-Iranian Hizbollah": a stance, not an actor.
    func isDescriptive(_ mention: Mention) -> Bool {
        let start = mention.tokens.lowerBound
        if start >= 2, document.tokenKeys[start - 1] == Self.hyphenKey,
            ClauseWords.stancePrefixes.contains(document.tokenKeys[start - 2])
        {
            return true
        }
        let hyphen = mention.tokens.upperBound
        guard hyphen + 1 < document.tokens.count else { return false }
        return document.tokenKeys[hyphen] == Self.hyphenKey
            && ClauseWords.controlParticiples.contains(document.tokenKeys[hyphen + 1])
    }

    /// The state an office named without one belongs to: the state named last, or before any,
    /// in a government's own page, its author's ("The Ministry of Foreign Affairs briefed ...").
    /// A lower-case word after it is mostly a noun ("the military coup" is no office), but a verb
    /// in the past ("The ministry thanked ...") is trusted only when the state was named in this
    /// sentence or the one before.
    func officeState(of mention: Mention) -> String? {
        let next = mention.tokens.upperBound
        guard isFollowedByNoun(mention) else {
            return lastActingState(before: mention)?.root ?? (author.isGovernment ? author.state : nil)
        }
        guard next < document.wordClasses.count, document.wordClasses[next].contains(.pastForm),
            let latest = lastActingState(before: mention), mention.sentence - latest.sentence <= 1
        else { return nil }
        return latest.root
    }

    func isFollowedByNoun(_ mention: Mention) -> Bool {
        let next = mention.tokens.upperBound
        guard next < document.tokens.count else { return false }
        return document.tokens[next].shape == .lower && !document.tokens[next].attachedToPrevious
            && !ClauseWords.connectors.contains(document.tokenKeys[next])
    }

    mutating func learnSurname(_ tokens: Range<Int>, _ actor: ActorCode, _ name: String) {
        guard tokens.count >= 2 else { return }
        let key = document.tokenKeys[tokens.upperBound - 1]
        surnames[key] = (actor, name)
        surnameFilter.insert(key)
    }

    mutating func recordPlace(_ mention: Mention, country: String?) {
        // "Euro-Atlantic", "Sino-Russian": a word inside a compound is no place.
        guard !isInsideCompound(mention.tokens) else { return }
        places.append(
            PlaceMention(
                sentence: mention.sentence, tokens: mention.tokens, span: mention.span,
                name: document.string(mention.span), country: country))
    }

    /// Whether a hyphen joins the tokens to the word before or after them.
    func isInsideCompound(_ tokens: Range<Int>) -> Bool {
        let isHyphen = { (index: Int) in document.tokenKeys[index] == Self.hyphenKey }
        let before = tokens.lowerBound - 1
        let after = tokens.upperBound
        return (before >= 0 && isHyphen(before) && document.tokens[tokens.lowerBound].attachedToPrevious)
            || (after < document.tokens.count && isHyphen(after) && document.tokens[after].attachedToPrevious)
    }

    func span(_ tokens: Range<Int>) -> TextSpan {
        TextSpan(document.tokens[tokens.lowerBound].span.start, document.tokens[tokens.upperBound - 1].span.end)
    }

    /// Appends an actor mention for `tokens`, with the mention's sentence.
    mutating func record(
        _ mention: Mention, _ tokens: Range<Int>, _ actor: consuming ActorCode, _ kind: ActorMention.Kind,
        _ rule: consuming String, name: consuming String? = nil, isModifier: Bool = false
    ) {
        let span = span(tokens)
        if kind == .state { namedStates.insert(actor.root) }
        actors.append(
            ActorMention(
                sentence: mention.sentence, tokens: tokens, span: span, actor: actor, kind: kind, rule: rule,
                name: name, isModifier: isModifier))
    }

}
