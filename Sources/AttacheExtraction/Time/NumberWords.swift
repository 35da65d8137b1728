import AttacheCore

/// English number words, for "ten-year", "three years", "13 years ago".
enum NumberWords {
    static let values: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000,
    ]

    static let wordKeys = KeyMap<Int>(words: values)

    /// The value of token `index`, looking at its key first so that ordinary words cost no string.
    static func value(of index: Int, in document: AnnotatedDocument) -> Double? {
        let token = document.tokens[index]
        if token.shape == .number { return value(document.string(of: token)) }
        return wordKeys[document.tokenKeys[index]].map(Double.init)
    }

    /// The value of a number token ("3,200", "1.5", "13") or number word ("ten").
    static func value(_ text: String) -> Double? {
        if let word = values[text.lowercased()] { return Double(word) }
        let digits = String(text.filter { $0 != "," })
        guard let first = digits.first, first.isNumber else { return nil }
        return Double(digits)
    }
}
