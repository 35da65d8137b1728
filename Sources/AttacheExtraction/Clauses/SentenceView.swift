import AttacheCore

/// One sentence with its actor groups, times, places and quantities, and the clause logic that
/// finds an event's source and target around a trigger.
struct SentenceView {
    let document: AnnotatedDocument
    let number: Int
    let tokens: Range<Int>
    let groups: [ActorGroup]
    /// Every actor mention of the sentence, modifiers and venues included.
    let mentions: [ActorMention]
    let times: [TimeExpression]
    let places: [PlaceMention]
    let quantities: [QuantityMention]
    /// The state the document is about (`principalState(of:)`).
    let principalState: String?
    /// The first state the sentence names, and its first place within a state: read once.
    let firstState: String?
    let firstPlaceInAState: PlaceMention?
    /// The places named as venues (`venues(among:in:sentence:)`).
    let venues: [PlaceMention]
    /// The day the sentence before set, its first time precise to the day: the reference time a
    /// sentence without a time of its own is read at.
    let referenceDay: PartialDate?

    init(
        document: AnnotatedDocument, number: Int, actors: ArraySlice<ActorMention>, times: [TimeExpression],
        places: [PlaceMention], quantities: [QuantityMention], principalState: String? = nil,
        referenceDay: PartialDate? = nil
    ) {
        self.document = document
        self.referenceDay = referenceDay
        self.principalState = principalState
        self.firstState = actors.first(where: { $0.kind == .state })?.actor.root
        self.firstPlaceInAState = places.first(where: { $0.country != nil })
        self.venues = Self.venues(among: places, in: document, sentence: document.sentences[number].tokens)
        self.number = number
        self.tokens = document.sentences[number].tokens
        self.times = times
        self.places = places
        self.quantities = quantities
        self.mentions = Array(actors)
        var groups: [ActorGroup] = []
        for mention in actors {
            // A headline joins names with a comma alone ("Chile, Peru sign accord"), not people named
            // by their office or group ("... by Russian air defences, officials in Baku say").
            // A demonym before a noun ("Israeli towns") or a state named as a venue ("in Kosovo")
            // can be what an act is done to, never who does it: a group of its own, attributive.
            if mention.isModifier {
                groups.append(ActorGroup(tokens: mention.tokens, members: [mention], isAttributive: true))
                continue
            }
            // The last group's span alone: a copy of the group would copy its members at every name
            // appended below (quadratic in a list of thousands).
            let last = groups.last.flatMap { $0.isAttributive ? nil : $0.tokens }
            if let last,
                mention.tokens.lowerBound <= last.upperBound
                    || (Self.onlyConnectors(document, last.upperBound..<mention.tokens.lowerBound)
                        && (Self.continuesList(document, last.upperBound..<mention.tokens.lowerBound, after: mention)
                            || (number == 0 && mention.tokens.lowerBound - last.upperBound == 1
                                && Self.isName(mention)
                                && groups[groups.count - 1].members.last.map(Self.isName) == true)))
            {
                groups[groups.count - 1].members.append(mention)
                groups[groups.count - 1].tokens =
                    last.lowerBound..<max(last.upperBound, mention.tokens.upperBound)
            } else {
                groups.append(ActorGroup(tokens: mention.tokens, members: [mention]))
            }
        }
        self.groups = groups
    }

    /// Whether an actor is named by its own name (a state, an organisation, an armed group such as
    /// Hamas), not by an office or a kind of people.
    static func isName(_ mention: ActorMention) -> Bool {
        mention.kind != .group || mention.rule == "organisation"
    }

    /// A view of every sentence, each layer bucketed by sentence in one pass.
    static func views(of document: AnnotatedDocument) -> [SentenceView] {
        let count = document.sentences.count
        var actors = Array(repeating: [ActorMention](), count: count)
        var times = Array(repeating: [TimeExpression](), count: count)
        var places = Array(repeating: [PlaceMention](), count: count)
        var quantities = Array(repeating: [QuantityMention](), count: count)
        for actor in document.actors { actors[actor.sentence].append(actor) }
        for time in document.times { times[time.sentence].append(time) }
        for place in document.places { places[place.sentence].append(place) }
        for quantity in document.quantities { quantities[quantity.sentence].append(quantity) }
        let principal = principalState(of: document)
        let days = times.map { $0.first(where: { $0.datesAnAct && $0.date?.day != nil })?.date }
        return (0..<count).map {
            SentenceView(
                document: document, number: $0, actors: actors[$0][...], times: times[$0], places: places[$0],
                quantities: quantities[$0], principalState: principal, referenceDay: $0 > 0 ? days[$0 - 1] : nil)
        }
    }

    /// The state a document names most often (first named on a tie): the one it is about.
    static func principalState(of document: AnnotatedDocument) -> String? {
        var counts: [String: Int] = [:]
        var best: (root: String, count: Int)? = nil
        for actor in document.actors where actor.kind == .state && !actor.isModifier {
            let count = counts[actor.actor.root, default: 0] + 1
            counts[actor.actor.root] = count
            if count > best?.count ?? 0 { best = (actor.actor.root, count) }
        }
        return best?.root
    }

