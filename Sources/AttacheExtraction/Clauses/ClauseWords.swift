import AttacheCore

/// Words a clause reader treats specially, by token key.
enum ClauseWords {
    static let profile = LanguageProfile.builtIn

    /// The most tokens a clause is read over: real clauses are far shorter, and the bound keeps
    /// a sentence without punctuation linear.
    static let longestClause = 100
    /// How far into a sentence an opening adverbial ends ("On March 25,", "A few minutes later,").
    static let openingReach = 5
    /// How many words may open a clause before its states are named ("Senior trade officials from").
    static let openingNouns = 3
    /// Prepositions that name where the people opening a clause come from.
    static let origins = profile.keys("clause.origins")
    /// Adverbs a headline may end with after its verb ("Syria targeted as well").
    static let closingAdverbs = profile.keys("clause.closingAdverbs")
    /// Verbs of command: what they tell their object to do is the order's content ("ordered the
    /// firms to compensate").
    static let commandVerbs = profile.keys("clause.commandVerbs")
    /// Prefixes that make a state a stance ("the pro-Iranian Hizbollah", "anti-American protests"),
    /// not an actor.
    static let stancePrefixes = profile.keys("clause.stancePrefixes")
    /// Subordinators of time and reason: a clause they open tells a circumstance, not the content of
    /// a request or a threat ("threatened Finland after its leaders backed joining NATO").
    static let circumstanceSubordinators = profile.keys("clause.circumstanceSubordinators")
    /// Nouns of a border, whose other side is named after "with" ("the border with Guyana").
    static let borderNouns = profile.keys("clause.borderNouns")
    static let with = TokenKey.of("with")
    static let out = TokenKey.of("out")
    /// How far after a preposition a border's "with" may stand ("on their side of the border with").
    static let borderReach = 10
    /// Nouns that measure an act named after their "of" ("10 days of war games", "a series of
    /// strikes").
    static let measureNouns = profile.keys("clause.measureNouns")
    /// Verbs by which an attack named as a noun harms people ("a bombing in Kabul killed 26").
    static let harmVerbs = profile.keys("clause.harmVerbs")
    /// A sentence that opens with one of these and then an auxiliary asks, it reports nothing
    /// ("How can the EU support the Philippines"); so does one that ends with "?".
    static let questionWords = profile.keys("clause.questionWords")
    static let questionAuxiliaries = profile.keys("clause.questionAuxiliaries")
    static let questionMark = TokenKey.of("?")
    /// Participles that make a state the holder of a place named after them ("the
    /// Israeli-occupied West Bank", "Serb-held Krajina"): the state does not act there.
    static let controlParticiples = profile.keys("clause.controlParticiples")
    /// Verbs whose object does what the infinitive after it says ("urged Chile to sign"); after
    /// other verbs the infinitive is the subject's purpose ("visited Peru to mediate").
    static let objectControlVerbs = profile.keys("clause.objectControlVerbs")
    /// Words that join actors into one group.
    static let connectors = profile.keys("clause.connectors")
    /// Prepositions: an actor right after one is an object, not a subject.
    static let prepositions = profile.keys("clause.prepositions")
    /// Words that start a new clause inside a sentence.
    static let subordinators = profile.keys("clause.subordinators")
    /// Conjunctions that open an adverbial clause with its own time ("after the Taliban seized power
    /// in August 2021"): a date past one of them belongs to that clause, not to the verb before it.
    static let adverbialSubordinators = profile.keys("clause.adverbialSubordinators")
    /// Whether the token at `index` ends one clause and starts the next: punctuation, or a
    /// lower-case subordinator ("As" opening a sentence starts the first clause, not a second one).
    static func isBoundary(_ index: Int, in document: AnnotatedDocument) -> Bool {
        let key = document.tokenKeys[index]
        return boundaries.contains(key) || (subordinators.contains(key) && document.tokens[index].shape == .lower)
    }
    /// Verbs of saying, after which a reported clause may start without "that" ("Chile said the
    /// country would ...").
    static let speechVerbs = profile.keys("clause.speechVerbs")
    /// Participles that open a reported clause after a comma ("..., arguing that ...").
    static let reportingParticiples = profile.keys("clause.reportingParticiples")
    /// Words that join a second predicate to the first ("attacked Ukraine and killed").
    static let predicateConjunctions = profile.keys("clause.predicateConjunctions")
    /// Words that join two verbs of one infinitive ("to cease fire and withdraw").
    static let alternatives = profile.keys("clause.alternatives")
    /// Adverbs that may stand between such a conjunction and its verb.
    static let predicateAdverbs = profile.keys("clause.predicateAdverbs")
    /// Relative pronouns: a clause they start takes its subject from the noun before them.
    static let relativePronouns = profile.keys("clause.relativePronouns")
    /// Words that open a clause set at the time named before them ("in 2013, when ...").
    static let timeRelatives = profile.keys("clause.timeRelatives")
    /// Punctuation that ends a clause.
    /// (Quotes are not boundaries: they wrap names as often as speech.)
    static let boundaries = profile.keys("clause.boundaries")
    static let parentheses = profile.keys("clause.parentheses")
    /// Auxiliaries before a passive participle.
    static let passiveAuxiliaries = profile.keys("clause.passiveAuxiliaries")
    /// Auxiliaries of the present perfect.
    static let perfectAuxiliaries = profile.keys("clause.perfectAuxiliaries")
    static let negations = profile.keys("clause.negations")
    /// Adverbs that stand between an auxiliary and its participle ("has long supported").
    static let auxiliaryAdverbs = profile.keys("clause.auxiliaryAdverbs")
    /// Adverbs that make an act a habit or a standing state ("has regularly assigned", "has long
    /// supported"), which no single date fits.
    static let habitualAdverbs = profile.keys("clause.habitualAdverbs")
    /// Adverbs that set an act before the time of the report ("earlier", "previously").
    static let pastMarkers = profile.keys("clause.pastMarkers")
    static let indefiniteArticles = profile.keys("clause.indefiniteArticles")
    static let articles = profile.keys("clause.articles")
    /// Prepositions before the place a hostile or conceding act concerns ("withdrew from Kherson").
    static let venuePrepositions = profile.keys("clause.venuePrepositions")
    static let determiners = profile.keys("clause.determiners")
    static let possessiveDeterminers = profile.keys("clause.possessiveDeterminers")
    /// Words that open a verb's object ("helped them", "help the region").
    static let objectOpenings = profile.keys("clause.objectOpenings")
    /// Nouns of a body's own gathering ("NATO's summit"), which has no target.
    static let gatherings = profile.keys("clause.gatherings")
    static let its = TokenKey.of("its")
    /// Prepositions before the place where an act happens ("met in Geneva", "talks at Camp David").
    static let locatives = profile.keys("clause.locatives")
    static let genitives = profile.keys("clause.genitives")
    /// Nouns of the means by which an act is done ("with the help of", "through the mediation of").
    static let meansNouns = profile.keys("clause.meansNouns")
    /// Nouns for the sides of a conflict or a state's rulers, whose state follows "in" ("the
    /// warring parties in Sudan").
    static let partyNouns = profile.keys("clause.partyNouns")
    /// Forces that states send abroad ("the troops in Syria" are not Syria's).
    static let deployableForces = profile.keys("clause.deployableForces")
    /// Words naming a part of a state ("northern Uganda").
    static let regionAdjectives = profile.keys("clause.regionAdjectives")
    static let `in` = TokenKey.of("in")
    static let by = TokenKey.of("by")
    static let between = TokenKey.of("between")
    static let to = TokenKey.of("to")
    static let of = TokenKey.of("of")
    static let that = TokenKey.of("that")
    static let quantities = profile.keys("clause.quantities")
    static let possessive = TokenKey.of("'s")
    static let visiting = TokenKey.of("visiting")
    static let from = TokenKey.of("from")
    static let comma = TokenKey.of(",")
    static let colon = TokenKey.of(":")
}
