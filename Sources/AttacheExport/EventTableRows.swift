import AttacheCore

/// The `events` table: what a reader needs not to be misled, the mode, the place, and whether the
/// act is hypothetical ("is expected to meet") or negated ("did not sign").
public enum EventTableRows {
    public static let header = [
        "id", "date", "basis", "type", "mode", "source", "target", "location", "flags", "reports", "doc", "evidence",
    ]

    public static func table(_ events: [ExportedEvent]) -> TextTable {
        TextTable(header: header, rows: events.map(row))
    }

    static func row(_ exported: ExportedEvent) -> [String] {
        let event = exported.event
        var flags: [String] = []
        if event.hypothetical { flags.append("hypothetical") }
        if event.negated { flags.append("negated") }
        let place = event.location.map { location in
            location.country.map { "\(location.name) (\($0))" } ?? location.name
        }
        return [
            String(exported.id), event.date?.description ?? "-", basis(event), event.type.rawValue, event.mode ?? "-",
            event.source.joined(separator: ","), event.target.joined(separator: ","), place ?? "-",
            flags.isEmpty ? "-" : flags.joined(separator: ","), String(exported.reports.count),
            exported.documents.joined(separator: " "), String(event.evidence.prefix(90)),
        ]
    }

    /// Where the date comes from, in a word.
    static func basis(_ event: EventRecord) -> String {
        guard event.date != nil else { return "-" }
        return event.dateBasis?.rawValue ?? "?"
    }
}
