/// The kinds of standing relation between actors (spec/records.md).
public enum RelationKind: String, Codable, Sendable, CaseIterable, Comparable {
    case membership, agreement, diplomatic, deployment, aid

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A standing fact between actors: a membership, an agreement, diplomatic ties, a deployment, aid.
///
/// One type for every kind; each kind uses the fields the spec lists for it and writes only those.
public struct RelationRecord: Hashable, Codable, Sendable {
    /// The store's number for the relation, as `id` is for events; nil before it is stored.
    public var id: Int64?
    public var kind: RelationKind
    /// membership and deployment: the member or sending country.
    public var subject: String?
    /// membership: the organisation.
    public var object: String?
    /// agreement and diplomatic: the actor roots on each side.
    public var parties: [String]?
    /// membership: member, candidate, observer, partner, aspirant;
    /// diplomatic: established, reestablished, embassy-opened, severed.
    public var status: String?
    /// agreement: name and category (treaty, agreement, memorandum, charter, ...).
    public var name: String?
    public var category: String?
    public var signed: PartialDate?
    public var duration: Quantity?
    /// deployment: where, and under which mission.
    public var location: String?
    public var mission: String?
    /// aid: who gives, who receives, and what kind.
    public var donor: String?
    public var recipient: String?
    public var sector: String?
    public var quantity: Quantity?
    /// When the text says the relation began (`signed` for an agreement).
    public var since: PartialDate?
    public var until: PartialDate?
    /// The date of the document that states it: the earliest date the relation is known to hold
    /// when the text gives no start.
    public var observed: PartialDate?
    public var evidence: String
    public var rule: String?
    public var uncertain: Bool?
    public var notes: String?
    public var note: String?
    /// The actor code of a deployment's mission ("NATO" for KFOR): not written, used to code the
    /// cooperation the deployment stands for.
    public var missionActor: String? = nil

    public init(kind: RelationKind, evidence: String) {
        self.kind = kind
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case kind, subject, object, parties, status, name, category, signed, duration, location
        case mission, donor, recipient, sector, quantity, since, until, observed, evidence, rule, uncertain
        case notes, note, id
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String? { try container.decodeIfPresent(String.self, forKey: key) }
        func date(_ key: CodingKeys) throws -> PartialDate? {
            try container.decodeIfPresent(PartialDate.self, forKey: key)
        }
        func amount(_ key: CodingKeys) throws -> Quantity? { try container.decodeIfPresent(Quantity.self, forKey: key) }
        id = container.decodeRecordID(forKey: .id)
        kind = try container.decode(RelationKind.self, forKey: .kind)
        subject = try text(.subject)
        object = try text(.object)
        parties = try container.decodeIfPresent([String].self, forKey: .parties)
        status = try text(.status)
        name = try text(.name)
        category = try text(.category)
        signed = try date(.signed)
        duration = try amount(.duration)
        location = try text(.location)
        mission = try text(.mission)
        donor = try text(.donor)
        recipient = try text(.recipient)
        sector = try text(.sector)
        quantity = try amount(.quantity)
        since = try date(.since)
        until = try date(.until)
        observed = try date(.observed)
        evidence = try container.decode(String.self, forKey: .evidence)
        rule = try text(.rule)
        uncertain = try container.decodeIfPresent(Bool.self, forKey: .uncertain)
        notes = try text(.notes)
        note = try text(.note)
    }

    /// Written, not read: it follows from the dates.
    enum DerivedKeys: String, CodingKey {
        case dateBasis = "date_basis"
    }

    /// The start the text states, if any.
    public var start: PartialDate? { since ?? signed }

    /// Where the relation's date comes from: its stated start, else the document's date.
    public var dateBasis: DateBasis { start != nil ? .text : observed != nil ? .published : .none }

    /// The date from which the relation is known to hold: its stated start, else when it was observed.
    public var knownFrom: PartialDate? { start ?? observed }

    /// Writes the fields of this relation's kind, with explicit nulls, in the spec's order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(kind, forKey: .kind)
        switch kind {
        case .membership:
            try container.encode(subject, forKey: .subject)
            try container.encode(object, forKey: .object)
            try container.encode(status, forKey: .status)
            try container.encode(since, forKey: .since)
            try container.encode(until, forKey: .until)
        case .agreement:
            try container.encode(parties ?? [], forKey: .parties)
            try container.encode(name, forKey: .name)
            try container.encode(category, forKey: .category)
            try container.encode(signed, forKey: .signed)
            try container.encode(duration, forKey: .duration)
            try container.encode(until, forKey: .until)
        case .diplomatic:
            try container.encode(parties ?? [], forKey: .parties)
            try container.encode(status, forKey: .status)
            try container.encode(since, forKey: .since)
        case .deployment:
            try container.encode(subject, forKey: .subject)
            try container.encode(location, forKey: .location)
            try container.encode(mission, forKey: .mission)
            try container.encode(since, forKey: .since)
            try container.encode(until, forKey: .until)
            try container.encode(quantity, forKey: .quantity)
        case .aid:
            try container.encode(donor, forKey: .donor)
            try container.encode(recipient, forKey: .recipient)
            try container.encode(sector, forKey: .sector)
            try container.encode(quantity, forKey: .quantity)
            try container.encode(since, forKey: .since)
        }
        try container.encodeIfPresent(observed, forKey: .observed)
        var derived = encoder.container(keyedBy: DerivedKeys.self)
        try derived.encode(dateBasis, forKey: .dateBasis)
        try container.encode(evidence, forKey: .evidence)
        try container.encodeIfPresent(rule, forKey: .rule)
        try container.encodeIfPresent(uncertain, forKey: .uncertain)
        try container.encodeIfPresent(notes, forKey: .notes)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
