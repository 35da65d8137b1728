public import AttacheCore
public import AttacheStore

/// An event as the exports write it: the event (with its store id), every report of it (one, or
/// several for a merged event) and the provenance of each report's document.
public struct ExportedEvent: Sendable {
    public var event: EventRecord
    public var reports: [StoredEvent]
    /// The provenance of each report's document, in report order (missing documents left out).
    public var provenance: [Provenance]

    public var id: Int64 { event.id ?? reports.first?.id ?? 0 }
    public var documents: [String] { unique(reports.map(\.doc)) }
    /// Distinct publishers, a document with none counting as its own.
    public var publishers: [String] { unique(reports.map { report in source(of: report.doc) ?? report.doc }) }
    /// The first report's document.
    public var firstProvenance: Provenance? { provenance.first }

    func source(of doc: String) -> String? { provenance.first { $0.doc == doc }?.source }

    /// An event as one stored report.
    public init(_ stored: StoredEvent, provenance: [String: Provenance]) {
        event = stored.event
        event.id = stored.id
        reports = [stored]
        self.provenance = provenance[stored.doc].map { [$0] } ?? []
    }

    /// A merged event: the id and sentence of its first report, the most precise date of all.
    public init(_ merged: MergedEvent, provenance: [String: Provenance]) {
        event = merged.event
        event.id = merged.id
        reports = merged.reports
        var seen: Set<String> = []
        self.provenance = merged.reports.compactMap { report in
            seen.insert(report.doc).inserted ? provenance[report.doc] : nil
        }
    }

    /// The events of a query, each with its documents' provenance, merged or not.
    public static func load(_ events: [StoredEvent], merged: Bool, from store: any Store) throws -> [ExportedEvent] {
        let provenance = try store.provenance(of: events.map(\.doc))
        guard merged else { return events.map { ExportedEvent($0, provenance: provenance) } }
        return EventMerging.merge(events).map { ExportedEvent($0, provenance: provenance) }
    }
}

func unique(_ values: [String]) -> [String] {
    var seen: Set<String> = []
    return values.filter { seen.insert($0).inserted }
}