    /// A comma alone joins actors only inside a list that goes on ("Poland, Romania and Kosovo"),
    /// not after an opening phrase ("Beyond NATO, Albania sent ...").
    static func continuesList(_ document: AnnotatedDocument, _ gap: Range<Int>, after mention: ActorMention) -> Bool {
        let joinedByWord = gap.contains {
            ClauseWords.connectors.contains(document.tokenKeys[$0]) && document.tokenKeys[$0] != ClauseWords.comma
        }
        if joinedByWord { return true }
        let next = mention.tokens.upperBound
        return next < document.tokens.count && ClauseWords.connectors.contains(document.tokenKeys[next])
    }

    /// "and", ", ", "and the", "as well as": words that join two actors into one group.
    static func onlyConnectors(_ document: AnnotatedDocument, _ gap: Range<Int>) -> Bool {
        guard !gap.isEmpty, gap.count <= 3 else { return false }
        let keys = gap.map { document.tokenKeys[$0] }
        // "X and his Turkish counterpart Y"
        return keys.contains { ClauseWords.connectors.contains($0) }
            && keys.allSatisfy {
                ClauseWords.connectors.contains($0) || ClauseWords.determiners.contains($0)
                    || ClauseWords.possessiveDeterminers.contains($0)
            }
    }

    func key(_ index: Int) -> UInt64 { document.tokenKeys[index] }

    func isBoundary(_ index: Int) -> Bool {
        ClauseWords.isBoundary(index, in: document)
    }

    /// The first token of the clause holding `index`, and whether a relative pronoun opens it.
    /// A clause is read over at most `ClauseWords.longestClause` tokens either way, so that a
    /// sentence without punctuation costs time in proportion to its length.
    func clauseStart(before index: Int) -> (start: Int, relative: Bool) {
        let first = max(tokens.lowerBound, index - ClauseWords.longestClause)
        var cursor = index - 1
        while cursor >= first {
            if isBoundary(cursor) { return (cursor + 1, ClauseWords.relativePronouns.contains(key(cursor))) }
            cursor -= 1
        }
        return (first, false)
    }

    /// The first token of the clause holding `index`, reading over parentheses: "the Organization
    /// of American States (OAS) approved" is one clause.
    func outerClauseStart(before index: Int) -> Int {
        var start = clauseStart(before: index).start
        while start > tokens.lowerBound, ClauseWords.parentheses.contains(key(start - 1)) {
            start = clauseStart(before: start - 1).start
        }
        return start
    }

    func clauseEnd(after index: Int) -> Int {
        let last = min(tokens.upperBound, index + ClauseWords.longestClause)
        var cursor = index
        while cursor < last {
            if ClauseWords.boundaries.contains(key(cursor)) { return cursor }
            cursor += 1
        }
        return last
    }

    /// Whether the group is the object of a preposition ("along with other NATO countries") or a
    /// predicate noun ("is a NATO member", "Albania, a member of NATO"): not a subject either way.
    func isPrepositionalObject(_ group: ActorGroup, from clauseStart: Int) -> Bool {
        // (After a verb or a comma: "A French minister said" opens with its subject.)
        let article = group.tokens.lowerBound - 1
        if article > tokens.lowerBound, ClauseWords.indefiniteArticles.contains(key(article)) {
            return true
        }
        var cursor = group.tokens.lowerBound - 1
        var steps = 0
        while cursor >= clauseStart, steps < 4 {
            let token = document.tokens[cursor]
            // "About 1,000 German soldiers": an approximation, not a preposition.
            let isApproximation = cursor + 1 < tokens.upperBound && document.tokens[cursor + 1].shape == .number
            if ClauseWords.prepositions.contains(key(cursor)) && !isApproximation {
                // "thousands of Israelis", "hundreds of Ukrainians": a count, not a prepositional phrase.
                let isCount =
                    key(cursor) == ClauseWords.of && cursor > tokens.lowerBound
                    && (document.tokens[cursor - 1].shape == .number
                        || ClauseWords.quantities.contains(key(cursor - 1)))
                return !isCount && !isOpeningNounsOrigin(preposition: cursor, clauseStart: clauseStart)
            }
            // Modifiers and the marks inside them: "against the so-called “Islamic State”".
            let isMark = token.shape == .punctuation && key(cursor) != ClauseWords.comma
            guard token.shape == .lower || token.shape == .number || isMark else { return false }
            cursor -= 1
            if !isMark { steps += 1 }
        }
        return false
    }

    /// Whether a preposition of origin ("from", "of") follows the nouns that open the clause or
    /// come after its opening adverbial: "Delegations from Chile and Peru will meet", "As agreed,
    /// senior officials of Ghana said" have the states for their subject.
    func isOpeningNounsOrigin(preposition: Int, clauseStart: Int) -> Bool {
        guard preposition > clauseStart, ClauseWords.origins.contains(key(preposition)),
            classes(preposition - 1).contains(.noun)
        else {
            return false
        }
        var start = preposition - 1
        while start > clauseStart, preposition - start < ClauseWords.openingNouns, isNominal(start - 1) {
            start -= 1
        }
        if start == clauseStart { return true }
        // After an opening adverbial ("As per the statement, delegations from"), not after a
        // noun in apposition ("Albania, a member of NATO, signed").
        let opensWithAdverbial =
            ClauseWords.prepositions.contains(key(clauseStart)) || ClauseWords.subordinators.contains(key(clauseStart))
        return key(start - 1) == ClauseWords.comma && opensWithAdverbial
    }

