/// The 16 PLOVER event types.
public enum EventType: String, Codable, Sendable, CaseIterable, Comparable {
    case agree = "AGREE"
    case consult = "CONSULT"
    case support = "SUPPORT"
    case concede = "CONCEDE"
    case cooperate = "COOPERATE"
    case aid = "AID"
    case retreat = "RETREAT"
    case request = "REQUEST"
    case accuse = "ACCUSE"
    case reject = "REJECT"
    case threaten = "THREATEN"
    case protest = "PROTEST"
    case sanction = "SANCTION"
    case mobilize = "MOBILIZE"
    case coerce = "COERCE"
    case assault = "ASSAULT"

    public static func < (lhs: EventType, rhs: EventType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A number an event or relation carries: `{"value": 50000000, "unit": "USD"}`.
public struct Quantity: Hashable, Codable, Sendable {
    public var value: Double
    public var unit: String

    public init(value: Double, unit: String) {
        self.value = value
        self.unit = unit
    }
}

/// Where an event happened: a place name and its country code (nil at sea).
public struct Location: Hashable, Codable, Sendable {
    public var name: String
    public var country: String?

    public init(name: String, country: String?) {
        self.name = name
        self.country = country
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(country, forKey: .country)
    }
}

/// Who did what to whom, when and where, with the text that says so (spec/records.md).
public struct EventRecord: Hashable, Codable, Sendable {
    /// The store's number for the event: the same in every query, export and `explain`; nil
    /// before the event is stored.
    public var id: Int64?
    public var type: EventType
    public var mode: String?
    public var source: [String]
    public var target: [String]
    public var date: PartialDate?
    /// Where `date` came from.
    public var dateBasis: DateBasis?
    public var location: Location?
    public var negated: Bool
    public var hypothetical: Bool
    public var quantity: Quantity?
    public var evidence: String
    /// The pattern or rule that produced the record (engine output only).
    public var rule: String?
    /// Gold-file fields: a debatable record, a record in boilerplate, the name behind `IGO`.
    public var uncertain: Bool?
    public var boilerplate: Bool?
    public var notes: String?
    public var note: String?

    public init(
        type: EventType, mode: String? = nil, source: [String], target: [String],
        date: PartialDate? = nil, location: Location? = nil, negated: Bool = false,
        hypothetical: Bool = false, quantity: Quantity? = nil, evidence: String, rule: String? = nil
    ) {
        self.type = type
        self.mode = mode
        self.source = source
        self.target = target
        self.date = date
        self.location = location
        self.negated = negated
        self.hypothetical = hypothetical
        self.quantity = quantity
        self.evidence = evidence
        self.rule = rule
    }

    enum CodingKeys: String, CodingKey {
        case id, type, mode, source, target, date
        case dateBasis = "date_basis"
        case location, negated, hypothetical, quantity, evidence, rule, uncertain, boilerplate, notes, note
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = container.decodeRecordID(forKey: .id)
        type = try container.decode(EventType.self, forKey: .type)
        mode = try container.decodeIfPresent(String.self, forKey: .mode)
        source = try container.decodeIfPresent([String].self, forKey: .source) ?? []
        target = try container.decodeIfPresent([String].self, forKey: .target) ?? []
        date = try container.decodeIfPresent(PartialDate.self, forKey: .date)
        dateBasis = try container.decodeIfPresent(DateBasis.self, forKey: .dateBasis)
        location = try container.decodeIfPresent(Location.self, forKey: .location)
        negated = try container.decodeIfPresent(Bool.self, forKey: .negated) ?? false
        hypothetical = try container.decodeIfPresent(Bool.self, forKey: .hypothetical) ?? false
        quantity = try container.decodeIfPresent(Quantity.self, forKey: .quantity)
        evidence = try container.decodeIfPresent(String.self, forKey: .evidence) ?? ""
        rule = try container.decodeIfPresent(String.self, forKey: .rule)
        uncertain = try container.decodeIfPresent(Bool.self, forKey: .uncertain)
        boilerplate = try container.decodeIfPresent(Bool.self, forKey: .boilerplate)
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// Writes every field of the spec, with explicit nulls, then the optional extras.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(mode, forKey: .mode)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(dateBasis, forKey: .dateBasis)
        try container.encode(location, forKey: .location)
        try container.encode(negated, forKey: .negated)
        try container.encode(hypothetical, forKey: .hypothetical)
        try container.encode(quantity, forKey: .quantity)
        try container.encode(evidence, forKey: .evidence)
        try container.encodeIfPresent(rule, forKey: .rule)
        try container.encodeIfPresent(uncertain, forKey: .uncertain)
        try container.encodeIfPresent(boilerplate, forKey: .boilerplate)
        try container.encodeIfPresent(notes, forKey: .notes)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
