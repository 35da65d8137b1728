import AttacheCore

/// Chooses, among the offices a name has held, the one that tells who the person was on a date.
///
/// A term that covers the date wins (a head of state before a head of government before a
/// minister). A person out of office on the date — a former leader quoted later — resolves to
/// their country with no sector (rule `former-office-holder`): they speak for no government then.
/// Without a date, the latest term is taken.
enum OfficeResolution {
    static let rolePriority = [
        "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "secretary_general",
        "commission_president", "council_president", "high_representative", "other",
    ]

    static func resolve(_ terms: [OfficeTerm], on date: PartialDate?, preferredRole: String? = nil) -> (
        term: OfficeTerm, actor: ActorCode, rule: String
    )? {
        guard !terms.isEmpty else { return nil }
        func rank(_ term: OfficeTerm) -> Int {
            let role = rolePriority.firstIndex(of: term.role) ?? rolePriority.count
            return term.role == preferredRole ? -1 : role
        }
        guard let date else {
            let latest = terms.max { ($0.start ?? PartialDate(year: 0)) < ($1.start ?? PartialDate(year: 0)) }!
            return (latest, latest.actor, "office-holder")
        }
        if let current = terms.filter({ $0.covers(date) }).min(by: { rank($0) < rank($1) }) {
            return (current, current.actor, "office-holder")
        }
        let past = terms.filter { term in term.end.map { $0 < date } ?? false }
        if let former = past.max(by: { $0.end! < $1.end! }) {
            return (former, ActorCode(former.actor.root), "former-office-holder")
        }
        let first = terms.min { ($0.start ?? PartialDate(year: 9999)) < ($1.start ?? PartialDate(year: 9999)) }!
        return (first, ActorCode(first.actor.root), "future-office-holder")
    }
}
