public import AttacheCore

/// A state or territory and the words that name it.
public struct Country: Sendable {
    public var code: String
    public var name: String
    public var aliases: [String]
    public var demonyms: [String]
    public var capitals: [String]
    /// Its internet country-code domains ("au", "uk"): a page under "gov.au" is its government's.
    public var domains: [String] = []
}

/// An intergovernmental organisation, organ, mission or armed group.
public struct Organisation: Sendable {
    /// Unique id in the knowledge base ("KFOR").
    public var id: String
    /// The actor code written in records ("NATO" for KFOR).
    public var code: String
    public var parent: String?
    public var name: String
    public var aliases: [String]
}

/// A state's standing in an organisation.
public struct Membership: Sendable {
    public var country: String
    public var organisation: String
    public var status: String
    public var since: PartialDate?
    public var until: PartialDate?
}

/// A person and one office they held.
public struct Official: Sendable {
    public var name: String
    public var aliases: [String]
    public var term: OfficeTerm
}

/// A title written before a name ("Prime Minister", "Gen.").
public struct Title: Sendable {
    public var variants: [String]
    public var sector: String
    public var role: String
}

/// A noun for a group of people acting for a state ("troops", "diplomats").
public struct AgentNoun: Sendable {
    public var phrase: String
    public var sector: String
}

/// A phrase standing for an actor named elsewhere, or for a fixed actor ("the Kremlin").
public struct CoreferencePhrase: Sendable {
    public var variants: [String]
    /// An organisation id, an actor code, or one of previous_pair, author_country,
    /// previous_state, previous_org.
    public var target: String
}

/// A place that is not a capital.
public struct Place: Sendable {
    public var names: [String]
    public var country: String?
    public var kind: String
}
