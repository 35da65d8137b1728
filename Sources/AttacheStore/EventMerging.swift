public import AttacheCore

/// One event as several documents report it.
public struct MergedEvent: Sendable {
    /// The id of its first report: `attache explain ID` takes it.
    public var id: Int64
    /// The event with the most precise date its reports give.
    public var event: EventRecord
    public var reports: [StoredEvent]

    public var documents: [String] {
        var seen: Set<String> = []
        return reports.map(\.doc).filter { seen.insert($0).inserted }
    }
}

/// Merges reports of the same event: same type, same source and target roots, and compatible
/// dates (equal at the coarser precision, or one of them unknown), from different documents. Places
/// do not split reports unless both name different countries.
public enum EventMerging {
    public static let rule =
        "same type, same source and target roots, compatible dates and places, one report per document"

    public static func merge(_ events: [StoredEvent]) -> [MergedEvent] {
        var merged: [MergedEvent] = []
        var byKey: [String: [Int]] = [:]
        for stored in events {
            let key = Self.key(stored.event)
            // A document states each event once, so two reports from one document are two events.
            if let index = byKey[key]?.first(where: {
                compatible(merged[$0].event, stored.event) && !merged[$0].reports.contains { $0.doc == stored.doc }
            }) {
                merged[index].reports.append(stored)
                if precision(stored.event.date) > precision(merged[index].event.date) {
                    merged[index].event.date = stored.event.date
                }
                if merged[index].event.location == nil { merged[index].event.location = stored.event.location }
            } else {
                byKey[key, default: []].append(merged.count)
                merged.append(MergedEvent(id: stored.id, event: stored.event, reports: [stored]))
            }
        }
        return merged
    }

    static func key(_ event: EventRecord) -> String {
        let roots = { (codes: [String]) in Set(codes.map { ActorCode(parsing: $0)?.root ?? $0 }).sorted() }
        return "\(event.type.rawValue) \(roots(event.source)) \(roots(event.target))"
    }

    static func compatible(_ first: EventRecord, _ second: EventRecord) -> Bool {
        if let a = first.date, let b = second.date, !(a.agrees(atPrecisionOf: b) || b.agrees(atPrecisionOf: a)) {
            return false
        }
        if let a = first.location?.country, let b = second.location?.country, a != b { return false }
        return true
    }

    static func precision(_ date: PartialDate?) -> Int {
        guard let date else { return 0 }
        return date.day != nil ? 3 : date.month != nil ? 2 : 1
    }
}
