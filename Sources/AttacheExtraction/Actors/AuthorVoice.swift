import AttacheCore
import AttacheText

/// Whose voice a document speaks in: the state behind a government source ("U.S. Department of
/// State", "Ministry for Europe and Foreign Affairs of Albania"), so that "we", "our" and
/// "our country" can be resolved.
struct AuthorVoice {
    /// The author's state, when the source names one.
    var state: String?
    /// Whether the source is a government body, whose "we" is its state.
    var isGovernment: Bool

    /// Words that mark a source as an official body.
    static let governmentWords = [
        "department", "ministry", "government", "embassy", "office", "mission", "president", "prime minister",
        "foreign", "spokesperson", "consulate", "mfa", "presidency", "white house", "state department", "cabinet",
    ]

    init(source: String?, lexicon: ActorLexicon) {
        guard let source, !source.isEmpty else {
            state = nil
            isGovernment = false
            return
        }
        let lowered = source.lowercased()
        isGovernment = Self.governmentWords.contains { lowered.contains($0) }
        state = lexicon.statesNamed(in: source).first
    }
}

extension ActorLexicon {
    /// The state codes a short text names, by name, demonym or capital, in order.
    func statesNamed(in text: String) -> [String] {
        var annotated = AnnotatedDocument(Document(id: "", text: text))
        guard (try? Segmenter().process(&annotated)) != nil else { return [] }
        var states: [String] = []
        var index = 0
        while index < annotated.tokens.count {
            let match = TokenView.with(annotated) {
                self.index.longestMatch(in: $0, from: index, before: annotated.tokens.count)
            }
            if let match {
                for candidate in match.values {
                    switch candidate {
                    case .state(let code), .demonym(let code), .capital(let code): states.append(code)
                    default: continue
                    }
                }
                index += match.length
            } else {
                index += 1
            }
        }
        return states
    }
}
