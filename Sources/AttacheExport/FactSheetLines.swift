import AttacheCore
import AttacheStore

/// The sentences of a fact sheet, one template per kind of record. Records that state the same
/// fact become one line with all their documents: a relation is identified by its kind and
/// parties (and organisation, agreement or mission), and a membership shows its latest status.
struct FactSheetLines {
    struct Line {
        var text: String
        var documents: [String]
        /// When the fact was last stated: a later statement of the same relation replaces the text.
        var latest: String
    }

    let names: ActorNames
    let actor: String
    let partner: String?
    private var linesByKey: [String: Line] = [:]
    private var order: [(section: String, key: String)] = []

    init(names: ActorNames, actor: String, partner: String?) {
        self.names = names
        self.actor = actor
        self.partner = partner
    }

    func lines(in section: String) -> [Line] {
        order.filter { $0.section == section }.compactMap { linesByKey[$0.key] }
    }

    /// Adds a fact under `key`: a new line, or one more document for a line already there; the
    /// text of the latest statement wins (or the new text, `replacingText`, when it sums them all).
    mutating func set(
        _ section: String, key: String, _ text: String, document: String, date: PartialDate?,
        replacingText: Bool = false
    ) {
        let key = section + "|" + key
        let stamp = date?.description ?? ""
        guard var line = linesByKey[key] else {
            linesByKey[key] = Line(text: text, documents: [document], latest: stamp)
            order.append((section, key))
            return
        }
        if !line.documents.contains(document) { line.documents.append(document) }
        if replacingText || stamp > line.latest {
            line.text = text
            line.latest = stamp
        }
        linesByKey[key] = line
    }

    func name(_ code: String) -> String { names.name(ActorCode(parsing: code)?.root ?? code) }

    func list(_ codes: [String]) -> String {
        let named = codes.map(name)
        guard named.count > 1 else { return named.first ?? "" }
        return named.dropLast().joined(separator: ", ") + " and " + named.last!
    }

    func when(_ date: PartialDate?) -> String {
        guard let date else { return "" }
        return " \(date.day == nil ? "in" : "on") \(date)"
    }

    mutating func add(_ stored: StoredRelation) {
        let relation = stored.relation
        let parties = RelationParties(relation).all
        let date = relation.knownFrom
        let doc = stored.doc
        switch relation.kind {
        case .diplomatic:
            let status = relation.status ?? "established"
            let text: String
            switch status {
            case "reestablished": text = "\(list(parties)) reestablished diplomatic relations\(when(relation.since))."
            case "embassy-opened":
                text =
                    "\(list(Array(parties.prefix(1)))) opened an embassy in \(list(Array(parties.dropFirst())))\(when(relation.since))."
            case "severed": text = "\(list(parties)) severed diplomatic relations\(when(relation.since))."
            default: text = "\(list(parties)) established diplomatic relations\(when(relation.since))."
            }
            set("Diplomatic relations", key: "\(status) \(parties.sorted())", text, document: doc, date: date)
        case .membership:
            guard let subject = relation.subject, let object = relation.object else { return }
            addMembership(subject, object, status: relation.status ?? "member", doc, date)
        case .agreement:
            let what = relation.name.map { "the \($0.trimmingCharacters(in: ["."]))" } ?? "an agreement"
            let key = "\((relation.name ?? relation.evidence).lowercased()) \(parties.sorted())"
            set(
                "Agreements", key: key, "\(list(parties)) signed \(what)\(when(relation.signed)).", document: doc,
                date: date)
        case .deployment:
            guard let subject = relation.subject, let location = relation.location else { return }
            // One line per country and place, naming every mission the documents give.
            let key = "\(subject) \(location)"
            var known = deployments[key] ?? (missions: [], since: nil, size: nil)
            if let mission = relation.mission, !known.missions.contains(mission) { known.missions.append(mission) }
            if let since = relation.since, known.since.map({ since < $0 }) ?? true { known.since = since }
            if let size = relation.quantity, known.size.map({ size.value > $0.value }) ?? true { known.size = size }
            deployments[key] = known
            let details = known.missions + (known.size.map { [Self.amount($0)] } ?? [])
            set(
                "Security cooperation and deployments", key: key,
                "\(name(subject)) has forces in \(name(location))"
                    + (details.isEmpty ? "" : " (\(details.joined(separator: "; ")))")
                    + (known.since.map { " since \($0)" } ?? "") + ".",
                document: doc, date: nil, replacingText: true)
        case .aid:
            guard let donor = relation.donor, let recipient = relation.recipient else { return }
            let amount = relation.quantity.map { " worth \(Self.amount($0))" } ?? ""
            let sector = relation.sector.map { "\($0) " } ?? ""
            set(
                "Assistance", key: "\(donor) \(recipient) \(relation.sector ?? "")",
                "\(name(donor)) provides \(sector)assistance\(amount) to \(name(recipient)).", document: doc, date: date
            )
        }
    }

