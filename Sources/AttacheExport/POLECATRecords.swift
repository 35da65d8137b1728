import AttacheCore
import Foundation

/// Events as JSON Lines with the fields of POLECAT, the PLOVER-coded event data set, under its
/// column names, so that code written for POLECAT reads them: "Event ID", "Event Date",
/// "Event Type", "Event Mode", "Contexts", "Quad Code", "Intensity", the actor and the recipient
/// each as "Name", "Country", "Primary ... Sector" and "Sectors", "Placename", "Country",
/// "Publication Date", "Source" (the publisher). Attaché adds "Headline", "URL" and, in lower
/// case, its own fields: `sources`, `targets` (every party), `negated`, `hypothetical`,
/// `evidence`, `rule`, `date_basis`, `documents`.
///
/// ```swift
/// let lines = try POLECATRecords(names: names, scale: scale).jsonLines(events)
/// ```
public struct POLECATRecords: Sendable {
    public var names: ActorNames
    public var scale: EventScale

    public init(names: ActorNames, scale: EventScale) {
        self.names = names
        self.scale = scale
    }

    /// PLOVER's sector names for the spec's sector codes.
    static let sectorNames = [
        "GOV": "Government", "MIL": "Military", "LEG": "Legislature", "JUD": "Judiciary", "POL": "Police",
        "BUS": "Business", "CVL": "Civilian", "MED": "Media", "NGO": "NGO",
    ]

    public func jsonLines(_ events: [ExportedEvent]) throws -> String {
        try events.map { try JSONLines.line(object: object($0)) + "\n" }.joined()
    }

    func object(_ exported: ExportedEvent) -> [String: Any] {
        let event = exported.event
        let first = exported.firstProvenance
        var object: [String: Any] = [
            "Event ID": exported.id, "Event Date": event.date?.description ?? NSNull(),
            "Event Type": event.type.rawValue, "Event Mode": event.mode ?? NSNull(),
            "Contexts": [String](), "Quad Code": EventScale.ploverQuad(event.type),
            "Intensity": scale.intensity(event.type) ?? NSNull(),
            "Placename": event.location?.name ?? NSNull(), "Country": event.location?.country ?? NSNull(),
            "Publication Date": first?.published?.description ?? NSNull(), "Source": first?.source ?? NSNull(),
            "Headline": first?.title ?? NSNull(), "URL": first?.url ?? NSNull(),
            "sources": event.source, "targets": event.target, "negated": event.negated,
            "hypothetical": event.hypothetical, "evidence": event.evidence, "rule": event.rule ?? NSNull(),
            "date_basis": (event.dateBasis ?? (event.date == nil ? DateBasis.none : nil))?.rawValue ?? NSNull(),
            "documents": exported.documents,
        ]
        for (role, code) in [("Actor", event.source.first), ("Recipient", event.target.first)] {
            let actor = code.flatMap { ActorCode(parsing: $0) }
            let sector = actor?.sector.map { Self.sectorNames[$0] ?? $0 }
            object["\(role) Name"] = actor.map { names.name($0.root) } ?? NSNull()
            object["\(role) Country"] = actor.flatMap { names.kind($0.root) == .state ? $0.root : nil } ?? NSNull()
            object["Primary \(role) Sector"] = sector ?? NSNull()
            object["\(role) Sectors"] = sector.map { [$0] } ?? []
        }
        return object
    }
}
