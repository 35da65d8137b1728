import AttacheCore
import AttacheStore

/// Small records the store tests write and read back.
enum Samples {
    static func event(_ type: EventType, _ source: [String], _ target: [String], date: String?, evidence: String)
        -> EventRecord
    {
        EventRecord(
            type: type, source: source, target: target, date: date.flatMap { PartialDate(parsing: $0) },
            evidence: evidence)
    }

    static func document(_ id: String, hash: String, events: [EventRecord]) -> StoredDocument {
        var membership = RelationRecord(kind: .membership, evidence: "Albania, a member of NATO")
        membership.subject = "ALB"
        membership.object = "NATO"
        membership.status = "member"
        let record = DocumentRecord(
            doc: id, published: PartialDate(year: 2025), title: "T", events: events, relations: [membership])
        return StoredDocument(
            id: id, contentHash: hash, record: record, sentences: sentences(of: events),
            mentions: [
                StoredMention(sentence: 0, actor: "ALB-GOV", kind: "person", text: "Rama", rule: "office-holder"),
                StoredMention(sentence: 1, actor: "ALB", kind: "state", text: "Albania", rule: "state"),
            ])
    }

    /// A sentence around each event's evidence, as the pipeline would have found it.
    static func sentences(of events: [EventRecord]) -> [String] {
        events.map { "On that day, \($0.evidence), officials said." }
    }

    static var events: [EventRecord] {
        [
            event(.agree, ["ALB-GOV"], ["UKR-GOV"], date: "2025-01-21", evidence: "Rama and Zelensky signed"),
            EventRecord(
                type: .consult, source: ["USA-GOV"], target: ["ALB"], date: PartialDate(parsing: "2024-02-15"),
                location: Location(name: "Tirana", country: "ALB"), evidence: "Blinken visits Albania"),
            event(.accuse, ["USA", "EU"], ["XKX"], date: nil, evidence: "expressed concern over Kosovo"),
        ]
    }
}