    /// Each deployment's missions, earliest start and largest size, by country and place.
    private var deployments: [String: (missions: [String], since: PartialDate?, size: Quantity?)] = [:]

    /// Each party's latest membership status in each organisation, with the documents stating it.
    private var memberships: [String: [String: (status: String, date: String, documents: [String])]] = [:]
    private var organisations: [String] = []

    mutating func addMembership(
        _ subject: String, _ organisation: String, status: String, _ doc: String, _ date: PartialDate?
    ) {
        let root = ActorCode(parsing: subject)?.root ?? subject
        guard root == actor || root == partner else { return }
        if memberships[organisation] == nil { organisations.append(organisation) }
        let stamp = date?.description ?? ""
        guard let known = memberships[organisation]?[root] else {
            memberships[organisation, default: [:]][root] = (status, stamp, [doc])
            return
        }
        if known.status == status {
            memberships[organisation]?[root] = (status, max(stamp, known.date), unique(known.documents + [doc]))
        } else if Self.supersedes(status, stamp, known.status, known.date) {
            memberships[organisation]?[root] = (status, stamp, [doc])
        }
    }

    /// The stages of joining, in order.
    static let stages = ["aspirant": 1, "candidate": 2, "member": 3]

    /// Whether a status stated at `date` replaces one stated at `knownDate`: the later statement
    /// does, except that accession never goes back a stage (a candidate still "seeks to join").
    static func supersedes(_ status: String, _ date: String, _ known: String, _ knownDate: String) -> Bool {
        if let stage = stages[status], let knownStage = stages[known] { return stage > knownStage }
        return date > knownDate
    }

    /// One line per organisation: the actor's status, or for a pair the organisations both
    /// belong to or seek to join.
    mutating func addMembershipLines() {
        for organisation in organisations {
            let known = memberships[organisation] ?? [:]
            let text: String
            var documents: [String]
            if let partner {
                // Shared memberships, and what either party alone is known to hold.
                guard let mine = known[actor], let theirs = known[partner] else {
                    guard let (root, only) = known.first else { continue }
                    for document in only.documents {
                        set(
                            "Memberships and candidacies", key: organisation,
                            phrase(root, only.status, organisation) + ".", document: document, date: nil)
                    }
                    continue
                }
                documents = unique(mine.documents + theirs.documents)
                if mine.status == "member" && theirs.status == "member" {
                    text = "\(name(actor)) and \(name(partner)) are both members of \(name(organisation))."
                } else {
                    text =
                        "\(phrase(actor, mine.status, organisation)); \(phrase(partner, theirs.status, organisation))."
                }
            } else {
                guard let mine = known[actor] else { continue }
                documents = mine.documents
                text = phrase(actor, mine.status, organisation) + "."
            }
            for document in documents {
                set("Memberships and candidacies", key: organisation, text, document: document, date: nil)
            }
        }
    }

    func phrase(_ subject: String, _ status: String, _ organisation: String) -> String {
        switch status {
        case "aspirant": return "\(name(subject)) seeks membership of \(name(organisation))"
        case "candidate": return "\(name(subject)) is a candidate for membership of \(name(organisation))"
        case "observer": return "\(name(subject)) is an observer of \(name(organisation))"
        case "partner": return "\(name(subject)) is a partner of \(name(organisation))"
        default: return "\(name(subject)) is a member of \(name(organisation))"
        }
    }

    mutating func add(_ merged: MergedEvent) {
        let event = merged.event
        let verb: String
        switch event.type {
        case .agree: verb = "agreed with"
        case .consult: verb = "met"
        case .support: verb = "expressed support for"
        case .concede: verb = "made a concession to"
        case .cooperate: verb = "cooperated with"
        case .aid: verb = "gave assistance to"
        case .retreat: verb = "pulled back from"
        case .request: verb = "made a request of"
        case .accuse: verb = "criticised"
        case .reject: verb = "rejected"
        case .threaten: verb = "threatened"
        case .protest: verb = "protested against"
        case .sanction: verb = "took measures against"
        case .mobilize: verb = "mobilised against"
        case .coerce: verb = "coerced"
        case .assault: verb = "attacked"
        }
        let target = event.target.isEmpty ? "" : " \(list(event.target))"
        let day = when(event.date).dropFirst()
        // Two acts a document tells alike ("In 2022: Albania cooperated with the United States")
        // read as one line.
        let text =
            "\(day.prefix(1).uppercased() + day.dropFirst()): \(list(event.source)) \(verb)\(target) (\(event.type.rawValue))."
        for doc in merged.documents { set("Recent events", key: text, text, document: doc, date: nil) }
    }

    static func amount(_ quantity: Quantity) -> String {
        let number = { (value: Double) in value == value.rounded() ? "\(Int(value))" : "\(value)" }
        let value = quantity.value
        let scaled =
            value >= 1e9
            ? "\(number(value / 1e9)) billion" : value >= 1e6 ? "\(number(value / 1e6)) million" : number(value)
        return quantity.unit == "USD" ? "$\(scaled)" : "\(scaled) \(quantity.unit)"
    }
}
