/// What a token can be: its possible word classes, and the inflection it shows.
///
/// A token has several when the lexicon allows them ("talks": noun plural or verb; "signed":
/// verb past or adjective); the clause rules read them to tell a finite verb from a noun.
public struct WordClasses: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let noun = WordClasses(rawValue: 1 << 0)
    public static let verb = WordClasses(rawValue: 1 << 1)
    public static let adjective = WordClasses(rawValue: 1 << 2)
    public static let adverb = WordClasses(rawValue: 1 << 3)
    /// A plural noun or a third-person verb ("talks", "signs").
    public static let sForm = WordClasses(rawValue: 1 << 4)
    /// A past tense or past participle ("signed", "met").
    public static let pastForm = WordClasses(rawValue: 1 << 5)
    /// A present participle or gerund ("signing").
    public static let ingForm = WordClasses(rawValue: 1 << 6)
}
