import AttacheCore

/// The words relation rules look for, by token key.
enum RelationWords {
    static func keys(_ words: [String]) -> KeySet { KeySet(words: words) }
    static func map(_ words: [String: String]) -> KeyMap<String> { KeyMap(words: words) }

    /// Nouns that state a standing in an organisation, and the status each gives.
    static let membershipNouns = map([
        "member": "member", "members": "member", "membership": "member", "ally": "member", "allies": "member",
        "candidate": "candidate", "candidates": "candidate", "observer": "observer", "observers": "observer",
        "partner": "partner", "partners": "partner", "aspirant": "aspirant", "aspirants": "aspirant",
        "accession": "aspirant",
    ])
    /// Words that turn a membership into an aspiration: "future membership", "seeking membership".
    static let aspiration = keys([
        "aspire", "aspires", "aspired", "hope", "hopes", "want", "wants", "wish", "wishes", "intends", "plans",
        "future", "seek", "seeks", "seeking", "sought", "pursuit", "pursue", "pursuing", "goal", "bid", "aspiration",
        "aspirations", "application", "apply", "applied", "applying", "join", "secure", "path", "towards", "toward",
        "integration",
    ])
    static let belong = keys(["belong", "belongs", "belonged"])
    /// An organisation's list of its members follows these: "SAARC comprises India, Pakistan, ...".
    static let comprise = keys(["comprises", "comprised", "comprising", "groups", "brings"])
    static let which = TokenKey.of("which")
    static let joinedWords = keys(["joined", "joins", "acceded", "accedes"])
    static let joinWords = keys(["join", "joining", "accede"])
    static let organisationPrepositions = keys(["of", "in", "to", "into", "for", "within"])

    static let agreementNouns = map([
        "agreement": "agreement", "agreements": "agreement", "treaty": "treaty", "treaties": "treaty",
        "memorandum": "memorandum", "memoranda": "memorandum", "charter": "charter", "arrangement": "arrangement",
        "arrangements": "arrangement", "declaration": "declaration", "protocol": "protocol", "accord": "agreement",
        "accords": "agreement", "pact": "agreement", "deal": "agreement", "convention": "treaty",
        "commitments": "agreement",
    ])
    static let agreementVerbs = keys([
        "sign", "signs", "signed", "signing", "ratify", "ratifies", "ratified", "ratifying", "conclude", "concluded",
        "ink", "inked", "initialled", "initialed", "adopted", "announced", "forged", "struck",
    ])

    /// Verbs of holding a standing agreement ("X and Y have a bilateral investment treaty").
    static let have = keys(["have", "has", "had"])
    /// How many words an agreement's name may put between its article and its head noun.
    static let agreementNameReach = 5
    static let relationsNouns = keys(["relations", "ties", "relationship"])
    static let diplomaticStatus = map([
        "established": "established", "establish": "established", "establishing": "established",
        "entered": "established", "opened": "established", "reestablished": "reestablished",
        "re-established": "reestablished", "restored": "reestablished", "resumed": "reestablished",
        "restore": "reestablished", "restores": "reestablished", "resume": "reestablished", "resumes": "reestablished",
        "normalized": "reestablished", "normalised": "reestablished",
        "renewed": "reestablished", "severed": "severed", "cut": "severed", "broke": "severed", "suspended": "severed",
    ])
    static let embassy = keys(["embassy", "embassies", "consulate", "mission"])
    /// How far after "embassy" its opening verb may stand ("embassy at Manama was opened").
    static let embassyVerbReach = 9
    static let openedWords = keys(["opened", "opens", "open", "reopened", "inaugurated", "establishing"])

    static let forceNouns = keys([
        "troops", "soldiers", "forces", "deployment", "deployments", "contingent", "peacekeepers", "presence",
        "headquarters", "units", "personnel", "battalion", "brigade", "service", "mission", "operation", "operations",
        "base", "bases", "garrison", "battlegroup", "battlegroups", "police", "officers", "gendarmes",
        "missions",
    ])
    static let deploymentVerbs = keys([
        "deployed", "deploy", "deploys", "deploying", "sent", "send", "sends", "stationed", "serve", "serves", "served",
        "serving", "participation", "contributes", "contributed", "hosts", "host", "hosted", "welcomed", "welcomes",
        "maintains", "maintain", "maintained", "lead", "leads", "led", "stations",
    ])
    static let hostWords = keys(["hosts", "host", "hosted", "hosting", "welcomed", "welcomes"])
    static let asPartOf = [TokenKey.of("as"), TokenKey.of("part"), TokenKey.of("of")]

    /// Words after "trained" or "training" that make it joint rather than given.
    static let jointly = keys(["alongside", "together", "jointly"])
    static let aidNouns = keys(["assistance", "aid", "help", "training", "trained", "trains", "refuge", "support"])
    static let aidSectors = map([
        "military": "military", "defense": "military", "defence": "military",
        "humanitarian": "humanitarian", "economic": "economic", "financial": "economic", "development": "development",
        "cyber": "cyber", "cybersecurity": "cyber", "training": "training", "trained": "training", "trains": "training",
        "refuge": "humanitarian", "medical": "humanitarian",
    ])
    static let aidStopped = keys([
        "paused", "pauses", "pause", "suspended", "suspends", "suspend", "halted", "halts", "halt", "cut", "cuts",
        "froze", "freezes", "freeze", "frozen", "withheld", "withholds", "ended", "ends", "stopped", "stops",
        "cancelled", "canceled", "cancels", "slashed", "reduced",
    ])
    static let aidVerbs = keys([
        "providing", "provide", "provides", "provided", "giving", "give", "gives", "gave", "given", "delivered",
        "delivers", "deliver", "sending", "send", "sends", "sent", "offer", "offers", "offered", "grants", "granted",
        "donated", "donates", "extended", "extends", "allocated", "allocates", "pledged", "pledges",
    ])
    static let to = TokenKey.of("to")
    static let into = TokenKey.of("into")
    static let help = TokenKey.of("help")
    /// Words before "help" that make it a purpose or a means ("to help", "with help").
    static let helpNotGiven = keys(["to", "with"])
    static let openingParenthesis = TokenKey.of("(")
    static let closingParenthesis = TokenKey.of(")")
    static let hyphen = TokenKey.of("-")
    static let non = TokenKey.of("non")
    static let with = keys(["with"])
    static let besidePrepositions = keys(["near", "along", "toward", "towards", "outside"])
    static let borderNouns = keys(["border", "borders", "frontier", "frontiers", "boundary"])
    /// Verbs that, right after "and", start a second predicate of the same subject.
    static let finiteVerbs = keys([
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "remains", "remain",
    ])
    static let comma = TokenKey.of(",")
    static let including = TokenKey.of("including")
    static let possessive = TokenKey.of("'s")
}
