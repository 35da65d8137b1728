/// What a stretch of tokens may name, according to the knowledge base.
public enum MentionCandidate: Hashable, Sendable {
    /// A state's name ("Albania", "the United States").
    case state(String)
    /// A state's adjective or demonym ("Albanian", "Afghans").
    case demonym(String)
    /// A capital or seat of government ("Tirana", "Washington").
    case capital(String)
    /// An organisation, by its output code and its knowledge-base id ("NATO", "KFOR").
    case organisation(code: String, id: String, name: String)
    /// A person known to hold or have held an office.
    case office(OfficeTerm)
    /// A title before a name ("Prime Minister"): the sector and role it implies.
    case title(sector: String, role: String)
    /// An agent noun ("troops", "government") and its sector.
    case agent(sector: String)
    /// A phrase that refers to an actor named elsewhere ("the Alliance", "the two countries").
    case coreference(String)
    /// A place that is not a capital: a city, region or sea, with its state if it has one.
    case place(country: String?, kind: String)
    /// A personal pronoun that may stand for an actor.
    case pronoun(Pronoun)
}

/// The personal pronouns the actor resolver reads.
public enum Pronoun: Hashable, Sendable {
    /// "it", "its": the last state or organisation named.
    case it
    /// "we", "our", "ours", "us": the author's state, in a government's own text.
    case we
    /// "they": the actors just named together ("Chile and Peru met. They agreed ...").
    case they
    /// "he", "she": the person who leads the sentence before, or the one earlier in the same.
    case person
}

/// A stretch of tokens the mention tagger matched against the knowledge base, with every reading.
public struct Mention: Hashable, Sendable {
    public var sentence: Int
    public var tokens: Range<Int>
    public var span: TextSpan
    public var readings: MentionReadings

    @inlinable
    public init(sentence: Int, tokens: Range<Int>, span: TextSpan, readings: MentionReadings) {
        self.sentence = sentence
        self.tokens = tokens
        self.span = span
        self.readings = readings
    }

    public init(sentence: Int, tokens: Range<Int>, span: TextSpan, candidates: [MentionCandidate]) {
        self.init(sentence: sentence, tokens: tokens, span: span, readings: MentionReadings(candidates))
    }

    public var candidates: [MentionCandidate] { readings.candidates }
}

/// A mention resolved to the actor it names, with the rule that resolved it.
public struct ActorMention: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable {
        case state, organisation, person, group, reference
    }

    public var sentence: Int
    public var tokens: Range<Int>
    public var span: TextSpan
    public var actor: ActorCode
    public var kind: Kind
    public var rule: String
    /// A person's name, or the name behind an organisation code.
    public var name: String?
    /// An adjective before a noun that is not an agent ("Albanian soil"): names a state's
    /// attribute rather than the state acting.
    public var isModifier: Bool

    @inlinable
    public init(
        sentence: Int, tokens: Range<Int>, span: TextSpan, actor: ActorCode, kind: Kind, rule: String,
        name: String? = nil, isModifier: Bool = false
    ) {
        self.sentence = sentence
        self.tokens = tokens
        self.span = span
        self.actor = actor
        self.kind = kind
        self.rule = rule
        self.name = name
        self.isModifier = isModifier
    }
}

/// A place named in the text, as a venue: "in Davos", "in Tirana".
public struct PlaceMention: Hashable, Sendable {
    public var sentence: Int
    public var tokens: Range<Int>
    public var span: TextSpan
    public var name: String
    public var country: String?

    public init(sentence: Int, tokens: Range<Int>, span: TextSpan, name: String, country: String?) {
        self.sentence = sentence
        self.tokens = tokens
        self.span = span
        self.name = name
        self.country = country
    }
}
