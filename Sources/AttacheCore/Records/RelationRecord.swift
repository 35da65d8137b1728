/// The kinds of standing relation between actors (spec/records.md).
public enum RelationKind: String, Codable, Sendable, CaseIterable, Comparable {
    case membership, agreement, diplomatic, deployment, aid

    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A standing fact between actors: a membership, an agreement, diplomatic ties, a deployment, aid.
///
/// One type for every kind; each kind uses the fields the spec lists for it and writes only those.
public struct RelationRecord: Hashable, Codable, Sendable {
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
    public var since: PartialDate?
    public var until: PartialDate?
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
        case mission, donor, recipient, sector, quantity, since, until, evidence, rule, uncertain
        case notes, note
    }

    /// Writes the fields of this relation's kind, with explicit nulls, in the spec's order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
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
        try container.encode(evidence, forKey: .evidence)
        try container.encodeIfPresent(rule, forKey: .rule)
        try container.encodeIfPresent(uncertain, forKey: .uncertain)
        try container.encodeIfPresent(notes, forKey: .notes)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