    /// Whether the noun at `index` heads the noun phrase that opens a clause after a subordinator
    /// ("that the attempted annexation", "because the invasion").
    func isClauseSubject(_ index: Int) -> Bool {
        let start = clauseStart(before: index).start
        // (Not after "as": "acted as intermediaries" names a role.)
        guard start > tokens.lowerBound, index - start <= ClauseWords.openingNouns,
            ClauseWords.adverbialSubordinators.contains(key(start - 1)) || key(start - 1) == ClauseWords.that
        else { return false }
        return (start..<index).allSatisfy {
            ClauseWords.articles.contains(key($0)) || ClauseWords.possessiveDeterminers.contains(key($0))
                || classes($0).contains(.adjective)
                || (classes($0).contains(.pastForm) && $0 > start && ClauseWords.articles.contains(key($0 - 1)))
        }
    }

    /// An article, noun or adjective: a word of a noun phrase.
    func isNominal(_ index: Int) -> Bool {
        ClauseWords.articles.contains(key(index))
            || !classes(index).isDisjoint(with: [.noun, .adjective]) && !classes(index).contains(.pastForm)
    }

    /// The subject of the clause a trigger stands in: the nearest actor group before it that is
    /// not the object of a preposition; after a relative pronoun, the group before the pronoun.
    /// Groups are read from the trigger outwards, so a long sentence costs no more per trigger.
    func subject(before trigger: Int, accepting accept: (ActorGroup) -> Bool = { _ in true }) -> ActorGroup? {
        func isEligible(_ group: ActorGroup) -> Bool { !group.isAttributive && accept(group) }
        // "Russia attacked Ukraine and killed ...": a second predicate shares the first one's
        // subject, the first group of the clause (parentheses do not end it), not the nearest.
        if let conjunction = coordinatingConjunction(before: trigger) {
            let start = outerClauseStart(before: conjunction)
            for group in groups[firstGroup(startingAtOrAfter: start)...] {
                guard group.tokens.upperBound <= conjunction else { break }
                if isEligible(group) && !isPrepositionalObject(group, from: start) { return group }
            }
        }
        let clause = clauseStart(before: trigger)
        let nearest = lastGroup(endingBy: trigger) {
            $0.tokens.lowerBound >= clause.start && isEligible($0) && !isPrepositionalObject($0, from: clause.start)
        }
        if let nearest, nearest.tokens.lowerBound >= clause.start { return nearest }
        if clause.relative {
            return lastGroup(endingBy: clause.start - 1, where: isEligible)
        }
        // A clause opened by "and" after a subject ("Albania is a member and has assigned ...").
        if clause.start == tokens.lowerBound { return nil }
        return lastGroup(endingBy: clause.start) {
            isEligible($0) && !isPrepositionalObject($0, from: tokens.lowerBound)
        }
    }

    /// The index of the first item that starts at or after `position`, in items sorted by their
    /// start (groups, places): a binary search, so a lookup never walks the sentence.
    static func firstIndex<Item>(in items: [Item], atOrAfter position: Int, start: (Item) -> Int) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if start(items[middle]) < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The index in `groups` of the first group that starts at or after `position`.
    func firstGroup(startingAtOrAfter position: Int) -> Int {
        Self.firstIndex(in: groups, atOrAfter: position) { $0.tokens.lowerBound }
    }

    /// The groups that start in `range`.
    func groups(startingIn range: Range<Int>) -> ArraySlice<ActorGroup> {
        guard !range.isEmpty else { return [] }
        return groups[firstGroup(startingAtOrAfter: range.lowerBound)..<firstGroup(startingAtOrAfter: range.upperBound)]
    }

    /// The places that start in `range`.
    func places(startingIn range: Range<Int>) -> ArraySlice<PlaceMention> {
        guard !range.isEmpty else { return [] }
        let start = { (place: PlaceMention) in place.tokens.lowerBound }
        return places[
            Self.firstIndex(
                in: places, atOrAfter: range.lowerBound, start: start)..<Self.firstIndex(
                    in: places, atOrAfter: range.upperBound, start: start)]
    }

    /// The few groups that start before `position`, nearest first: groups start in order and rarely
    /// overlap, so only they can reach it.
    func groupsReaching(before position: Int) -> ReversedCollection<ArraySlice<ActorGroup>> {
        let end = firstGroup(startingAtOrAfter: position)
        return groups[max(0, end - Self.overlapReach)..<end].reversed()
    }

    /// How many groups before a position a lookup checks for one that reaches it.
    static let overlapReach = 4

    /// The last group that ends at `end` and meets `condition`.
    func group(endingAt end: Int, where condition: (ActorGroup) -> Bool = { _ in true }) -> ActorGroup? {
        groupsReaching(before: end).first { $0.tokens.upperBound == end && condition($0) }
    }

    /// Whether a group that meets `condition` covers `position`.
    func hasGroup(covering position: Int, where condition: (ActorGroup) -> Bool) -> Bool {
        groupsReaching(before: position + 1).contains { $0.tokens.contains(position) && condition($0) }
    }

