public import AttacheCore
import AttacheText

extension Pipeline {
    /// The components `attache analyze` runs, in order, sharing one compiled lexicon (a user's
    /// `--knowledge` folder may extend the actors, the patterns and the morphology alike).
    ///
    /// ```swift
    /// let pipeline = try Pipeline.standard(lexicon: .builtIn)
    /// ```
    public static func standard(
        lexicon: ActorLexicon = .builtIn, patterns: EventPatterns = .builtIn, lemmatizer: Lemmatizer = .builtIn
    ) throws -> Pipeline {
        try Pipeline([
            Cleaner(), Segmenter(), Morphology(lemmatizer: lemmatizer), MentionTagger(lexicon: lexicon),
            ActorResolver(lexicon: lexicon), TimeTagger(),
            QuantityTagger(), RelationTagger(), EventCoder(patterns: patterns),
        ])
    }
}
