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

    /// Labels of an internet host that mark a government's own site ("mofa.gov.pk", "gov.uk",
    /// "gob.mx", "gouv.fr").
    static let governmentLabels: Set<Substring> = ["gov", "govt", "gob", "gouv", "mil"]

    /// The voice of a source's name, else of the host its page came from.
    init(source: String?, host: Substring?, lexicon: ActorLexicon) {
        if let source, !source.isEmpty {
            let lowered = Array(source.lowercased().utf8)
            isGovernment = Self.governmentWords.contains { Self.bytes(lowered, contain: $0) }
            state = lexicon.firstStateNamed(in: source)
            if state != nil { return }
        } else {
            isGovernment = false
            state = nil
        }
        if let host, let government = Self.government(ofHost: host, lexicon: lexicon) {
            (state, isGovernment) = (government, true)
        }
    }

    /// The state whose government a host belongs to: a ".gov" or ".mil" host is the United States'
    /// federal government's, "dfat.gov.au" Australia's.
    static func government(ofHost host: Substring, lexicon: ActorLexicon) -> String? {
        let labels = host.lowercased().split(separator: ".")
        guard let last = labels.last, labels.count >= 2 else { return nil }
        if last == "gov" || last == "mil" { return "USA" }
        guard labels.dropLast().contains(where: governmentLabels.contains) else { return nil }
        return lexicon.domainStates[String(last)]
    }

    /// The host of a page's address ("https://mofa.gov.pk/briefing" → "mofa.gov.pk").
    static func host(of url: String?) -> Substring? {
        guard let url, let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : host
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

    func voice(of document: Document, lexicon: ActorLexicon) -> AuthorVoice {
        let host = AuthorVoice.host(of: document.url)
        let source = document.source ?? ""
        guard !source.isEmpty || host != nil else { return AuthorVoice(source: nil, host: nil, lexicon: lexicon) }
        let key = source + "\n" + (host ?? "")
        if let voice = lock.withLock({ known[key] }) { return voice }
        let voice = AuthorVoice(source: source, host: host, lexicon: lexicon)
        lock.withLock {
            if known.count >= Self.capacity { known.removeAll() }
            known[key] = voice
        }
        return voice
    }
}
