/// One token of the cleaned text: a word, a number, an abbreviation or a punctuation mark.
public struct Token: Hashable, Sendable {
    public enum Shape: UInt8, Sendable {
        /// "albania", "of"
        case lower
        /// "Albania", "Rama"
        case capitalized
        /// "NATO", "US"
        case upper
        /// "eFP", "McDonald", "iPhone"
        case mixed
        /// "2009", "3,200", "1.5"
        case number
        /// "U.S.", "Jan.", "e.g."
        case abbreviation
        /// "'s" after a possessor ("Russia's" gives "Russia" and "'s")
        case possessive
        /// "-", ",", "(", "$"
        case punctuation
    }

    public var span: TextSpan
    public var shape: Shape
    /// True when no space separates this token from the one before ("10" "-" "year").
    public var attachedToPrevious: Bool

    public init(span: TextSpan, shape: Shape, attachedToPrevious: Bool) {
        self.span = span
        self.shape = shape
        self.attachedToPrevious = attachedToPrevious
    }
}

/// A sentence: its span in the cleaned text and the range of its tokens.
public struct Sentence: Hashable, Sendable {
    public var span: TextSpan
    public var tokens: Range<Int>

    public init(span: TextSpan, tokens: Range<Int>) {
        self.span = span
        self.tokens = tokens
    }
}

/// A stretch of the original text the cleaner took out, and the rule that took it.
public struct RemovedBlock: Hashable, Sendable, Codable {
    public var text: String
    public var rule: String

    public init(text: String, rule: String) {
        self.text = text
        self.rule = rule
    }
}
