/// An actor as spec/records.md writes it: `ROOT` or `ROOT-SECTOR` ("ALB", "USA-GOV", "NATO").
///
/// ```swift
/// ActorCode(parsing: "UKR-MIL")?.root  // "UKR"
/// ```
public struct ActorCode: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var root: String
    public var sector: String?

    /// The sectors of a state's own organs, as spec/records.md names them.
    public static let government = "GOV"
    public static let military = "MIL"
    public static let police = "POL"
    public static let civilians = "CVL"

    @inlinable
    public init(_ root: String, sector: String? = nil) {
        self.root = root
        self.sector = sector
    }

    /// Reads "ROOT" or "ROOT-SECTOR"; a root may itself contain no hyphen.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", maxSplits: 1)
        guard let first = parts.first, !first.isEmpty else { return nil }
        self.init(String(first), sector: parts.count > 1 ? String(parts[1]) : nil)
    }

    public var description: String { sector.map { "\(root)-\($0)" } ?? root }

    public func withSector(_ sector: String?) -> ActorCode { ActorCode(root, sector: sector) }

    public static func < (lhs: ActorCode, rhs: ActorCode) -> Bool { lhs.description < rhs.description }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = ActorCode(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an actor code: \(text)")
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// One term of office: who held it, for which actor, from when to when.
public struct OfficeTerm: Hashable, Sendable {
    public var person: String
    public var actor: ActorCode
    public var role: String
    public var start: PartialDate?
    public var end: PartialDate?

    public init(person: String, actor: ActorCode, role: String, start: PartialDate?, end: PartialDate?) {
        self.person = person
        self.actor = actor
        self.role = role
        self.start = start
        self.end = end
    }

    /// Whether the term covers `date` (an open end means still in office).
    public func covers(_ date: PartialDate) -> Bool {
        if let start, date < start && !date.agrees(atPrecisionOf: start) && !start.agrees(atPrecisionOf: date) {
            return false
        }
        if let end, end < date && !end.agrees(atPrecisionOf: date) { return false }
        return true
    }
}
