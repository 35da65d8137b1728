public import AttacheCore

/// Codes PLOVER events from trigger patterns (`events.tsv`): for each trigger, the source is the
/// subject of its clause (or the possessor of a noun trigger, or the agent of a passive), the
/// target sits where the pattern says (after the trigger, or after one of its prepositions).
/// Modality cues (`modality.tsv`) before the trigger set `negated` and `hypothetical`; the date
/// comes from the nearest time expression in the clause, the location from a place named as a
/// venue. A document states each event once: repeats with the same pattern, actors and date are
/// dropped.
///
/// ```swift
/// let pipeline = try Pipeline.standard()   // includes the event coder
/// ```
public struct EventCoder: PipelineComponent {
    public static let name = "event-coder"
    public static let requires: Set<Layer> = [.actors, .times, .quantities, .relations]
    public static let assigns: Set<Layer> = [.events]

    let patterns: EventPatterns

    public init(patterns: EventPatterns = .builtIn) { self.patterns = patterns }

    public func process(_ document: inout AnnotatedDocument) throws {
        let actorTokens = Set(document.actors.flatMap { Array($0.tokens) })
        let matcher = TriggerMatcher(patterns: patterns)
        // Relations first: the events they stand for (one per instrument, mission, donor...).
        var events: [EventRecord] = []
        var seen: Set<EvidenceKey> = []
        var standing: [StandingKey: EventTypes] = [:]
        // For each token that starts inside a relation's evidence, the types its words read as.
        var readByRelation = [EventTypes](repeating: EventTypes(), count: document.tokens.count)
        var firstSentence: [WordingKey: Int] = [:]
        let views = SentenceView.views(of: document)
        // Relations come in text order: each evidence is looked for from the sentence of the one
        // before, so the search stays linear in the document.
        var searchFrom = 0
        var sentenceCursor = 0
        for relation in document.relations {
            let readTypes = StandingEvents.readTypes(of: relation.kind)
            var sentenceNumber = -1
            var stated: (negated: Bool, hypothetical: Bool) = (false, false)
            let standsFor = StandingEvents.events(for: relation)
            let evidence = Array(relation.evidence.utf8)
            if let start = Self.offset(of: evidence, in: document.text, from: searchFrom)
                ?? Self.offset(of: evidence, in: document.text, from: 0)
            {
                if start < searchFrom { sentenceCursor = 0 }
                while sentenceCursor < document.sentences.count, document.sentences[sentenceCursor].span.end <= start {
                    sentenceCursor += 1
                }
                if sentenceCursor < document.sentences.count {
                    sentenceNumber = sentenceCursor
                    searchFrom = document.sentences[sentenceCursor].span.start
                    let end = start + evidence.count
                    let tokens = views[sentenceNumber].tokens.filter {
                        document.tokens[$0].span.start >= start && document.tokens[$0].span.start < end
                    }
                    // A relation that stands for no event ("sent police to Haiti", no mission
                    // named) leaves its words to the triggers.
                    if !standsFor.isEmpty {
                        for token in tokens { readByRelation[token].formUnion(readTypes) }
                    }
                    // "Stockholm will sign the agreement", "Mali has not ratified the treaty".
                    let whole = tokens.filter { document.tokens[$0].span.end <= end }
                    if let first = whole.first, let last = whole.last {
                        stated = modality(from: first, to: last + 1, sentence: views[sentenceNumber])
                    }
                }
            }
            // Aid in two sectors is still one act of giving: one event per statement.
            for var event in standsFor
            where seen.insert(EvidenceKey(actors: EventActors(event), evidence: event.evidence)).inserted {
                event.negated = stated.negated
                event.hypothetical = stated.hypothetical
                // The headline's act is the day's news ("E.U. signs gas deal with Azerbaijan").
                if event.date == nil, sentenceNumber == 0, !event.hypothetical {
                    event.date = document.document.published
                }
                // One statement of aid to several recipients is one event with several targets.
                if event.type == .aid, let last = events.last, last.type == .aid, last.evidence == event.evidence,
                    last.source == event.source
                {
                    events[events.count - 1].target += event.target.filter { !last.target.contains($0) }
                    continue
                }
                events.append(event)
                standing[.sentence(sentenceNumber, EventActors(event)), default: EventTypes()].formUnion(readTypes)
                if relation.kind == .agreement { standing[.agreement(EventActors(event))] = readTypes }
            }
        }
        // The assaults coded from triggers, by what a restatement must share with them.
        var assaults: [RestatementKey: [Int]] = [:]
        for sentence in views where !sentence.isQuestion {
            let number = sentence.number
            let triggers = TokenView.with(document) {
                matcher.matches(
                    in: $0, sentence: sentence.tokens, actorTokens: actorTokens,
                    secondPredicates: sentence.secondPredicates())
            }
            let triggerStarts = Set(triggers.map(\.tokens.lowerBound))
            // "The following states have signed the accord:" and a name a line: an event per name.
            let items = Self.listItems(after: sentence, in: views)
            // An agreement named without its counterpart ("Denmark agreed to give Kenya ..."),
            // waiting for the act agreed to, which names it.
            var openAgreement: (event: Int, end: Int)? = nil
            // What a request asks for or a threat announces is no act of its own ("called on Moscow
            // to withdraw", "threatened to launch an offensive").
            var contentUntil = sentence.tokens.lowerBound
            // One act read from both sides in a sentence is coded once, in text order.
            var sentenceActs: Set<EventActors> = []
            for trigger in triggers {
                let pattern = patterns.patterns[trigger.pattern]
                if trigger.tokens.lowerBound < contentUntil, !Self.contentTypes.contains(pattern.type),
                    !sentence.isInRelativeAside(trigger.tokens.lowerBound)
                {
                    continue
                }
                // A trigger inside a relation's evidence was read by the relation ("hosts a U.S.
                // military presence" is the hosting, not a visit); it may still name an open
                // agreement's counterpart. Other acts in its words are their own ("agreed to a
                // request by the UN to deploy").
                let isReadByRelation = readByRelation[trigger.tokens.lowerBound].contains(pattern.type)
                if isReadByRelation && openAgreement == nil { continue }
                let listed = items.compactMap { code(trigger, in: sentence, triggerStarts: triggerStarts, listed: $0) }
                let coded =
                    listed.isEmpty
                    ? [code(trigger, in: sentence, triggerStarts: triggerStarts)].compactMap { $0 } : listed
                if let open = openAgreement, trigger.tokens.lowerBound >= open.end,
                    trigger.tokens.lowerBound <= open.end + Self.agreedActReach,
                    let act = coded.first(where: { !$0.target.isEmpty })
                {
                    // What it agrees to may be addressed to it ("agreed to a request by the UN"):
                    // then its author is the counterpart.
                    let root = { (code: String) in ActorCode(parsing: code)?.root ?? code }
                    let agreeing = Set(events[open.event].source.map(root))
                    let isAnswer = act.target.allSatisfy { agreeing.contains(root($0)) }
                    events[open.event].target = (isAnswer ? act.source : act.target).filter {
                        !agreeing.contains(root($0))
                    }
                    openAgreement = nil
                }
                if isReadByRelation { continue }
                if coded.contains(where: { Self.contentTypes.contains($0.type) }),
                    namesContent(trigger, pattern: pattern, in: sentence)
                {
                    contentUntil = sentence.contentEnd(after: trigger.tokens.upperBound)
                }
                // (A trigger's own records may go both ways: "mutual support".)
                let earlierActs = sentenceActs
                for event in coded {
                    let actors = EventActors(event)
                    guard actors.sources == actors.targets || !earlierActs.contains(actors.reversed) else { continue }
                    sentenceActs.insert(actors)
                    guard standing[.sentence(number, actors)]?.contains(event.type) != true,
                        // Each instrument is one AGREE, coded from its relation wherever it is restated.
                        !(event.type == .agree && standing[.agreement(actors)] != nil)
                    else { continue }
                    // A restatement repeats the wording (same pattern, actors and date) of the headline,
                    // subtitle or lede, or of its own sentence; further on, the same words are a new act.
                    let key = WordingKey(event)
                    if let first = firstSentence[key], first < Self.leadSentences || first == number { continue }
                    if firstSentence[key] == nil { firstSentence[key] = number }
                    let restatement = RestatementKey(event)
                    if let restatement,
                        let same = assaults[restatement]?.first(where: { Self.restates(events[$0], event) })
                    {
                        if events[same].date == nil { events[same].date = event.date }
                        continue
                    }
                    if let restatement { assaults[restatement, default: []].append(events.count) }
                    if event.type == .agree, event.target.isEmpty {
                        openAgreement = (events.count, trigger.tokens.upperBound)
                    }
                    events.append(event)
                }
            }
        }
        document.events = events
    }

