import AttacheCore

/// The words relation rules look for, by token key.
enum RelationWords {
    static let profile = LanguageProfile.builtIn

    /// Nouns that state a standing in an organisation, and the status each gives.
    static let membershipNouns = profile.map("relation.membershipNouns")
    /// Words that turn a membership into an aspiration: "future membership", "seeking membership".
    static let aspiration = profile.keys("relation.aspiration")
    static let belong = profile.keys("relation.belong")
    /// An organisation's list of its members follows these: "SAARC comprises India, Pakistan, ...".
    static let comprise = profile.keys("relation.comprise")
    static let which = TokenKey.of("which")
    static let joinedWords = profile.keys("relation.joinedWords")
    static let joinWords = profile.keys("relation.joinWords")
    static let organisationPrepositions = profile.keys("relation.organisationPrepositions")

    static let agreementNouns = profile.map("relation.agreementNouns")
    static let agreementVerbs = profile.keys("relation.agreementVerbs")

    /// Verbs of holding a standing agreement ("X and Y have a bilateral investment treaty").
    static let have = profile.keys("relation.have")
    /// How many words an agreement's name may put between its article and its head noun.
    static let agreementNameReach = 5
    static let relationsNouns = profile.keys("relation.relationsNouns")
    static let diplomaticStatus = profile.map("relation.diplomaticStatus")
    static let embassy = profile.keys("relation.embassy")
    /// How far after "embassy" its opening verb may stand ("embassy at Manama was opened").
    static let embassyVerbReach = 9
    static let openedWords = profile.keys("relation.openedWords")

    static let forceNouns = profile.keys("relation.forceNouns")
    static let deploymentVerbs = profile.keys("relation.deploymentVerbs")
    static let hostWords = profile.keys("relation.hostWords")
    static let asPartOf = [TokenKey.of("as"), TokenKey.of("part"), TokenKey.of("of")]

    /// Words after "trained" or "training" that make it joint rather than given.
    static let jointly = profile.keys("relation.jointly")
    static let aidNouns = profile.keys("relation.aidNouns")
    static let aidSectors = profile.map("relation.aidSectors")
    static let aidStopped = profile.keys("relation.aidStopped")
    static let aidVerbs = profile.keys("relation.aidVerbs")
    static let to = TokenKey.of("to")
    static let into = TokenKey.of("into")
    static let help = TokenKey.of("help")
    /// Words before "help" that make it a purpose or a means ("to help", "with help").
    static let helpNotGiven = profile.keys("relation.helpNotGiven")
    /// Verbs that ask for aid rather than give it ("sought refuge", "appealed for assistance").
    static let aidSought = profile.keys("relation.aidSought")
    /// Prepositions after which an actor is no recipient of aid ("aid against", "help from").
    static let notReceiving = profile.keys("relation.notReceiving")
    static let support = TokenKey.of("support")
    /// How many tokens an actor's name may run before a word inside it.
    static let longestName = 8
    static let openingParenthesis = TokenKey.of("(")
    static let closingParenthesis = TokenKey.of(")")
    static let hyphen = TokenKey.of("-")
    static let non = TokenKey.of("non")
    static let with = profile.keys("relation.with")
    static let besidePrepositions = profile.keys("relation.besidePrepositions")
    static let borderNouns = profile.keys("relation.borderNouns")
    /// Verbs that, right after "and", start a second predicate of the same subject.
    static let finiteVerbs = profile.keys("relation.finiteVerbs")
    static let comma = TokenKey.of(",")
    static let including = TokenKey.of("including")
    static let possessive = TokenKey.of("'s")
}