    /// The last group that ends by `end` and satisfies `condition`, searched backwards over at most
    /// `ClauseWords.longestClause` tokens.
    func lastGroup(endingBy end: Int, where condition: (ActorGroup) -> Bool) -> ActorGroup? {
        var index = firstGroup(startingAtOrAfter: end)
        while index > 0 {
            index -= 1
            let group = groups[index]
            if end - group.tokens.lowerBound > ClauseWords.longestClause { return nil }
            if group.tokens.upperBound <= end && condition(group) { return group }
        }
        return nil
    }

    /// The word classes of a token (empty when the morphology layer did not run).
    func classes(_ index: Int) -> WordClasses {
        document.wordClasses.indices.contains(index) ? document.wordClasses[index] : []
    }

    /// Whether the verb at `index` is a participle after a form of "be" ("was suspended", "has
    /// been expelled"): its subject is acted on.
    func isPassive(_ index: Int) -> Bool {
        guard index > tokens.lowerBound, classes(index).contains(.pastForm) || word(index, endsWith: "ed") else {
            return false
        }
        // "was not suspended", "were later expelled"
        return ClauseWords.passiveAuxiliaries.contains(key(skippingAdverbs(before: index)))
    }

    /// Whether the word at `index` is a past participle right after an article or a possessive
    /// ("the occupied", "its banned"), and so a modifier of what follows.
    func isAttributiveParticiple(_ index: Int) -> Bool {
        guard index + 1 < tokens.upperBound, classes(index).contains(.pastForm) else { return false }
        // "... stressed that targeted individuals include": a participle opening its clause before a
        // noun has no subject to act for.
        if index == tokens.lowerBound || ClauseWords.relativePronouns.contains(key(index - 1)) {
            return classes(index + 1).contains(.noun) && !classes(index + 1).contains(.verb)
                && document.tokens[index + 1].shape == .lower
        }
        let previous = key(index - 1)
        return ClauseWords.articles.contains(previous) || ClauseWords.possessiveDeterminers.contains(previous)
            || previous == ClauseWords.its
    }

    /// Whether the past form at `index` opens a reduced relative clause on the common noun before
    /// it ("150 women and children imprisoned in Israel", "weapons seized from peacekeepers"): the
    /// noun is acted on, by someone the clause does not name.
    func isReducedRelative(_ index: Int) -> Bool {
        guard index > tokens.lowerBound, index + 1 < tokens.upperBound, classes(index).contains(.pastForm),
            group(endingAt: index) == nil, !times.contains(where: { $0.tokens.contains(index - 1) })
        else { return false }
        // A common noun, or a people's name in the plural ("West Africans ordered out of Nigeria").
        let isNoun =
            document.tokens[index - 1].shape == .lower
            ? classes(index - 1).contains(.noun) && !classes(index - 1).contains(.verb)
            : word(index - 1, endsWith: "ans")
        let next = index + 1 < tokens.upperBound - 1 && key(index + 1) == ClauseWords.out ? index + 2 : index + 1
        return isNoun && ClauseWords.prepositions.contains(key(next)) && key(next) != ClauseWords.by
    }

    /// Whether the word at `index` can be a verb's base form ("suspend", not "suspends" or "suspended").
    /// The verb whose object is the noun at `index` ("take countermeasures", "has imposed new
    /// sanctions"): right before it, past an article or a modifier; an infinitive or a finite form.
    func verb(taking index: Int) -> Int? {
        var verb = index - 1
        while verb > index - 3, verb > tokens.lowerBound,
            ClauseWords.articles.contains(key(verb)) || classes(verb) == .adjective
        {
            verb -= 1
        }
        guard verb >= tokens.lowerBound, classes(verb).contains(.verb),
            !ClauseWords.prepositions.contains(key(verb)), !ClauseWords.passiveAuxiliaries.contains(key(verb)),
            !ClauseWords.perfectAuxiliaries.contains(key(verb))
        else { return nil }
        let isInfinitive = isBaseVerb(verb) && verb > tokens.lowerBound && key(verb - 1) == ClauseWords.to
        return isInfinitive || !classes(verb).isDisjoint(with: [.pastForm, .sForm]) ? verb : nil
    }

    func isBaseVerb(_ index: Int) -> Bool {
        let classes = classes(index)
        return classes.contains(.verb) && classes.isDisjoint(with: [.sForm, .pastForm, .ingForm])
    }

    /// The first verb of the infinitive that the base verb at `index` continues after "and" or "or"
    /// ("urged Moscow to cease hostilities and withdraw": "cease"), which gives it its subject.
    func infinitive(continuedAt index: Int) -> Int? {
        // ("and then meet", "or also impose")
        var conjunction = index - 1
        while conjunction > tokens.lowerBound, ClauseWords.predicateAdverbs.contains(key(conjunction)) {
            conjunction -= 1
        }
        guard conjunction - 1 >= tokens.lowerBound, ClauseWords.alternatives.contains(key(conjunction)),
            isBaseVerb(index)
        else { return nil }
        for cursor in stride(from: conjunction - 1, to: max(tokens.lowerBound, conjunction - 11), by: -1) {
            if isBoundary(cursor) { return nil }
            if key(cursor) == ClauseWords.to && isBaseVerb(cursor + 1) { return cursor + 1 }
        }
        return nil
    }

