import AttacheCore

/// The events a standing relation stands for, coded the way spec/records.md and its gold
/// conventions code them: opening ties or an embassy is SUPPORT; troops for an organisation's
/// mission, and hosting foreign forces, is COOPERATE; assistance is AID; each signed instrument is
/// an AGREE; seeking to join an organisation is a REQUEST; severing ties is a SANCTION.
enum StandingEvents {
    /// The types a relation's own words read as: a trigger of one of them inside the relation's
    /// evidence, or with its actors in its sentence, restates the relation ("hosts a U.S. military
    /// presence" is the hosting, not a visit; "signed a cooperation agreement" is the signing).
    /// Other acts in its words are their own ("will meet to sign agreements" is also a meeting).
    static func readTypes(of kind: RelationKind) -> EventTypes {
        switch kind {
        case .agreement: agreementWords
        case .diplomatic: diplomaticWords
        case .deployment: deploymentWords
        case .aid: aidWords
        case .membership: membershipWords
        }
    }
    static let agreementWords = EventTypes([.agree, .cooperate, .support])
    static let diplomaticWords = EventTypes([.support, .sanction, .cooperate])
    static let deploymentWords = EventTypes([.cooperate, .mobilize, .consult, .support, .aid])
    static let aidWords = EventTypes([.aid, .support, .cooperate])
    static let membershipWords = EventTypes([.agree, .request, .cooperate, .support])

    static func events(for relation: RelationRecord) -> [EventRecord] {
        let rule = "relation:\(relation.rule ?? relation.kind.rawValue)"
        func event(_ type: EventType, _ mode: String?, _ source: String?, _ target: [String], date: PartialDate? = nil)
            -> [EventRecord]
        {
            guard let source, !target.isEmpty else { return [] }
            return [
                EventRecord(
                    type: type, mode: mode, source: [source], target: target, date: date, evidence: relation.evidence,
                    rule: rule)
            ]
        }
        switch relation.kind {
        case .diplomatic:
            guard let parties = relation.parties else { return [] }
            if relation.status == "severed" {
                return event(.sanction, "severed", parties.first, Array(parties.dropFirst()), date: relation.since)
            }
            let mode = relation.status == "embassy-opened" ? "embassy-opened" : "diplomatic"
            return event(.support, mode, parties.first, Array(parties.dropFirst()), date: relation.since)
        case .deployment:
            if relation.rule == "deployment:host", let host = relation.location {
                return event(
                    .cooperate, "military", host, [ActorCode(relation.subject ?? "", sector: "MIL").description],
                    date: relation.since)
            }
            guard let mission = relation.missionActor, mission != relation.subject else { return [] }
            return event(.cooperate, "military", relation.subject, [mission], date: relation.since)
        case .aid:
            return event(
                .aid, relation.sector, relation.donor, [relation.recipient].compactMap { $0 }, date: relation.since)
        case .agreement:
            // "X and Y have a treaty" states the agreement, not an act of signing it.
            guard let parties = relation.parties, relation.rule != RelationReader.possessionRule else { return [] }
            return event(.agree, "sign", parties.first, Array(parties.dropFirst()), date: relation.signed)
        case .membership:
            guard relation.status == "aspirant", relation.rule == RelationTagger.joinRule else { return [] }
            return event(.request, "join", relation.subject, [relation.object].compactMap { $0 })
        }
    }
}
