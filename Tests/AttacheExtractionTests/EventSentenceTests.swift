import AttacheCore
import AttacheExtraction
import Foundation
import Testing

/// The hand-written event and relation sentences of `event-sentences.tsv`: for every pattern a
/// sentence it must code and, for most, a near-miss it must not.
@Suite struct EventSentenceTests {
    struct Case: Sendable {
        var id: String
        var published: String
        var sentence: String
        var expected: String
    }

    static let cases: [Case] = ((try? Fixtures.rows("event-sentences.tsv")) ?? []).filter { $0.count >= 4 }.map {
        Case(id: $0[0], published: $0[1], sentence: $0[2], expected: $0[3])
    }

    /// Checks one case; returns why it fails, or nil.
    static func failure(_ sample: Case) throws -> String? {
        let annotated = try Fixtures.analyze(sample.sentence, published: sample.published)
        let events = annotated.events
        let relations = annotated.relations
        let found = events.map { describe($0) } + relations.map { describe($0) }
        for item in sample.expected.components(separatedBy: " ; ") {
            let words = item.split(separator: " ").map(String.init)
            guard let head = words.first else { continue }
            if head == "NONE" {
                // A relation row's "NONE" asks for no relation; its events are not listed.
                if words.count == 1, sample.id.hasPrefix("rel-") {
                    if !relations.isEmpty { return "expected no relation, found \(found)" }
                } else if words.count == 1 {
                    if !events.isEmpty { return "expected no event, found \(found)" }
                } else if let type = EventType(rawValue: words[1]), events.contains(where: { $0.type == type }) {
                    return "expected no \(words[1]), found \(found)"
                }
                continue
            }
            if head == "REL" {
                if !relations.contains(where: { matches($0, words) }) { return "missing \(item); found \(found)" }
                continue
            }
            if !events.contains(where: { matches($0, words) }) { return "missing \(item); found \(found)" }
        }
        return nil
    }

    static func roots(_ text: Substring) -> Set<String> {
        Set(text.split(separator: ",").map { ActorCode(parsing: String($0))?.root ?? String($0) })
    }

    static func roots(_ codes: [String]) -> Set<String> { Set(codes.map { ActorCode(parsing: $0)?.root ?? $0 }) }

    static func matches(_ event: EventRecord, _ words: [String]) -> Bool {
        guard event.type.rawValue == words[0], words.count > 1 else { return false }
        let sides = words[1].split(separator: ">", omittingEmptySubsequences: false)
        guard sides.count == 2, roots(event.source) == roots(sides[0]), roots(event.target) == roots(sides[1]) else {
            return false
        }
        for flag in words.dropFirst(2) {
            if flag == "hyp" && !event.hypothetical { return false }
            if flag == "neg" && !event.negated { return false }
            if flag == "undated" && event.date != nil { return false }
            if flag.hasPrefix("date="), let date = PartialDate(parsing: flag.dropFirst(5)) {
                guard let found = event.date, found.agrees(atPrecisionOf: date) else { return false }
            }
        }
        return true
    }

    static func matches(_ relation: RelationRecord, _ words: [String]) -> Bool {
        guard words.count >= 3, relation.kind.rawValue == words[1] else { return false }
        let sides = words[2].split(separator: ">", omittingEmptySubsequences: false)
        switch relation.kind {
        case .membership:
            guard sides.count == 2, relation.subject == String(sides[0]), relation.object == String(sides[1]) else {
                return false
            }
            if words.count > 3, !words[3].contains("="), relation.status != words[3] { return false }
        case .agreement, .diplomatic:
            guard roots(relation.parties ?? []) == roots(Substring(words[2])) else { return false }
        case .deployment:
            guard sides.count == 2, relation.subject == String(sides[0]), relation.location == String(sides[1]) else {
                return false
            }
        case .aid:
            guard sides.count == 2, relation.donor == String(sides[0]), relation.recipient == String(sides[1]) else {
                return false
            }
            if words.count > 3, !words[3].contains("="), relation.sector != words[3] { return false }
        }
        return true
    }

    static func describe(_ event: EventRecord) -> String {
        "\(event.type.rawValue) \(event.source.joined(separator: ","))>\(event.target.joined(separator: ","))"
            + (event.hypothetical ? " hyp" : "") + (event.negated ? " neg" : "")
            + (event.date.map { " date=\($0)" } ?? "")
    }

    static func describe(_ relation: RelationRecord) -> String {
        let first = relation.subject ?? relation.donor ?? (relation.parties ?? []).joined(separator: ",")
        let second = relation.object ?? relation.location ?? relation.recipient ?? ""
        return "REL \(relation.kind.rawValue) \(first)>\(second) \(relation.status ?? relation.sector ?? "")"
    }

    @Test func thereAreEnoughSentences() {
        #expect(Self.cases.count >= 150)
        #expect(Set(Self.cases.map { $0.id.split(separator: "-").first ?? "" }).count >= 17)
    }

    /// The coder must get nearly all positive sentences and near-misses right; every failure is listed.
    @Test func codesTheHandWrittenSentences() throws {
        var failures: [String] = []
        var nearMissFailures = 0
        for sample in Self.cases {
            if let reason = try Self.failure(sample) {
                failures.append("\(sample.id): \(sample.sentence)\n    \(reason)")
                if sample.expected.hasPrefix("NONE") { nearMissFailures += 1 }
            }
        }
        let passed = Self.cases.count - failures.count
        // ATTACHE_LIST_FAILURES=1 swift test --filter codesTheHandWritten lists what still fails.
        if ProcessInfo.processInfo.environment["ATTACHE_LIST_FAILURES"] != nil {
            print("event sentences: \(passed)/\(Self.cases.count) pass; near-miss failures: \(nearMissFailures)")
            for failure in failures { print(failure) }
        }
        #expect(
            Double(passed) / Double(Self.cases.count) >= Self.requiredShare,
            "\(passed)/\(Self.cases.count) pass:\n\(failures.joined(separator: "\n"))")
    }

    /// The share of sentences coded right today (2,079 of 2,134), less a small margin: a regression fails.
    static let requiredShare = 0.96
}

@Suite struct EventRestatementTests {
    @Test func oneWarNamedTwiceInATextIsOneAssault() throws {
        let annotated = try Fixtures.analyze(
            "Ethiopia condemned Eritrea's aggression against Sudan. The Eritrean attack on Sudan began in May 2021.",
            published: "2021-06-01")
        let assaults = annotated.events.filter { $0.type == .assault }
        #expect(assaults.count == 1)
        #expect(assaults.first?.date == PartialDate(year: 2021, month: 5))
    }

    @Test func assaultsOnDifferentDaysStayApart() throws {
        let annotated = try Fixtures.analyze(
            "Israel struck Lebanon on 3 May 2024. Israel struck Lebanon again on 9 May 2024.", published: "2024-05-10")
        #expect(annotated.events.filter { $0.type == .assault }.count == 2)
    }

    @Test func supportOnTwoTopicsStaysTwoEvents() throws {
        let annotated = try Fixtures.analyze(
            "Norway supports Kenya's bid for a Security Council seat. Norway also backs Kenya's climate plan.",
            published: "2024-05-10")
        #expect(annotated.events.filter { $0.type == .support }.count == 2)
    }
}
