import AttacheCore

/// Actors named together ("Montenegro and North Macedonia", "U.S. and NATO troops"): one slot of
/// an event or relation.
struct ActorGroup {
    var tokens: Range<Int>
    var members: [ActorMention]
    /// A demonym modifying a noun: a possible target or possessor, never a subject.
    var isAttributive = false

    var actors: [ActorCode] {
        var seen: Set<ActorCode> = []
        return members.map(\.actor).filter { seen.insert($0).inserted }
    }

    var roots: [String] {
        var seen: Set<String> = []
        return members.map(\.actor.root).filter { seen.insert($0).inserted }
    }
}

/// Words a clause reader treats specially, by token key.
enum ClauseWords {
    static func keys(_ words: [String]) -> KeySet { KeySet(words: words) }

    /// The most tokens a clause is read over: real clauses are far shorter, and the bound keeps
    /// a sentence without punctuation linear.
    static let longestClause = 100
    /// Words that join actors into one group.
    static let connectors = keys(["and", ",", "or", "&", "as well as", "both"])
    /// Prepositions: an actor right after one is an object, not a subject.
    static let prepositions = keys([
        "with", "in", "of", "for", "to", "from", "on", "at", "by", "against", "including", "under", "within", "beyond",
        "toward", "towards", "among", "between", "about", "over", "into", "through", "like", "than", "via", "along",
        "across", "behind", "near", "around", "upon", "amid", "despite", "without",
    ])
    /// Words that start a new clause inside a sentence.
    static let subordinators = keys([
        "as", "when", "while", "because", "although", "though", "whereas", "but", "which", "who", "whom", "whose",
        "where", "that", "after", "before", "until", "unless", "if", "since",
    ])
    /// Conjunctions that open an adverbial clause with its own time ("after the Taliban seized power
    /// in August 2021"): a date past one of them belongs to that clause, not to the verb before it.
    static let adverbialSubordinators = keys([
        "after", "before", "when", "while", "because", "although", "though", "whereas", "until", "unless", "if",
    ])
    /// Whether the token at `index` ends one clause and starts the next: punctuation, or a
    /// lower-case subordinator ("As" opening a sentence starts the first clause, not a second one).
    static func isBoundary(_ index: Int, in document: AnnotatedDocument) -> Bool {
        let key = document.tokenKeys[index]
        return boundaries.contains(key) || (subordinators.contains(key) && document.tokens[index].shape == .lower)
    }
    /// Verbs of saying, after which a reported clause may start without "that" ("Chile said the
    /// country would ...").
    static let speechVerbs = keys([
        "said", "says", "say", "stated", "states", "added", "announced", "told", "warned", "argued", "insisted",
        "noted", "believes", "believed", "declared", "reiterated", "stressed", "emphasised", "emphasized",
    ])
    /// Words that join a second predicate to the first ("attacked Ukraine and killed").
    static let predicateConjunctions = keys(["and", "but"])
    /// Words that join two verbs of one infinitive ("to cease fire and withdraw").
    static let alternatives = keys(["and", "or"])
    /// Adverbs that may stand between such a conjunction and its verb.
    static let predicateAdverbs = keys(["also", "then", "later", "further", "again", "now", "still", "soon"])
    /// Relative pronouns: a clause they start takes its subject from the noun before them.
    static let relativePronouns = keys(["which", "who", "that"])
    /// Punctuation that ends a clause.
    /// (Quotes are not boundaries: they wrap names as often as speech.)
    static let boundaries = keys([";", ":", "—", "–", "(", ")"])
    static let parentheses = keys(["(", ")"])
    /// Auxiliaries before a passive participle.
    static let passiveAuxiliaries = keys(["was", "were", "been", "be", "is", "are", "being", "got"])
    /// Auxiliaries of the present perfect.
    static let perfectAuxiliaries = keys(["has", "have", "'ve"])
    static let negations = keys(["not", "n't", "never"])
    /// Adverbs that stand between an auxiliary and its participle ("has long supported").
    static let auxiliaryAdverbs = keys(["long", "already", "just", "since", "ever", "so", "far", "yet"])
    /// Adverbs that make an act a habit or a standing state ("has regularly assigned", "has long
    /// supported"), which no single date fits.
    static let habitualAdverbs = keys([
        "long", "regularly", "routinely", "frequently", "often", "always", "repeatedly", "consistently",
        "continuously", "traditionally", "historically", "steadily", "increasingly",
    ])
    static let indefiniteArticles = keys(["a", "an"])
    static let articles = keys(["a", "an", "the"])
    /// Prepositions before the place a hostile or conceding act concerns ("withdrew from Kherson").
    static let venuePrepositions = keys([
        "in", "into", "on", "over", "against", "toward", "towards", "near", "around", "from",
    ])
    static let determiners = keys(["the"])
    static let possessiveDeterminers = keys(["his", "her", "their"])
    /// Words that open a verb's object ("helped them", "help the region").
    static let objectOpenings = keys(["them", "us", "him", "her", "the", "a", "an", "its", "their", "his", "our"])
    /// Nouns of a body's own gathering ("NATO's summit"), which has no target.
    static let gatherings = keys([
        "meeting", "meetings", "summit", "summits", "session", "sessions", "conference", "congress", "assembly",
    ])
    static let its = TokenKey.of("its")
    /// Prepositions before the place where an act happens ("met in Geneva", "talks at Camp David").
    static let locatives = keys(["in", "at", "near", "outside", "inside", "into", "off", "across", "along"])
    static let genitives = keys(["of", "by"])
    /// Nouns of the means by which an act is done ("with the help of", "through the mediation of").
    static let meansNouns = keys([
        "help", "support", "assistance", "backing", "mediation", "participation", "involvement", "aid",
    ])
    /// Nouns for the sides of a conflict or a state's rulers, whose state follows "in" ("the
    /// warring parties in Sudan").
    static let partyNouns = keys([
        "parties", "sides", "factions", "belligerents", "authorities", "leaders", "leadership", "forces",
    ])
    static let `in` = TokenKey.of("in")
    static let by = TokenKey.of("by")
    static let between = TokenKey.of("between")
    static let to = TokenKey.of("to")
    static let of = TokenKey.of("of")
    static let that = TokenKey.of("that")
    static let quantities = keys([
        "hundreds", "thousands", "dozens", "millions", "tens", "scores", "many", "some", "most", "all", "several",
        "group", "groups", "crowds", "crowd",
    ])
    static let possessive = TokenKey.of("'s")
    static let comma = TokenKey.of(",")
    static let colon = TokenKey.of(":")
}
