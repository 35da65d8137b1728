public import AttacheCore

/// Resolves mentions to actor codes, correctly for the document's date.
///
/// Rules, each recorded on the mention it resolves:
/// - `title+name`: a title with an owner before it and a name after it ("Albanian Prime Minister
///   Edi Rama", "U.S. Secretary of State Antony Blinken"): a known office holder resolves by their
///   office on the date; an unknown name takes the owner's root and the title's sector.
/// - `office-holder` / `former-office-holder`: a known name alone (see `OfficeResolution`); a
///   surname alone only for someone in office on the date, never a month name ("May").
/// - `owner+title`: a title with an owner and no name ("Ukraine's president").
/// - `state+agent`, `demonym+agent`: "U.S. troops" → USA-MIL, "Albanian soldiers" → ALB-MIL.
/// - `state`, `organisation`, `demonym`, `capital-metonym` ("Washington" → USA-GOV): a name alone;
///   a demonym before a non-agent noun ("Albanian soil") is marked as a modifier, and one after
///   "in" or "into" with no noun ("published in French") names a language and no actor.
/// - `coreference`: "the Alliance", "the two countries", "our country", "the Kremlin".
/// - `pronoun`: "it"/"its" → the last state or organisation; `author-voice`: "we"/"our" in a
///   government source → the author's state; `surname`: a bare surname met earlier with the full
///   name or a title, which beats a namesake in office.
public struct ActorResolver: PipelineComponent {
    public static let name = "actor-resolver"
    public static let requires: Set<Layer> = [.mentions]
    public static let assigns: Set<Layer> = [.actors]

    let lexicon: ActorLexicon
    let voices = AuthorVoices()

    public init(lexicon: ActorLexicon = .builtIn) { self.lexicon = lexicon }

    public func process(_ document: inout AnnotatedDocument) throws {
        var state = ResolutionState(
            document: document, author: voices.voice(of: document.document, lexicon: lexicon),
            lexicon: lexicon)
        var first = 0
        for (number, sentence) in document.sentences.enumerated() {
            var end = first
            while end < document.mentions.count, document.mentions[end].sentence == number { end += 1 }
            state.resolve(sentence: number, tokens: sentence.tokens, mentions: document.mentions[first..<end])
            first = end
        }
        document.actors = state.actors
        document.places = state.places
        document.diagnostics += state.diagnostics
    }
}
