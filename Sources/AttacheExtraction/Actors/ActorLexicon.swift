public import AttacheCore
public import AttacheKnowledge
public import AttacheText

/// The knowledge base compiled for matching: one phrase index over every name, alias, demonym,
/// capital, organisation, office holder, title, agent noun, coreference phrase and place.
///
/// Built once and shared (a class, so that each document's resolver holds it without copying its
/// tables): building tokenises every phrase, matching only walks the trie.
public final class ActorLexicon: Sendable {
    public let index: PhraseIndex<MentionCandidate>
    public let knowledge: KnowledgeBase
    /// Organisation ids to the codes records use.
    public let organisationCodes: [String: String]
    /// The codes of every organisation, to tell an organisation's code from a state's.
    public let organisationRoots: Set<String>
    /// Internet country-code domains to the states they belong to ("au" → AUS).
    public let domainStates: [String: String]
    /// Coreference targets that name actors, with the actors: an organisation id, an actor code,
    /// or alternatives ("EU|NATO") that the resolver chooses among by the latest mentioned.
    public let referenceOptions: [String: [ActorCode]]
    /// Per trie node, what a match ending there means, worked out once.
    private let readingsByNode: [MentionReadings?]

    public init(knowledge: KnowledgeBase, segmenter: Segmenter = Segmenter()) {
        var index = PhraseIndex<MentionCandidate>()
        func add(_ phrase: String, _ candidate: MentionCandidate) {
            index.add(tokens: segmenter.tokenStrings(phrase), value: candidate)
            // "the United States" is also written without its article.
            if phrase.hasPrefix("the ") || phrase.hasPrefix("The ") {
                index.add(tokens: segmenter.tokenStrings(String(phrase.dropFirst(4))), value: candidate)
            }
        }
        // In code order, so that a name two entries share ("Congolese") always reads the same way.
        for country in knowledge.countries.values.sorted(by: { $0.code < $1.code }) {
            for name in [country.name] + country.aliases { add(name, .state(country.code)) }
            for demonym in country.demonyms { add(demonym, .demonym(country.code)) }
            for capital in country.capitals { add(capital, .capital(country.code)) }
        }
        for organisation in knowledge.organisations.values.sorted(by: { $0.id < $1.id }) {
            let candidate = MentionCandidate.organisation(
                code: organisation.code, id: organisation.id, name: organisation.name)
            for name in Set([organisation.name] + organisation.aliases) { add(name, candidate) }
        }
        for official in knowledge.officials {
            for name in Set([official.name] + official.aliases) { add(name, .office(official.term)) }
        }
        for title in knowledge.titles {
            for variant in title.variants { add(variant, .title(sector: title.sector, role: title.role)) }
        }
        for agent in knowledge.agents { add(agent.phrase, .agent(sector: agent.sector)) }
        for phrase in knowledge.coreference {
            for variant in phrase.variants { add(variant, .coreference(phrase.target)) }
        }
        // Pronouns are grammar, not knowledge: matched here so that no pass over every word is needed.
        for word in ["it", "its"] { index.add(tokens: [word], value: .pronoun(.it)) }
        for word in ["we", "our", "ours", "us"] { index.add(tokens: [word], value: .pronoun(.we)) }
        // Subject forms only: "his counterpart", "their borders" name no actor of their own.
        index.add(tokens: ["they"], value: .pronoun(.they))
        for word in ["he", "she"] { index.add(tokens: [word], value: .pronoun(.person)) }
        for place in knowledge.places {
            for name in place.names { add(name, .place(country: place.country, kind: place.kind)) }
        }
        var readingsByNode = [MentionReadings?](repeating: nil, count: index.nodeCount)
        index.forEachEnding { node, candidates in readingsByNode[node] = MentionReadings(candidates) }
        self.readingsByNode = readingsByNode
        self.index = index
        self.knowledge = knowledge
        self.organisationCodes = knowledge.organisations.mapValues(\.code)
        var domainStates: [String: String] = [:]
        for country in knowledge.countries.values {
            for domain in country.domains { domainStates[domain] = country.code }
        }
        self.domainStates = domainStates
        self.organisationRoots = Set(organisationCodes.values)
        let organisationCodes = self.organisationCodes
        self.referenceOptions = Dictionary(
            knowledge.coreference.map { phrase in
                let options = phrase.target.split(separator: "|").map { option in
                    organisationCodes[String(option)].map { ActorCode($0) }
                        ?? ActorCode(parsing: String(option)) ?? ActorCode(String(option))
                }
                return (phrase.target, options)
            }, uniquingKeysWith: { first, _ in first })
    }

    /// What a match means: shared with every match of the same phrase in the same case.
    public func readings(of ending: PhraseEnding) -> MentionReadings {
        if index.isComplete(ending), let readings = readingsByNode[ending.node] { return readings }
        return MentionReadings(index.values(of: ending))
    }

    public static let builtIn = ActorLexicon(knowledge: .builtIn)
}
