public import AttacheCore
public import AttacheKnowledge

/// How PLOVER types are written in formats built around CAMEO and Goldstein (`plover-cameo.tsv`):
/// each type's nearest CAMEO root and a Goldstein-like intensity from -10 to +10.
public struct EventScale: Sendable {
    private var rows: [EventType: (root: String, intensity: Double)] = [:]

    public init(knowledge: KnowledgeBase) {
        for row in knowledge.extraFiles["plover-cameo"]?.rows ?? [] {
            guard let type = EventType(rawValue: row.field(0)), let intensity = Double(row.field(2)) else { continue }
            rows[type] = (row.field(1), intensity)
        }
    }

    /// The two-digit CAMEO root ("04"), leading zero kept.
    public func cameoRoot(_ type: EventType) -> String? { rows[type]?.root }

    public func intensity(_ type: EventType) -> Double? { rows[type]?.intensity }

    /// GDELT's QuadClass from the CAMEO root: 1 verbal cooperation (01-05), 2 material
    /// cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
    public func quadClass(_ type: EventType) -> Int? {
        guard let root = cameoRoot(type).flatMap({ Int($0) }) else { return nil }
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4
    }

    /// PLOVER's own quad of a type, as POLECAT writes it.
    public static func ploverQuad(_ type: EventType) -> String {
        switch type {
        case .agree, .consult, .support, .concede, .request: return "VERBAL COOPERATION"
        case .cooperate, .aid, .retreat: return "MATERIAL COOPERATION"
        case .accuse, .reject, .threaten: return "VERBAL CONFLICT"
        case .protest, .sanction, .mobilize, .coerce, .assault: return "MATERIAL CONFLICT"
        }
    }
}
