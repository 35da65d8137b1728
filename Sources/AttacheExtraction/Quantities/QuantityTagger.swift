public import AttacheCore

/// Finds money ("$50 million", "€1.2 billion", "50 million dollars"), counts of people ("3,200
/// fleeing Afghans", "at least 200,000 peacekeepers"), durations ("10-year", "for three years",
/// "90 days") and percentages ("5 percent", "12%").
///
/// A count is of people when a people noun (from the agent nouns, or a demonym plural) follows
/// the number within two words.
public struct QuantityTagger: PipelineComponent {
    public static let name = "quantity-tagger"
    public static let requires: Set<Layer> = [.sentences, .tokens, .actors]
    public static let assigns: Set<Layer> = [.quantities]

    static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]
    static let currencyWords = keys([
        "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "usd": "USD", "eur": "EUR",
    ])
    static let durationUnits = keys([
        "year": "years", "years": "years", "month": "months", "months": "months", "day": "days", "days": "days",
        "week": "weeks", "weeks": "weeks",
    ])
    static let percentWords = KeySet(words: ["percent", "per cent", "%"])
    static let peopleWords = KeySet(words: [
        "people", "persons", "refugees", "civilians", "migrants", "troops", "soldiers", "peacekeepers", "personnel",
        "residents", "citizens", "children", "prisoners", "detainees", "protesters", "fighters", "workers", "staff",
        "service members", "students", "volunteers", "observers", "officers", "police", "alumni",
    ])
    static let agoKey = TokenKey.of("ago")

    static func keys(_ words: [String: String]) -> KeyMap<String> { KeyMap(words: words) }

    public init() {}

    public func process(_ document: inout AnnotatedDocument) throws {
        var found: [QuantityMention] = []
        let demonymTokens = Set(document.actors.filter { $0.kind == .group }.flatMap { Array($0.tokens) })
        for (number, sentence) in document.sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                if let quantity = read(document, at: index, end: sentence.tokens.upperBound, demonyms: demonymTokens) {
                    let span = TextSpan(
                        document.tokens[quantity.start].span.start, document.tokens[quantity.end - 1].span.end)
                    found.append(
                        QuantityMention(
                            sentence: number, tokens: quantity.start..<quantity.end, span: span,
                            quantity: quantity.value, kind: quantity.kind))
                    index = quantity.end
                } else {
                    index += 1
                }
            }
        }
        document.quantities = found
    }

    struct Reading {
        var start: Int
        var end: Int
        var value: Quantity
        var kind: QuantityMention.Kind
    }

    func read(_ document: AnnotatedDocument, at index: Int, end: Int, demonyms: Set<Int>) -> Reading? {
        // $50 million
        if document.tokens[index].shape == .punctuation,
            let currency = Self.currencySymbols[document.string(of: document.tokens[index])], index + 1 < end,
            let amount = amount(document, at: index + 1, end: end)
        {
            return Reading(
                start: index, end: amount.end, value: Quantity(value: amount.value, unit: currency), kind: .money)
        }
        guard let amount = amount(document, at: index, end: end) else { return nil }
        let next = amount.end
        guard next < end else { return nil }
        let nextKey = document.tokenKeys[next]
        if let currency = Self.currencyWords[nextKey] {
            return Reading(
                start: index, end: next + 1, value: Quantity(value: amount.value, unit: currency), kind: .money)
        }
        if Self.percentWords.contains(nextKey) {
            return Reading(
                start: index, end: next + 1, value: Quantity(value: amount.value, unit: "percent"), kind: .percentage)
        }
        // "10-year", "ten-year", "90 days" (but not "13 years ago")
        var unitIndex = next
        if document.string(of: document.tokens[next]) == "-", next + 1 < end { unitIndex = next + 1 }
        if let unit = Self.durationUnits[document.tokenKeys[unitIndex]],
            unitIndex + 1 >= end || document.tokenKeys[unitIndex + 1] != Self.agoKey
        {
            return Reading(
                start: index, end: unitIndex + 1, value: Quantity(value: amount.value, unit: unit), kind: .duration)
        }
        // "3,200 fleeing Afghans", "200,000 peacekeepers"
        for offset in 0..<3 where next + offset < end {
            let candidate = next + offset
            if Self.peopleWords.contains(document.tokenKeys[candidate]) || demonyms.contains(candidate) {
                return Reading(
                    start: index, end: candidate + 1, value: Quantity(value: amount.value, unit: "people"), kind: .count
                )
            }
        }
        return nil
    }

    /// A number, a number word, or either with a scale ("50 million", "1.2 billion").
    func amount(_ document: AnnotatedDocument, at index: Int, end: Int) -> (value: Double, end: Int)? {
        let token = document.tokens[index]
        guard token.shape == .number || token.shape == .lower || token.shape == .capitalized,
            var value = NumberWords.value(of: index, in: document)
        else { return nil }
        // "a" and "an" count only before a scale word ("a million").
        var next = index + 1
        if next < end, let scale = NumberWords.scales[document.string(of: document.tokens[next]).lowercased()] {
            value *= scale
            next += 1
        } else if token.shape != .number && value == 1 && document.string(of: token).count <= 2 {
            return nil
        }
        return (value, next)
    }
}
