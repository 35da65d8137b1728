import AttacheCore
import AttacheText
import Foundation

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
    ].map { Array($0.utf8) }

    init(source: String?, lexicon: ActorLexicon) {
        guard let source, !source.isEmpty else {
            state = nil
            isGovernment = false
            return
        }
        let lowered = Array(source.lowercased().utf8)
        isGovernment = Self.governmentWords.contains { Self.bytes(lowered, contain: $0) }
        state = lexicon.firstStateNamed(in: source)
    }

    /// A plain byte search: the generic substring searches of the standard library and Foundation
    /// both showed in the profile, as this runs for every document.
    static func bytes(_ text: [UInt8], contain word: [UInt8]) -> Bool {
        guard let first = word.first, word.count <= text.count else { return false }
        for start in 0...(text.count - word.count) where text[start] == first {
            if text[start..<(start + word.count)].elementsEqual(word) { return true }
        }
        return false
    }
}

extension ActorLexicon {
    /// The first state a short text names, by name, demonym or capital.
    func firstStateNamed(in text: String) -> String? {
        var annotated = AnnotatedDocument(Document(id: "", text: text))
        guard (try? Segmenter().process(&annotated)) != nil else { return nil }
        return TokenView.with(annotated) { view in
            var index = 0
            while index < view.tokens.count {
                guard let match = self.index.longestMatch(in: view, from: index, before: view.tokens.count) else {
                    index += 1
                    continue
                }
                for candidate in match.values {
                    switch candidate {
                    case .state(let code), .demonym(let code), .capital(let code): return code
                    default: continue
                    }
                }
                index += match.length
            }
            return nil
        }
    }
}

/// The voices of the sources met so far: a feed has few sources, and reading one segments its
/// name, which cost as much as resolving a short document's actors.
final class AuthorVoices: @unchecked Sendable {
    private var known: [String: AuthorVoice] = [:]
    private let lock = NSLock()
    static let capacity = 4096

    func voice(of source: String?, lexicon: ActorLexicon) -> AuthorVoice {
        guard let source, !source.isEmpty else { return AuthorVoice(source: nil, lexicon: lexicon) }
        if let voice = lock.withLock({ known[source] }) { return voice }
        let voice = AuthorVoice(source: source, lexicon: lexicon)
        lock.withLock {
            if known.count >= Self.capacity { known.removeAll() }
            known[source] = voice
        }
        return voice
    }
}
