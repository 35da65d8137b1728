/// A time expression and the date it stands for, normalised against the published date.
public struct TimeExpression: Hashable, Sendable {
    public enum Relation: String, Sendable {
        /// "in 2022", "on Jan. 21", "later this month"
        case at
        /// "since 1992", "since the fall of communism in 1991": the start of an ongoing state.
        case since
        /// "until December 2023", "by the end of 2024": the end of a span, not when an act happens.
        case until
        /// "as of 1991", "compared with 2019", "than in 2020": a standard something is measured
        /// against, not when an act happens.
        case reference
    }

    /// Whether the expression can date an act (an end bound or a standard of comparison cannot).
    public var datesAnAct: Bool { relation == .at || relation == .since }

    public var sentence: Int
    public var tokens: Range<Int>
    public var span: TextSpan
    /// Nil when the expression is relative and the document has no published date.
    public var date: PartialDate?
    public var relation: Relation

    public init(sentence: Int, tokens: Range<Int>, span: TextSpan, date: PartialDate?, relation: Relation) {
        self.sentence = sentence
        self.tokens = tokens
        self.span = span
        self.date = date
        self.relation = relation
    }
}

/// A number with a unit found in the text: money, people, a duration, a percentage.
public struct QuantityMention: Hashable, Sendable {
    public enum Kind: String, Sendable { case money, count, duration, percentage }

    public var sentence: Int
    public var tokens: Range<Int>
    public var span: TextSpan
    public var quantity: Quantity
    public var kind: Kind

    public init(sentence: Int, tokens: Range<Int>, span: TextSpan, quantity: Quantity, kind: Kind) {
        self.sentence = sentence
        self.tokens = tokens
        self.span = span
        self.quantity = quantity
        self.kind = kind
    }
}