    /// The verb before an infinitive's preceding object when that verb does not hand its object
    /// the act ("visited Mauritania and Senegal to mediate", "met Putin to discuss"): the
    /// infinitive is then the purpose of the verb's own subject. Nil after "urged Chile to sign".
    func purposeVerb(beforeInfinitive start: Int) -> Int? {
        guard let verb = verbOfObject(beforeInfinitive: start), !ClauseWords.objectControlVerbs.contains(lemma(verb))
        else { return nil }
        return verb
    }

    /// Whether the infinitive at `start` is what a verb of command tells its object to do ("a
    /// court ordered Japanese firms to compensate victims"): an order's content, not an act.
    func isOrdered(infinitive start: Int) -> Bool {
        verbOfObject(beforeInfinitive: start).map { ClauseWords.commandVerbs.contains(lemma($0)) } ?? false
    }

    /// The verb whose object stands right before the infinitive at `start` ("visited Peru to",
    /// "ordered the firms to").
    func verbOfObject(beforeInfinitive start: Int) -> Int? {
        guard start - 1 > tokens.lowerBound, key(start - 1) == ClauseWords.to,
            let object = group(endingAt: start - 1)
        else { return nil }
        var verb = object.tokens.lowerBound - 1
        while verb > tokens.lowerBound, ClauseWords.articles.contains(key(verb)) { verb -= 1 }
        guard verb >= tokens.lowerBound, classes(verb).contains(.verb), document.tokens[verb].shape == .lower
        else { return nil }
        return verb
    }

    /// Whether the verb at `index` is in the present perfect ("has recalled", "have swapped").
    func isPresentPerfect(_ index: Int) -> Bool {
        guard index > tokens.lowerBound, classes(index).contains(.pastForm) || word(index, endsWith: "ed") else {
            return false
        }
        // "has long supported", "have now swapped"
        return ClauseWords.perfectAuxiliaries.contains(key(skippingAdverbs(before: index)))
    }

    /// Whether an adverb of habit stands among the few words before `index` ("has regularly sent").
    func isHabitual(_ index: Int) -> Bool {
        (max(tokens.lowerBound, index - 3)..<index).contains { ClauseWords.habitualAdverbs.contains(key($0)) }
    }

    /// The nearest token before `index` that is not an adverb or a negation.
    func skippingAdverbs(before index: Int) -> Int {
        var cursor = index - 1
        while cursor > tokens.lowerBound,
            ClauseWords.predicateAdverbs.contains(key(cursor)) || ClauseWords.negations.contains(key(cursor))
                || ClauseWords.auxiliaryAdverbs.contains(key(cursor))
                || (document.tokens[cursor].shape == .lower && word(cursor, endsWith: "ly"))
        {
            cursor -= 1
        }
        return cursor
    }

    /// Whether the word at `index` ends with `suffix` (compared as bytes: no `String` made).
    func word(_ index: Int, endsWith suffix: String) -> Bool {
        let span = document.tokens[index].span
        return span.length >= suffix.utf8.count
            && document.text[(span.end - suffix.utf8.count)..<span.end].elementsEqual(suffix.utf8)
    }

    /// The "and" or "but" right before a verb (adverbs such as "also" or "closely" may stand
    /// between), when a word other than an actor precedes it: the verb is a second predicate.
    func coordinatingConjunction(before trigger: Int) -> Int? {
        var cursor = trigger - 1
        while cursor > tokens.lowerBound,
            ClauseWords.predicateAdverbs.contains(key(cursor))
                || (document.tokens[cursor].shape == .lower && word(cursor, endsWith: "ly"))
        {
            cursor -= 1
        }
        guard cursor > tokens.lowerBound, ClauseWords.predicateConjunctions.contains(key(cursor)),
            group(endingAt: cursor) == nil
        else { return nil }
        return cursor
    }

    /// Whether a one-word past form right after an actor ends its sentence, but for a closing
    /// adverb ("Syria targeted as well"): a headline's passive with its auxiliary left out.
    func isHeadlinePassive(_ trigger: Range<Int>) -> Bool {
        guard trigger.count == 1, classes(trigger.lowerBound).contains(.pastForm),
            group(endingAt: trigger.lowerBound) != nil
        else { return false }
        // (Stops at the first other word, so a long sentence costs no more.)
        return (trigger.upperBound..<tokens.upperBound).allSatisfy {
            document.tokens[$0].shape == .punctuation || ClauseWords.closingAdverbs.contains(key($0))
        }
    }

    /// Whether the noun at `index` modifies the noun after it ("attack deaths", "strike force").
    func isNounModifier(_ index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.upperBound, document.tokens[next].shape == .lower,
            !ClauseWords.prepositions.contains(key(next)), !ClauseWords.subordinators.contains(key(next))
        else { return false }
        return classes(next).contains(.noun) && !classes(next).contains(.verb)
    }

