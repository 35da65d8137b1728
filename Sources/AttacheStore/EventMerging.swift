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

/// Merges reports of the same event: same type, same source and target roots, from different
/// documents, with dates that agree. Merging must never join two events, so it only merges what
/// the reports themselves tie together:
/// - a dated report joins an event whose date agrees with its own at the coarser precision
///   ("2024-02" with "2024-02-15"), and only when exactly one event agrees: a report dated "2024"
///   beside a February and a May meeting could be either, so it stays apart;
/// - an undated report joins only an event with a report of the same evidence (the same story
///   copied by another document): "undated" says nothing about which event it is;
/// - places split reports only when both name different countries;
/// - among the events a report could join, one with a report of the same evidence wins.
/// Reports are taken from the most precise date to the least, so the result does not depend on
/// the order of the input.
public enum EventMerging {
    public static let rule =
        "same type and roots, one report per document, dates that agree with one event only,"
        + " undated reports only by the same evidence"

    public static func merge(_ events: [StoredEvent]) -> [MergedEvent] {
        var merged: [MergedEvent] = []
        var byKey: [String: [Int]] = [:]
        let byPrecision = events.enumerated().sorted {
            (precision($0.element.event.date), $1.offset) > (precision($1.element.event.date), $0.offset)
        }
        for stored in byPrecision.map(\.element) {
            let key = Self.key(stored.event)
            var candidates = (byKey[key] ?? []).filter { joins(stored, merged[$0]) }
            // The same words as a report already merged settle which event it is.
            let told = candidates.filter { merged[$0].reports.contains { $0.event.evidence == stored.event.evidence } }
            if !told.isEmpty { candidates = told }
            if candidates.count == 1, let index = candidates.first {
                merged[index].reports.append(stored)
                if merged[index].event.location == nil { merged[index].event.location = stored.event.location }
            } else {
                byKey[key, default: []].append(merged.count)
                merged.append(MergedEvent(id: stored.id, event: stored.event, reports: [stored]))
            }
        }
        for index in merged.indices {
            merged[index].reports.sort { $0.id < $1.id }
            merged[index].id = merged[index].reports[0].id
        }
        // Oldest first, undated last, as the store returns events.
        return merged.sorted { ($0.event.date?.description ?? "~", $0.id) < ($1.event.date?.description ?? "~", $1.id) }
    }

    static func joins(_ report: StoredEvent, _ event: MergedEvent) -> Bool {
        // A document states each event once, so two reports from one document are two events.
        if event.reports.contains(where: { $0.doc == report.doc }) { return false }
        if let a = event.event.location?.country, let b = report.event.location?.country, a != b { return false }
        guard let date = report.event.date else {
            return event.reports.contains { $0.event.evidence == report.event.evidence }
        }
        guard let eventDate = event.event.date else { return false }
        return date.agrees(atPrecisionOf: eventDate) || eventDate.agrees(atPrecisionOf: date)
    }

    static func key(_ event: EventRecord) -> String {
        let roots = { (codes: [String]) in Set(codes.map { ActorCode(parsing: $0)?.root ?? $0 }).sorted() }
        return "\(event.type.rawValue) \(roots(event.source)) \(roots(event.target))"
    }

    static func precision(_ date: PartialDate?) -> Int {
        guard let date else { return 0 }
        return date.day != nil ? 3 : date.month != nil ? 2 : 1
    }
}
