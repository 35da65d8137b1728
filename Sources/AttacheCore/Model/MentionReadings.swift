/// Every reading of one matched phrase, with the questions the actor resolver asks of them
/// answered once: the mention tagger shares one instance among all mentions of the same phrase,
/// so a mention costs no allocation and resolving it no search through its readings.
public final class MentionReadings: Hashable, Sendable {
    /// What a name alone can stand for, from its first such reading.
    public enum Kind: UInt8, Sendable {
        case state, demonym, capital, organisation, coreference, place
    }

    // The answers the resolver asks of every mention come first, so that they share the
    // object's first cache line.
    /// Whether the phrase only names (no title, agent noun or office): most mentions, which the
    /// resolver reads on their own unless an owner's title or agent noun follows.
    public let onlyNames: Bool
    /// Whether the phrase is a title or an agent noun, which an owner before it may own.
    public let takesOwner: Bool
    /// The first reading that names something by itself (not an office, title or agent noun),
    /// and its code: a state's, an organisation's, or a place's state.
    public let primary: Kind?
    /// The pronoun this phrase is, if it is one ("it", "our"); a name in the same letters
    /// ("US") comes first.
    public let pronoun: Pronoun?
    public let namesOrganisation: Bool
    public let hasDemonym: Bool
    public let primaryCode: String?
    /// The actor that would own a following title or agent noun: a state, demonym or
    /// organisation, else a place's state ("Kharkiv police").
    public let ownerRoot: String?
    /// The target of a reference reading ("the Alliance" → NATO, "Brussels" → EU or NATO).
    public let coreference: String?
    public let organisationName: String?
    /// The state this phrase names, if it names one ("Montenegro" is a state before it is a surname).
    public let state: String?
    public let title: (sector: String, role: String)?
    public let agentSector: String?
    /// The office terms of the people this phrase names, if it names any.
    public let offices: [OfficeTerm]?
    public let candidates: [MentionCandidate]
    /// The states a demonym several share names ("Congolese", "Guinean"), in code order; nil
    /// for most.
    public let sharedDemonym: [String]?

    public init(_ candidates: [MentionCandidate]) {
        self.candidates = candidates
        let demonyms = candidates.compactMap { candidate -> String? in
            if case .demonym(let code) = candidate { return code }
            return nil
        }
        self.sharedDemonym = demonyms.count > 1 ? demonyms : nil
        var primary: (kind: Kind, code: String?)?
        var owner: String?
        var placeCountry: String?
        var state: String?
        var organisationName: String?
        var hasDemonym = false
        var title: (sector: String, role: String)?
        var agentSector: String?
        var offices: [OfficeTerm] = []
        var coreference: String?
        var pronoun: Pronoun?
        for candidate in candidates {
            switch candidate {
            case .state(let code):
                owner = owner ?? code
                state = state ?? code
            case .demonym(let code):
                owner = owner ?? code
                hasDemonym = true
            case .organisation(let code, _, let name):
                owner = owner ?? code
                organisationName = organisationName ?? name
            case .place(let country, _): placeCountry = placeCountry ?? country
            case .capital: break
            case .coreference(let target): coreference = coreference ?? target
            case .office(let term): offices.append(term)
            case .title(let sector, let role): title = title ?? (sector, role)
            case .agent(let sector): agentSector = agentSector ?? sector
            case .pronoun(let word): pronoun = pronoun ?? word
            }
            guard primary == nil else { continue }
            switch candidate {
            case .state(let code): primary = (.state, code)
            case .demonym(let code): primary = (.demonym, code)
            case .capital(let code): primary = (.capital, code)
            case .organisation(let code, _, _): primary = (.organisation, code)
            case .coreference(let target): primary = (.coreference, target)
            case .place(let country, _): primary = (.place, country)
            case .office, .title, .agent, .pronoun: continue
            }
        }
        self.primary = primary?.kind
        self.primaryCode = primary?.code
        self.ownerRoot = owner ?? placeCountry
        self.state = state
        self.namesOrganisation = organisationName != nil
        self.organisationName = organisationName
        self.hasDemonym = hasDemonym
        self.title = title
        self.agentSector = agentSector
        self.offices = offices.isEmpty ? nil : offices
        self.coreference = coreference
        self.pronoun = pronoun
        self.onlyNames = title == nil && agentSector == nil && offices.isEmpty
        self.takesOwner = title != nil || agentSector != nil
    }

    /// A state, demonym, capital or place rather than an organisation.
    public var isStateLike: Bool { !candidates.isEmpty && !namesOrganisation }

    public static func == (left: MentionReadings, right: MentionReadings) -> Bool {
        left === right || left.candidates == right.candidates
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(candidates) }
}