    /// Whether the sentence asks rather than tells: it ends with "?", or opens with a question
    /// word and an auxiliary ("How can the EU support ...", "Will Russia attack ...").
    var isQuestion: Bool {
        guard !tokens.isEmpty else { return false }
        if ClauseWords.questionMark == key(tokens.upperBound - 1) { return true }
        let first = tokens.lowerBound
        guard first + 1 < tokens.upperBound else { return false }
        return ClauseWords.questionWords.contains(key(first))
            && ClauseWords.questionAuxiliaries.contains(key(first + 1))
    }

    /// The past-tense verbs right after "and" or "but": each opens a second predicate ("urged
    /// Peru to withdraw and condemned its raids").
    func secondPredicates() -> Set<Int> {
        var verbs: Set<Int> = []
        for index in tokens.dropFirst()
        where ClauseWords.predicateConjunctions.contains(key(index - 1)) && classes(index).contains(.pastForm) {
            verbs.insert(index)
        }
        return verbs
    }

    /// Whether a preposition stands within the three words before `index` ("of the full-scale
    /// invasion"); "to" is left out, being as often the mark of an infinitive ("to support").
    func isInsidePrepositionalPhrase(_ index: Int) -> Bool {
        guard
            let preposition = (max(tokens.lowerBound, index - 3)..<index).last(where: {
                ClauseWords.prepositions.contains(key($0)) && key($0) != ClauseWords.to
            })
        else { return false }
        // "launched 10 days of war games": the "of" of a measure leaves the noun what the
        // measure's own phrase is.
        if key(preposition) == ClauseWords.of, preposition - 1 > tokens.lowerBound,
            ClauseWords.measureNouns.contains(key(preposition - 1))
        {
            return (max(tokens.lowerBound, preposition - 3)..<(preposition - 1)).contains {
                ClauseWords.prepositions.contains(key($0)) && key($0) != ClauseWords.to
            }
        }
        return true
    }

    /// The possessor or demonym right before a noun trigger ("Russia's brutal aggression",
    /// "U.S. exports").
    func possessor(before trigger: Int) -> ActorGroup? {
        var cursor = trigger - 1
        var steps = 0
        while cursor >= tokens.lowerBound, steps < 5 {
            if key(cursor) == ClauseWords.possessive {
                return group(endingAt: cursor)
            }
            if steps == 0, let group = group(endingAt: cursor + 1) { return group }
            let token = document.tokens[cursor]
            guard token.shape == .lower || key(cursor) == ClauseWords.comma || token.shape == .punctuation else {
                return nil
            }
            cursor -= 1
            steps += 1
        }
        return nil
    }

    /// The first group after the trigger with nothing but modifiers between ("condemned Russia's
    /// attack", "visits Albania").
    func directObject(after end: Int, limit: Int) -> ActorGroup? {
        guard let group = groups(startingIn: end..<limit).first else {
            return nil
        }
        // Only "of" and "by" may stand between ("welcomed the decision of Japan", "the progress made
        // by Albania"): other prepositions introduce other roles.
        for index in end..<group.tokens.lowerBound {
            let word = key(index)
            if ClauseWords.genitives.contains(word) { continue }
            // "urged all parties in Sudan": the parties are the state's own.
            if word == ClauseWords.in, index > end, ClauseWords.partyNouns.contains(key(index - 1)) { continue }
            // "about 3,200 Afghans", "over 50 million": an approximation, not a preposition.
            if index + 1 < tokens.upperBound, document.tokens[index + 1].shape == .number { continue }
            if ClauseWords.prepositions.contains(word) || isBoundary(index) { return nil }
            // "..., killing 20 people, officials in Nairobi said": past a comma, the speaker.
            if word == ClauseWords.comma, group.tokens.upperBound < tokens.upperBound,
                ClauseWords.speechVerbs.contains(key(group.tokens.upperBound))
            {
                return nil
            }
        }
        return group
    }

    /// The first group after one of the prepositions that follows the trigger.
    func prepositionalObject(_ preposition: UInt64, after end: Int, limit: Int) -> ActorGroup? {
        guard let index = (end..<limit).first(where: { key($0) == preposition }) else { return nil }
        // "exchanged prisoners with the help of the UAE": a helper, not the other party.
        let noun =
            index + 1 < tokens.upperBound && ClauseWords.articles.contains(key(index + 1)) ? index + 2 : index + 1
        if noun + 1 < tokens.upperBound, ClauseWords.meansNouns.contains(key(noun)), key(noun + 1) == ClauseWords.of {
            return nil
        }
        // ("on its side of the border": "its" only says whose side.)
        if let group = groups(startingIn: (index + 1)..<min(index + 6, limit + 5)).first(where: {
            !($0.tokens.count == 1 && key($0.tokens.lowerBound) == ClauseWords.its)
        }) {
            // "arms sales to China's Taiwan region": the owner names whose the object is.
            let owned = group.tokens.upperBound + 1
            if owned < tokens.upperBound, key(owned - 1) == ClauseWords.possessive,
                let object = groups(startingIn: owned..<(owned + 1)).first
            {
                return object
            }
            return group
        }
        // "on their side of the border with Guyana": the state across the border the phrase names.
        let borderEnd = max(index + 2, min(tokens.upperBound, index + ClauseWords.borderReach))
        if let with = ((index + 2)..<borderEnd).first(where: {
            key($0) == ClauseWords.with && ClauseWords.borderNouns.contains(key($0 - 1))
        }), let group = groups(startingIn: (with + 1)..<(with + 3)).first {
            return group
        }
        // "aid to Gaza": a place stands for the state it lies in, unless it is where the act
        // happens ("a session in Cairo").
        guard !ClauseWords.locatives.contains(preposition),
            let place = places(startingIn: (index + 1)..<(index + 2)).first, let country = place.country
        else { return nil }
        return group(of: place, country: country)
    }