    /// How far after an unattributed attack its victim may stand ("the killing of a Kosovo police").
    static let victimReach = 4
    /// How far after an agreement without a counterpart the act agreed to may start ("agreed in
    /// principle on Saturday to provide").
    static let agreedActReach = 8

    /// Types whose target is often the place an act concerns.
    static let venueTypes: Set<EventType> = [
        .accuse, .reject, .retreat, .assault, .coerce, .threaten, .sanction, .protest, .mobilize,
    ]

    /// The mode of a mediator's talks (CONSULT third-party in events.tsv).
    static let mediationMode = "third-party"
    static let demonstrationMode = "demo"
    /// The mode of ACCUSE for criticism and protest notes.
    static let disapprovalMode = "disapprove"
    /// The sectors of a state's own organs: government, armed forces, police.
    static let stateOrgans: Set<String> = [ActorCode.government, ActorCode.military, ActorCode.police]

    /// The mode of a visit (CONSULT visit in events.tsv).
    static let visitMode = "visit"

    /// Acts whose words go on to name another act, which is their content and not coded apart:
    /// what a request asks for, what a threat says will follow ("threatened to launch an
    /// offensive").
    static let contentTypes: Set<EventType> = [.request, .threaten]

    /// Verbal acts always addressed to someone, who may be named anywhere after the verb.
    static let addressedTypes: Set<EventType> = [.threaten, .reject]

