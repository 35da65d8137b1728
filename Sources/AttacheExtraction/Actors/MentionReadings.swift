import AttacheCore

/// What a mention's readings say, asked one question at a time.
extension ResolutionState {
    /// The actor that owns a following title or agent noun: a state, demonym or organisation, or a
    /// place within a state ("Kharkiv police", "the New Jersey National Guard").
    static func ownerRoot(_ mention: Mention) -> String? {
        for candidate in mention.candidates {
            switch candidate {
            case .state(let code), .demonym(let code): return code
            case .organisation(let code, _, _): return code
            default: continue
            }
        }
        for case .place(let country?, _) in mention.candidates { return country }
        return nil
    }

    /// "Montenegro" is a state before it is a Portuguese prime minister's surname.
    static func namesAState(_ mention: Mention) -> Bool {
        mention.candidates.contains { if case .state = $0 { return true } else { return false } }
    }

    static func isStateLike(_ mention: Mention) -> Bool {
        !mention.candidates.isEmpty && !namesOrganisation(mention)
    }

    static func namesOrganisation(_ mention: Mention) -> Bool {
        mention.candidates.contains { if case .organisation = $0 { return true } else { return false } }
    }

    static func hasDemonym(_ mention: Mention) -> Bool {
        mention.candidates.contains { if case .demonym = $0 { return true } else { return false } }
    }

    static func organisationName(_ mention: Mention) -> String? {
        for case .organisation(_, _, let name) in mention.candidates { return name }
        return nil
    }

    static func title(_ mention: Mention) -> (sector: String, role: String)? {
        for case .title(let sector, let role) in mention.candidates { return (sector, role) }
        return nil
    }

    static func agentSector(_ mention: Mention) -> String? {
        for case .agent(let sector) in mention.candidates { return sector }
        return nil
    }

    static func offices(_ mention: Mention) -> [OfficeTerm]? {
        // Most mentions name no person: answer them without building an array.
        guard mention.candidates.contains(where: { if case .office = $0 { return true } else { return false } }) else {
            return nil
        }
        let terms = mention.candidates.compactMap { candidate -> OfficeTerm? in
            if case .office(let term) = candidate { return term }
            return nil
        }
        return terms.isEmpty ? nil : terms
    }
}