    /// Whether "'s" stands within the two words before `index`, outside an actor: in "Sudan's army
    /// seized power" it belongs to the subject and says nothing of the trigger.
    func hasPossessive(before index: Int) -> Bool {
        (max(tokens.lowerBound, index - 3)..<index).contains { position in
            key(position) == ClauseWords.possessive
                && !hasGroup(covering: position, where: { $0.tokens.upperBound > position + 1 })
        }
    }

    /// A state named after "in", "into", "on", "over", "against" or "toward" in the clause.
    func venue(after end: Int, limit: Int) -> ActorGroup? {
        // "occupied Crimea": a place right after the verb is what it acts on.
        if let place = places(startingIn: (end + 1)..<(end + 2)).first, let country = place.country {
            return group(of: place, country: country)
        }
        for index in end..<limit where ClauseWords.venuePrepositions.contains(key(index)) {
            if let group = groups(startingIn: (index + 1)..<(index + 5)).first,
                group.members.allSatisfy({ $0.kind != .organisation && $0.kind != .reference })
            {
                return group
            }
            // A place within a state: "into northern Gaza".
            if let place = places(startingIn: (index + 1)..<(index + 5)).first, let country = place.country {
                return group(of: place, country: country)
            }
        }
        return nil
    }

    /// A place standing for the state it lies in.
    func group(of place: PlaceMention, country: String) -> ActorGroup {
        let mention = ActorMention(
            sentence: number, tokens: place.tokens, span: place.span, actor: ActorCode(country), kind: .state,
            rule: "place")
        return ActorGroup(tokens: place.tokens, members: [mention], isAttributive: true)
    }

    /// The civilians of the state where an act happens, named as a venue in the sentence ("in
    /// Tbilisi", "in Georgia"): the actor behind an unnamed crowd.
    func civiliansOfVenue(around trigger: Range<Int>) -> ActorGroup? {
        guard let place = firstPlaceInAState, let country = place.country else { return nil }
        let mention = ActorMention(
            sentence: number, tokens: place.tokens, span: place.span,
            actor: ActorCode(country, sector: ActorCode.civilians), kind: .group, rule: "venue-civilians")
        return ActorGroup(tokens: place.tokens, members: [mention])
    }

    /// The armed forces of the state where an act happens: named as a venue after the trigger, else
    /// one named in the sentence, else the state the document is about ("the coup in Gabon", "the
    /// coup that took place on 26 November").
    func forcesOfVenue(after trigger: Range<Int>, limit: Int) -> ActorGroup? {
        let venue = venue(after: trigger.upperBound - 1, limit: limit)
        guard
            let root = venue?.roots.first ?? firstState ?? principalState
        else { return nil }
        let tokens = venue?.tokens ?? trigger
        let mention = ActorMention(
            sentence: number, tokens: tokens, span: document.tokens[tokens.lowerBound].span,
            actor: ActorCode(root, sector: "MIL"), kind: .group, rule: "venue-forces")
        return ActorGroup(tokens: tokens, members: [mention])
    }

    /// Whether "visiting" stands between a trigger and a group ("met visiting President Yoon", "met
    /// the visiting delegation of Peru"): the group came as guests.
    func isVisitor(_ group: ActorGroup, after trigger: Range<Int>) -> Bool {
        var before = group.tokens.lowerBound - 1
        if before > trigger.upperBound, ClauseWords.articles.contains(key(before)) { before -= 1 }
        return before >= trigger.upperBound && key(before) == ClauseWords.visiting
    }

    /// The agent of a passive ("was attacked by X").
    func passiveAgent(trigger: Range<Int>) -> ActorGroup? {
        let before = trigger.lowerBound - 1
        // ("is investigating abuses by troops" is active.)
        guard before >= tokens.lowerBound, !word(trigger.lowerBound, endsWith: "ing"),
            ClauseWords.passiveAuxiliaries.contains(key(before))
                || (before - 1 >= tokens.lowerBound && ClauseWords.passiveAuxiliaries.contains(key(before - 1)))
        else { return nil }
        return prepositionalObject(
            ClauseWords.by, after: trigger.upperBound, limit: min(tokens.upperBound, trigger.upperBound + 4))
    }