    /// Verbal acts a text performs by saying them.
    static let performativeTypes: Set<EventType> = [.support, .accuse, .request, .reject, .threaten]

    /// Headline, subtitle and lede: the sentences a news text restates.
    static let leadSentences = 3

    /// Types whose "X and Y" subject with no object acts on each other ("X and Y boosted ties",
    /// "the two sides imposed tit-for-tat measures", "X and Y clashed"): X on Y, in text order.
    static let mutualTypes: Set<EventType> = [
        .agree, .consult, .cooperate, .support, .sanction, .accuse, .assault, .threaten, .retreat,
    ]

    /// Where `needle` first occurs in `text` at or after `start`, as a byte offset.
    static func offset(of needle: [UInt8], in text: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= text.count else { return nil }
        var index = start
        while index + needle.count <= text.count {
            if text[index] == first && text[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Whether `later` names again an armed assault already coded: the same roots, the same
    /// modality and dates that can be the same day ("Russia's aggression" and "Russia's attack on
    /// Ukraine" in one article are one war). Words of support or cooperation differ by topic, so
    /// only assaults merge this way.
    static func restates(_ earlier: EventRecord, _ later: EventRecord) -> Bool {
        guard let key = RestatementKey(later), RestatementKey(earlier) == key else { return false }
        guard let first = earlier.date, let second = later.date else { return true }
        return first.agrees(atPrecisionOf: second) || second.agrees(atPrecisionOf: first)
    }

    /// Whether a trigger starts in `range` (a few tokens: constant time whatever the sentence).
    static func hasTrigger(in range: Range<Int>, _ starts: Set<Int>) -> Bool {
        range.contains { starts.contains($0) }
    }

    /// Codes one trigger; `listed` is a name listed under the trigger's sentence, which fills the
    /// slot the sentence leaves open (its source, else its target).
    func code(
        _ trigger: TriggerMatch, in sentence: SentenceView, triggerStarts: Set<Int> = [], listed: ActorGroup? = nil
    ) -> EventRecord? {
        let pattern = patterns.patterns[trigger.pattern]
        if pattern.bySpeaker { return codeReported(trigger, pattern: pattern, in: sentence) }
        if reportsNoAct(trigger, pattern: pattern, in: sentence) { return nil }
        let clauseEnd = sentence.clauseEnd(after: trigger.tokens.upperBound)
        let limit = min(clauseEnd, trigger.tokens.upperBound + 15)
        // A possessive before the trigger makes it a noun whatever the pattern says ("Kosovo's ban").
        var source = sentence.possessor(before: trigger.tokens.lowerBound).flatMap { owner in
            pattern.noun || sentence.hasPossessive(before: trigger.tokens.lowerBound) ? owner : nil
        }
        let hasPossessor = source != nil
        let isNoun = isNominal(trigger, pattern: pattern, in: sentence)
        // A noun inside a prepositional phrase ("since the beginning of the invasion") is no act of
        // the clause's subject.
        let isGerund = sentence.word(trigger.tokens.lowerBound, endsWith: "ing")
        // "Chile condemned the attack": a noun that another trigger takes as its object is not an
        // act of that verb's subject.
        let isObjectOfTrigger =
            isNoun
            && Self.hasTrigger(in: (trigger.tokens.lowerBound - 4)..<trigger.tokens.lowerBound, triggerStarts)
        // "argued that the attempted annexation ...": a noun that opens a clause is its subject, no
        // act of the clause before.
        let opensClause =
            isNoun && sentence.isClauseSubject(trigger.tokens.lowerBound)
        if source == nil && !isObjectOfTrigger && !opensClause
            && !(pattern.noun && isNoun && !isGerund && sentence.isInsidePrepositionalPhrase(trigger.tokens.lowerBound))
        {
            // The object of an earlier verb is not the subject of a later finite one ("We support the
            // EU ... and encourage the parties"), but it is of an infinitive or gerund ("thanked
            // Turkey for ratifying", "invited X to visit").
            let start = trigger.tokens.lowerBound
            // "called on Moscow to cease hostilities and withdraw": the second verb's subject is the
            // first one's.
            let infinitive = sentence.infinitive(continuedAt: start)
            // "criticised Niger, which expelled ...": a relative clause's subject is the noun before it,
            // often the earlier verb's object.
            let isNonFinite =
                isGerund || (start > sentence.tokens.lowerBound && sentence.key(start - 1) == ClauseWords.to)
                || infinitive != nil || sentence.clauseStart(before: start).relative
            let purpose = infinitive == nil ? sentence.purposeVerb(beforeInfinitive: start) : nil
            source = sentence.subject(before: infinitive ?? purpose ?? start) { group in
                // A comma ends the earlier phrase ("After the assault, Manila lodged a protest").
                let before = max(sentence.tokens.lowerBound, group.tokens.lowerBound - 3)..<group.tokens.lowerBound
                let afterComma = before.last { sentence.key($0) == ClauseWords.comma }.map { $0 + 1 }
                return isNonFinite
                    || !Self.hasTrigger(in: (afterComma ?? before.lowerBound)..<before.upperBound, triggerStarts)
            }
        }
        // Without a subject, a noun may name its own actors ("talks between Chile and Peru"); its
        // agent ("mediation by Qatar") is its source whatever the clause's subject did.
        let candidate = source == nil || !hasPossessor ? nominalActors(trigger, pattern: pattern, in: sentence) : nil
        let nominal = candidate.flatMap { source == nil || $0.isAgent ? $0 : nil }
        if let nominal { source = nominal.source }
        // The pair of "talks between X and Y" is both sides: X is the source, Y the target.
        var target =
            nominal?.isPair == true ? nil : findTarget(pattern, trigger, sentence, limit: limit, excluding: source)
        // "The UN is investigating abuses by Sudanese troops", "condemned the attacks by Peruvian
        // forces on Bolivia": whoever did what is condemned or investigated is the accused.
        if pattern.type == .accuse, !isNoun, source != nil,
            let perpetrator = sentence.prepositionalObject(
                ClauseWords.by, after: trigger.tokens.upperBound - 1,
                limit: min(limit, trigger.tokens.upperBound + Self.nominalReach))
        {
            target = perpetrator
        }
        if let listed {
            guard source == nil || target == nil else { return nil }
            if source == nil { source = listed } else { target = listed }
        }
        var isPassive = false
        if pattern.passiveBy, let agent = sentence.passiveAgent(trigger: trigger.tokens) {
            target = source
            source = agent
            isPassive = true
        } else if !pattern.inverse, let patient = source, patient.tokens.upperBound <= trigger.tokens.lowerBound,
            sentence.isPassive(trigger.tokens.lowerBound)
        {
            // "Niger was suspended from ECOWAS": the subject is acted on, and whoever acted is not
            // named in this clause.
            return nil
        }
        if pattern.inverse { swap(&source, &target) }
        // "Kishida met visiting South Korean President Yoon": the visitor is the source of a meeting.
        if pattern.type == .consult, let guest = target, sentence.isVisitor(guest, after: trigger.tokens) {
            swap(&source, &target)
        }
        // Protesters are no state organ: "authorities imposed a curfew after a demonstration" names
        // the demonstration's place, not its crowd.
        if pattern.type == .protest, isNoun,
            source?.members.allSatisfy({ Self.stateOrgans.contains($0.actor.sector ?? "") }) == true
        {
            source = nil
        }
        // "Thousands protested in Tbilisi": unnamed crowds are the civilians of the place.
        if source == nil, pattern.type == .protest { source = sentence.civiliansOfVenue(around: trigger.tokens) }
        // "the coup in Gabon", "soldiers staged a coup": a seizure of power by unnamed troops is the
        // army's of the state where it happens.
        if source == nil, pattern.reflexive, pattern.type == .assault {
            source = sentence.forcesOfVenue(after: trigger.tokens, limit: limit)
        }
        // "the killing of a Kosovo police officer": an attack the text names without its author is
        // still coded, against whom it names.
        let isUnattributed =
            source == nil && pattern.type == .assault && !pattern.reflexive
            && isNoun
        guard var sources = source?.actors ?? (isUnattributed ? [] : nil), !sources.isEmpty || isUnattributed
        else { return nil }
        var targets = target?.actors ?? []
        var isJoint = false
        // "Ukraine's fight against Russia's invasion", "defend their nation from Russia's aggression":
        // an attack named by its author's possessive acts on the state named before it.
        // (Only after a preposition: in "France condemned Russia's attacks" France is no victim.)
        if targets.isEmpty, pattern.type == .assault, pattern.noun,
            let author = source, author.tokens.upperBound <= trigger.tokens.lowerBound,
            author.tokens.lowerBound > sentence.tokens.lowerBound,
            ClauseWords.prepositions.contains(sentence.key(author.tokens.lowerBound - 1)),
            let victim = sentence.lastGroup(
                endingBy: author.tokens.lowerBound,
                where: {
                    !$0.isAttributive && !$0.roots.contains(where: author.roots.contains)
                })
        {
            targets = victim.actors
        }
        if pattern.reflexive {
            // "the Taliban seized power in Afghanistan": the state named where it happens, else
            // the source's own ("the army seized power").
            let venue = sentence.venue(after: trigger.tokens.upperBound - 1, limit: limit)
            targets = venue.map { $0.actors.map { ActorCode($0.root) } } ?? [ActorCode(sources[0].root)]
        } else if targets.isEmpty, !isPassive,
            pattern.reciprocal || Self.mutualTypes.contains(pattern.type) || pattern.type == .mobilize,
            sources.count > 1, !(pattern.inverse && pattern.mode == Self.mediationMode)
        {
            // "French and Egyptian warships held war games": forces drilling together cooperate.
            isJoint = pattern.type == .mobilize
            targets = Array(sources.dropFirst())
            sources = [sources[0]]
        } else if pattern.reciprocal, sources.count == 1, let group = target, group.actors.count > 1,
            target?.tokens.lowerBound ?? 0 > trigger.tokens.upperBound,
            sentence.subject(before: trigger.tokens.lowerBound) == nil
        {
            sources = [group.actors[0]]
            targets = Array(group.actors.dropFirst())
        }
        let sourceRoots = Set(sources.map(\.root))
        // An armed group coded by the state it fights in acts on that state ("M23 withdrew from a
        // Congolese town").
        let isArmedGroup = source?.members.allSatisfy { $0.kind == .group && $0.rule == "organisation" } ?? false
        // A state's own people are another party ("Egyptian police fired on Egyptian protesters").
        if !pattern.reflexive && !isArmedGroup {
            targets.removeAll { target in
                sourceRoots.contains(target.root)
                    && !sources.contains {
                        $0.root == target.root && $0.sector != nil && target.sector != nil && $0.sector != target.sector
                    }
            }
        }
        // "condemned the coup in Niger", "allowed convoys into Gaza": what a hostile or conceding act
        // is about is often a place named later in the clause; the trigger may end with the
        // preposition itself ("sent troops into Crimea").
        // A visit is to the state of the place it arrives in ("arrived in Tokyo").
        let isVisit = pattern.type == .consult && pattern.mode == Self.visitMode
        // "Bangladeshi peacekeepers arrived in Sierra Leone": troops arrive to serve, not to visit.
        if isVisit, let forces = source?.tokens,
            ClauseWords.deployableForces.contains(sentence.key(forces.upperBound - 1))
        {
            return nil
        }
        if targets.isEmpty, Self.venueTypes.contains(pattern.type) || isVisit,
            let venue = sentence.venue(
                after: trigger.tokens.upperBound - 1, limit: isVisit ? min(trigger.tokens.upperBound + 1, limit) : limit
            ),
            isArmedGroup || !venue.roots.contains(where: sourceRoots.contains)
        {
            // (An armed group fights in its own state: "the Khmer Rouge shelled Battambang".)
            targets = venue.actors.map { ActorCode($0.root) }
        }
        // "Fiji agreed to a request by the United Nations", "Australia acted in response to a request
        // from Honiara": a request named by its author is addressed to whoever answers it.
        // (What it asks for may name others: "a request by the AU to send police to Somalia".)
        if pattern.type == .request, nominal?.isAgent == true || hasPossessor,
            let addressee = sentence.subject(before: trigger.tokens.lowerBound),
            !addressee.roots.contains(where: sourceRoots.contains)
        {
            targets = addressee.actors
        }
        // "a truce between Israel and Hamas reached after mediation by Qatar": the parties of a
        // mediation named by its agent are the others its sentence names.
        if targets.isEmpty, pattern.mode == Self.mediationMode, nominal?.isAgent == true || pattern.inverse {
            var seen = sourceRoots
            let reach = ClauseWords.longestClause
            let clause = (trigger.tokens.lowerBound - reach)..<(trigger.tokens.upperBound + reach)
            targets = sentence.groups(startingIn: clause).filter { !$0.isAttributive }.flatMap(\.actors).filter {
                seen.insert($0.root).inserted
            }
        }
        // "Russia warned that it would respond to Finland's decision": a warning or a demand is
        // addressed to the other party its sentence names after it.
        if targets.isEmpty, Self.addressedTypes.contains(pattern.type),
            let addressee = sentence.groups(
                startingIn: trigger.tokens.upperBound..<(trigger.tokens.upperBound + ClauseWords.longestClause)
            ).first(where: {
                !$0.roots.contains(where: sourceRoots.contains)
                    && $0.members.allSatisfy { $0.kind != .reference || $0.actor.root != "" }
            })
        {
            targets = addressee.actors
        }
        // An event whose target the text does not name is kept for intransitive patterns and for a
        // finite verb right after its subject ("the army declared a ceasefire"); elsewhere a missing
        // target mostly means the trigger was read in the wrong sense ("..., supporting the").
        // Lines that list nouns and verbs together ("censorship|censored") are read as nouns only
        // when the word is not a past-tense verb.
        let isNounUse =
            (pattern.noun && !isPastTense(trigger, in: sentence))
            || sentence.hasPossessive(before: trigger.tokens.lowerBound)
        // A passive names its agent and may leave the patient unnamed ("was backed by Brazil").
        // An organisation's own meeting ("the ECOWAS leaders' summit", "the meeting of the AU
        // council") has no target in the conventions.
        let isOwnMeeting =
            nominal?.isOwnMeeting == true
            || (pattern.type == .consult && isNounUse
                && ClauseWords.gatherings.contains(sentence.key(trigger.tokens.upperBound - 1))
                && source?.members.allSatisfy { $0.kind == .organisation } == true)
        // Without its author, an attack must name its victim right after it ("the killing of a Kosovo
        // police officer"), not somewhere later in the sentence.
        if isUnattributed {
            // (The victim may stand inside a trigger's gap: "killing ... police officer", or be the
            // object of the verb the attack is the subject of: "a bombing in Kabul killed five
            // Afghan soldiers".) With no victim named, the place it struck: "a bombing in Kabul".
            let after = trigger.tokens.lowerBound + 1
            let harm = (trigger.tokens.upperBound..<limit).first { ClauseWords.harmVerbs.contains(sentence.key($0)) }
            if let victim = target {
                let victimStart = victim.tokens.lowerBound
                guard victim.members.allSatisfy({ $0.kind != .reference }), victimStart >= after,
                    !(after..<victimStart).contains(where: { sentence.key($0) == ClauseWords.comma }),
                    victimStart < trigger.tokens.upperBound + Self.victimReach
                        || (harm.map { $0 < victimStart } ?? false)
                else { return nil }
            } else if targets.isEmpty || harm == nil || sentence.isNounModifier(trigger.tokens.upperBound - 1) {
                return nil
            }
        }
        if targets.isEmpty && !pattern.targets.contains(.none) && !isPassive && !isOwnMeeting && listed == nil
            && (isNounUse || Self.addressedTypes.contains(pattern.type)
                || !isPlainPredicate(trigger, subject: source, pattern: pattern, in: sentence))
        {
            return nil
        }
        // A state consults someone: its organ meeting by itself ("Israel's cabinet met"), or talks
        // and mediation whose other side the sentence does not name ("the UAE has mediated"), make
        // no record. (An organisation's own meeting is one: its members meet.)
        if targets.isEmpty, pattern.type == .consult, listed == nil, Set(sources.map(\.root)).count == 1,
            source?.members.allSatisfy({ $0.kind != .organisation }) == true
        {
            return nil
        }

        // Troops sent to an organisation's mission are cooperation, not a show of force; leaving an
        // organisation ("withdrew from ECOWAS") cuts back relations, not troops.
        var type = pattern.type
        var mode = pattern.mode
        if isJoint { (type, mode) = (.cooperate, "military") }
        // A government that protests ("Russia protested the expulsion") disapproves; the streets
        // protest. (A boycott or a strike is a protest whoever makes it.)
        if type == .protest, mode == Self.demonstrationMode, let members = source?.members, !members.isEmpty,
            members.allSatisfy({
                $0.actor.sector == ActorCode.government || ($0.kind == .state && $0.actor.sector == nil)
            })
        {
            (type, mode) = (.accuse, Self.disapprovalMode)
        }
        if let target, !target.members.isEmpty, target.members.allSatisfy({ $0.kind == .organisation }) {
            // "Bahraini forces have supported ISAF": troops serving an alliance's mission cooperate.
            let isForces = sources.allSatisfy { $0.sector == ActorCode.military }
            if type == .mobilize || (type == .support && isForces) { type = .cooperate }
            if type == .retreat && mode == "withdraw" { (type, mode) = (.sanction, "discontinue") }
        }
        // "aims to tighten sanctions and impose a blockade": a verb that continues an infinitive
        // takes its mood.
        let moodAnchor = sentence.infinitive(continuedAt: trigger.tokens.lowerBound) ?? trigger.tokens.lowerBound
        let modality = modality(before: moodAnchor, sentence: sentence)
        let time = sentence.time(near: trigger.tokens)
        // "We welcome ...", "we urge ...": an act the author's own text performs happens when it is
        // published.
        var date = time?.date
        if date == nil, !modality.hypothetical, !pattern.hypothetical {
            date = publicationDate(of: trigger, pattern: pattern, in: sentence)
            // A meeting told in a sentence with no time of its own happens on the day the sentence
            // before set ("On 22 July, the two leaders met. The talks covered ...").
            if date == nil, type == .consult, sentence.times.isEmpty { date = sentence.referenceDay }
        }
        let quantity = sentence.quantities.first {
            $0.kind != .duration && $0.tokens.lowerBound >= trigger.tokens.lowerBound && $0.tokens.upperBound <= limit
        }
        let spanTokens = [source?.tokens, target?.tokens, trigger.tokens].compactMap { $0 }
        let first = spanTokens.map(\.lowerBound).min()!
        let last = spanTokens.map(\.upperBound).max()!
        let evidence = sentence.document.string(
            TextSpan(sentence.document.tokens[first].span.start, sentence.document.tokens[last - 1].span.end))
        return EventRecord(
            type: type, mode: mode, source: sources.map(\.description),
            target: targets.map(\.description),
            date: date, location: sentence.location(after: trigger.tokens), negated: modality.negated,
            hypothetical: pattern.hypothetical || modality.hypothetical, quantity: quantity?.quantity,
            evidence: evidence,
            rule: pattern.rule)
    }

}
