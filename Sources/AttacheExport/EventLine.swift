public import AttacheCore
public import AttacheStore

/// An event as a JSON line of `events --format jsonl`: the spec's event with its id and date
/// basis, the document it came from with that document's title, publisher, address and date and,
/// for a merged event, every report (`reports`: id and document).
public struct EventLine: Encodable, Sendable {
    public var event: EventRecord
    public var provenance: Provenance?
    public var reports: [StoredEvent]

    public init(_ exported: ExportedEvent) {
        event = exported.event
        provenance = exported.firstProvenance
        reports = exported.reports
    }

    enum Key: String, CodingKey { case doc, title, publisher, url, published, reports }
    struct Report: Encodable {
        var id: Int64
        var doc: String
    }

    public func encode(to encoder: any Encoder) throws {
        try event.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(reports.first?.doc, forKey: .doc)
        try container.encode(provenance?.title, forKey: .title)
        try container.encode(provenance?.source, forKey: .publisher)
        try container.encode(provenance?.url, forKey: .url)
        try container.encode(provenance?.published, forKey: .published)
        if reports.count > 1 {
            try container.encode(reports.map { Report(id: $0.id, doc: $0.doc) }, forKey: .reports)
        }
    }
}
