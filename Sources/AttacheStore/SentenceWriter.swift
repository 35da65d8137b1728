import AttacheCore
import Foundation

/// Writes the sentences of a fact sheet from records, one template per kind, merging the sources
/// of records that say the same thing.
struct SentenceWriter {
    let name: (String) -> String
    private var lines: [String: [(text: String, sources: [String])]] = [:]

    static let order = [
        "Diplomatic relations", "Memberships", "Agreements", "Security cooperation and deployments", "Assistance",
        "Recent events",
    ]

    init(name: @escaping (String) -> String) { self.name = name }

    var sections: [FactSheet.Section] {
        Self.order.map { FactSheet.Section(title: $0, lines: lines[$0] ?? []) }
    }

    mutating func append(_ section: String, _ text: String, _ source: String) {
        var sectionLines = lines[section] ?? []
        if let index = sectionLines.firstIndex(where: { $0.text == text }) {
            if !sectionLines[index].sources.contains(source) { sectionLines[index].sources.append(source) }
        } else {
            sectionLines.append((text, [source]))
        }
        lines[section] = sectionLines
    }

    func names(_ codes: [String]) -> String {
        let named = codes.map { name(ActorCode(parsing: $0)?.root ?? $0) }
        guard named.count > 1 else { return named.first ?? "" }
        return named.dropLast().joined(separator: ", ") + " and " + named.last!
    }

    func when(_ date: PartialDate?, _ preposition: String = "in") -> String {
        guard let date else { return "" }
        return " \(date.day == nil ? preposition : "on") \(date)"
    }

    mutating func add(_ relation: RelationRecord, from doc: String) {
        switch relation.kind {
        case .diplomatic:
            let parties = names(relation.parties ?? [])
            let text: String
            switch relation.status {
            case "reestablished": text = "\(parties) reestablished diplomatic relations\(when(relation.since))."
            case "embassy-opened":
                text =
                    "\(names(Array((relation.parties ?? []).prefix(1)))) opened an embassy in \(names(Array((relation.parties ?? []).dropFirst())))\(when(relation.since))."
            case "severed": text = "\(parties) severed diplomatic relations\(when(relation.since))."
            default: text = "\(parties) established diplomatic relations\(when(relation.since))."
            }
            append("Diplomatic relations", text, doc)
        case .membership:
            guard let subject = relation.subject, let object = relation.object else { return }
            let status = relation.status ?? "member"
            let text =
                status == "aspirant"
                ? "\(name(subject)) seeks membership of \(name(object))."
                : "\(name(subject)) is \(status == "observer" ? "an" : "a") \(status) of \(name(object))\(relation.since.map { " (since \($0))" } ?? "")."
            append("Memberships", text, doc)
        case .agreement:
            let what = relation.name.map { "the \($0.trimmingCharacters(in: ["."]))" } ?? "an agreement"
            append("Agreements", "\(names(relation.parties ?? [])) signed \(what)\(when(relation.signed)).", doc)
        case .deployment:
            guard let subject = relation.subject, let location = relation.location else { return }
            let mission = relation.mission.map { " as part of \($0)" } ?? ""
            append(
                "Security cooperation and deployments", "\(name(subject)) has forces in \(name(location))\(mission).",
                doc)
        case .aid:
            guard let donor = relation.donor, let recipient = relation.recipient else { return }
            let amount = relation.quantity.map { " worth \(Self.amount($0))" } ?? ""
            append(
                "Assistance",
                "\(name(donor)) provides \(relation.sector ?? "") assistance\(amount) to \(name(recipient)).", doc)
        }
    }

    mutating func addSharedMembership(_ first: String, _ second: String, _ organisation: String, sources: [String]) {
        for source in sources {
            append(
                "Memberships", "\(name(first)) and \(name(second)) are both members of \(name(organisation)).", source)
        }
    }

    mutating func add(_ event: EventRecord, from doc: String) {
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
        let target = event.target.isEmpty ? "" : " \(names(event.target))"
        append(
            "Recent events",
            "\(when(event.date, "in").dropFirst().capitalizedFirst): \(names(event.source)) \(verb)\(target) (\(event.type.rawValue)).",
            doc)
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

extension StringProtocol {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
