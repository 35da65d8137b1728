public import AttacheCore
public import AttacheKnowledge
public import AttacheText
import Foundation

/// One line of `events.tsv`: the words that signal an event, its PLOVER type and mode, and where
/// its target is.
public struct EventPattern: Sendable {
    public enum TargetSlot: Sendable, Equatable {
        /// The first actor after the trigger.
        case direct
        /// The first actor after one of these prepositions.
        case preposition(UInt64)
        /// The event has no target.
        case none
    }

    public var type: EventType
    public var mode: String?
    public var targets: [TargetSlot]
    public var reciprocal: Bool
    public var inverse: Bool
    public var passiveBy: Bool
    public var noun: Bool
    public var hypothetical: Bool
    public var reflexive: Bool
    /// The source is whoever reports the clause the trigger stands in, the target that clause's
    /// subject ("Russia said Sudan must return the helicopter").
    public var bySpeaker: Bool
    /// The pattern's name in records: `events.tsv:LINE`.
    public var rule: String
}

/// A trigger alternative: the pattern it belongs to and the segments after the first, each of
/// which must follow within `maximumGap` words (punctuation in the gap is free).
public struct TriggerForm: Sendable {
    /// The pattern's index, or `noEvent` for a phrase that only looks like one.
    public var pattern: Int
    public var laterSegments: [[UInt64]]
    public static let maximumGap = 6
    /// A `NONE` row of events.tsv: a figurative phrase ("struck a balance") that, as the longest
    /// match, keeps a shorter trigger inside it ("struck") from coding an event.
    public static let noEvent = -1
}

/// The trigger field of `events.tsv`: alternatives separated by `|`, where a parenthesised group
/// of alternatives stands for each of them ("(send|deploy) ... (troops|soldiers)" is four).
enum TriggerAlternatives {
    static func expand(_ field: String) -> [String] {
        topLevel(field).flatMap(expandGroups).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The alternatives of `field` outside parentheses.
    static func topLevel(_ field: some StringProtocol) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in field {
            if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
            if character == "|" && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        return parts + [current]
    }

    /// Every reading of one alternative, its first group expanded, then the rest.
    static func expandGroups(_ alternative: String) -> [String] {
        guard let open = alternative.firstIndex(of: "("), let close = alternative[open...].firstIndex(of: ")") else {
            return [alternative]
        }
        let head = alternative[..<open]
        let tail = alternative[alternative.index(after: close)...]
        return alternative[alternative.index(after: open)..<close].split(separator: "|").flatMap { option in
            expandGroups(String(head + option + tail))
        }
    }
}

/// The trigger patterns and modality cues, compiled for matching.
public struct EventPatterns: Sendable {
    public let patterns: [EventPattern]
    public let triggers: PhraseIndex<TriggerForm>
    public let modality: PhraseIndex<Modality>

    /// What a cue does to the trigger after it; `actual` is a decision taken ("decided to",
    /// "voted to"), whose infinitive is an act done, not planned.
    public enum Modality: String, Sendable { case negated, hypothetical, actual }

    public init(knowledge: KnowledgeBase, segmenter: Segmenter = Segmenter()) throws(KnowledgeError) {
        guard let file = knowledge.extraFiles["events"] else {
            throw KnowledgeError(file: "events.tsv", "missing: the event coder needs its trigger patterns")
        }
        var patterns: [EventPattern] = []
        var triggers = PhraseIndex<TriggerForm>()
        func add(_ alternative: String, pattern: Int) {
            let segments = alternative.components(separatedBy: " ... ").map { segmenter.tokenStrings($0) }
            guard let first = segments.first, !first.isEmpty else { return }
            let later = segments.dropFirst().map { $0.map(TokenKey.of) }
            triggers.add(tokens: first, value: TriggerForm(pattern: pattern, laterSegments: Array(later)))
        }
        for row in file.rows {
            if row.field(0) == Self.noEventType {
                for alternative in TriggerAlternatives.expand(row.field(2)) {
                    add(alternative, pattern: TriggerForm.noEvent)
                }
                continue
            }
            guard let type = EventType(rawValue: row.field(0)) else {
                throw KnowledgeError(file: row.file, line: row.line, "unknown event type '\(row.field(0))'")
            }
            let flags = Set(
                row.field(4).split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            ).subtracting(["-"])
            if let unknown = flags.subtracting(Self.flags).sorted().first {
                throw KnowledgeError(file: row.file, line: row.line, "unknown flag '\(unknown)'")
            }
            var targets: [EventPattern.TargetSlot] = []
            for option in row.field(3).split(separator: "|").map(String.init) {
                switch option {
                case "direct": targets.append(.direct)
                case "none": targets.append(.none)
                default:
                    // A target is introduced by one word: a longer one would never match a token.
                    guard !option.isEmpty, !option.contains(" ") else {
                        throw KnowledgeError(
                            file: row.file, line: row.line, "unknown target '\(option)' (direct, none or a preposition)"
                        )
                    }
                    targets.append(.preposition(TokenKey.of(option)))
                }
            }
            let pattern = EventPattern(
                type: type, mode: row.field(1) == "-" || row.field(1).isEmpty ? nil : row.field(1), targets: targets,
                reciprocal: flags.contains("reciprocal"), inverse: flags.contains("inverse"),
                passiveBy: flags.contains("passive-by"), noun: flags.contains("noun"),
                hypothetical: flags.contains("hypothetical"), reflexive: flags.contains("self"),
                bySpeaker: flags.contains("speaker"),
                rule: "events.tsv:\(row.line)")
            patterns.append(pattern)
            for alternative in TriggerAlternatives.expand(row.field(2)) {
                add(alternative, pattern: patterns.count - 1)
            }
        }
        var modality = PhraseIndex<Modality>()
        for row in knowledge.extraFiles["modality"]?.rows ?? [] {
            guard let effect = Modality(rawValue: row.field(1)) else {
                throw KnowledgeError(
                    file: row.file, line: row.line, "unknown effect '\(row.field(1))' (negated, hypothetical or actual)"
                )
            }
            for cue in row.list(0) { modality.add(tokens: segmenter.tokenStrings(cue), value: effect) }
        }
        self.patterns = patterns
        self.triggers = triggers
        self.modality = modality
    }

    /// The type of a row that codes nothing (`TriggerForm.noEvent`).
    static let noEventType = "NONE"

    /// The flags a pattern may carry (events.tsv's header says what each means).
    static let flags: Set<String> = [
        "reciprocal", "inverse", "passive-by", "noun", "hypothetical", "self", "speaker",
    ]

    public static let builtIn: EventPatterns = {
        do { return try EventPatterns(knowledge: .builtIn) } catch { fatalError("built-in event patterns: \(error)") }
    }()
}