    /// The time expression that dates a trigger: the nearest in its clause (a date elsewhere in the
    /// sentence usually dates something else).
    func time(near trigger: Range<Int>) -> TimeExpression? {
        let start = outerClauseStart(before: trigger.lowerBound)
        let end = clauseEnd(after: trigger.upperBound)
        let distance = { (time: TimeExpression) -> Int in
            time.tokens.lowerBound >= trigger.upperBound
                ? time.tokens.lowerBound - trigger.upperBound : trigger.lowerBound - time.tokens.upperBound
        }
        // A subordinate clause after the trigger has its own time; one right before the date
        // ("after 2021") is the date's own preposition.
        // So does a reported clause ("..., arguing that ...", "said that ...").
        let opensClause = { (index: Int) in
            (ClauseWords.adverbialSubordinators.contains(self.key(index))
                || ClauseWords.reportingParticiples.contains(self.key(index))
                || (self.key(index) == ClauseWords.that && index > self.tokens.lowerBound
                    && ClauseWords.speechVerbs.contains(self.key(index - 1))))
                && self.document.tokens[index].shape == .lower
        }
        let isOwnTime = { (time: TimeExpression) -> Bool in
            time.tokens.lowerBound < trigger.upperBound
                || !(trigger.upperBound..<max(trigger.upperBound, time.tokens.lowerBound - 1)).contains(
                    where: opensClause)
        }
        return times.filter {
            $0.tokens.lowerBound >= start && $0.tokens.upperBound <= end && $0.datesAnAct && isOwnTime($0)
                && !isAttributive($0) && !isInsideAside($0, before: trigger.lowerBound)
        }
        .min { distance($0) < distance($1) } ?? framingTime(ofClauseAt: start, before: trigger.lowerBound)
    }

    /// A time outside the trigger's clause that sets it: the time before a "when" that opens the
    /// clause ("since 2013, when Egypt expelled ..."), or the time that opens the sentence ("On
    /// March 25, after the assault, Manila protested").
    func framingTime(ofClauseAt start: Int, before trigger: Int) -> TimeExpression? {
        let opener = start - 1
        if opener > tokens.lowerBound, ClauseWords.timeRelatives.contains(key(opener)) {
            let timeEnd = key(opener - 1) == ClauseWords.comma ? opener - 1 : opener
            if let time = times.last(where: { $0.tokens.upperBound == timeEnd }), !isAttributive(time) {
                return time
            }
        }
        guard let first = times.first, first.tokens.upperBound <= tokens.lowerBound + ClauseWords.openingReach,
            first.tokens.upperBound < trigger, key(first.tokens.upperBound) == ClauseWords.comma
        else { return nil }
        return first
    }

    /// Whether a time stands in a relative clause set off by commas before the trigger: "Russia,
    /// which invaded Ukraine in 2022, has used drones" dates the invasion, not the use.
    func isInsideAside(_ time: TimeExpression, before trigger: Int) -> Bool {
        guard time.tokens.upperBound < trigger,
            (time.tokens.upperBound..<trigger).contains(where: { key($0) == ClauseWords.comma })
        else { return false }
        var cursor = time.tokens.lowerBound - 1
        while cursor > tokens.lowerBound, time.tokens.lowerBound - cursor <= ClauseWords.longestClause {
            if key(cursor) == ClauseWords.comma { return false }
            if ClauseWords.relativePronouns.contains(key(cursor)) { return key(cursor - 1) == ClauseWords.comma }
            cursor -= 1
        }
        return false
    }

    /// Whether a time names a thing rather than dates an act: a year between an article and a noun
    /// ("the 1960 Indus Waters Treaty", "the 2018 court ruling").
    func isAttributive(_ time: TimeExpression) -> Bool {
        // The year itself, with or without the article the time tagger may include.
        var year = time.tokens.lowerBound
        if ClauseWords.articles.contains(key(year)) { year += 1 }
        let after = time.tokens.upperBound
        guard year + 1 == after, document.tokens[year].shape == .number, year - 1 >= tokens.lowerBound,
            after < tokens.upperBound
        else { return false }
        let next = document.tokens[after].shape
        return (ClauseWords.articles.contains(key(year - 1)) || key(year - 1) == ClauseWords.possessive)
            && (next == .lower || next == .capitalized)
    }

    /// Where the act happened: the first venue after the trigger, else the last before it. A
    /// venue is a place after "in", "at", "near" ... ("met in Geneva"); a capital that acts ("urged
    /// Belgrade") or a state an act concerns ("aggression against Ukraine") is none.
    func location(after trigger: Range<Int>) -> Location? {
        let next = Self.firstIndex(in: venues, atOrAfter: trigger.upperBound) { $0.tokens.lowerBound }
        guard let place = next < venues.count ? venues[next] : venues.last else { return nil }
        return Location(name: place.name, country: place.country)
    }

    /// The places named as venues ("in Geneva", "at the Hague", "Davos, Switzerland"), in text order.
    static func venues(among places: [PlaceMention], in document: AnnotatedDocument, sentence: Range<Int>)
        -> [PlaceMention]
    {
        var ends: Set<Int> = []
        var venues: [PlaceMention] = []
        for place in places {
            var before = place.tokens.lowerBound - 1
            if before > sentence.lowerBound, ClauseWords.determiners.contains(document.tokenKeys[before]) {
                before -= 1
            }
            if before >= sentence.lowerBound,
                ClauseWords.locatives.contains(document.tokenKeys[before])
                    || (document.tokenKeys[before] == ClauseWords.comma && ends.contains(before))
            {
                venues.append(place)
            }
            ends.insert(place.tokens.upperBound)
        }
        return venues
    }

}
