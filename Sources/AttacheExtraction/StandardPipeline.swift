public import AttacheCore
import AttacheText

extension Pipeline {
    /// The components `attache analyze` runs, in order, sharing one compiled lexicon.
    ///
    /// ```swift
    /// let pipeline = try Pipeline.standard(lexicon: .builtIn)
    /// ```
    public static func standard(lexicon: ActorLexicon = .builtIn, patterns: EventPatterns = .builtIn) throws -> Pipeline
    {
        try Pipeline([
            Cleaner(), Segmenter(), Morphology(), MentionTagger(lexicon: lexicon), ActorResolver(lexicon: lexicon),
            TimeTagger(),
            QuantityTagger(), RelationTagger(), EventCoder(patterns: patterns),
        ])
    }
}
