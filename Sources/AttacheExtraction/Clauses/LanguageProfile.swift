import AttacheKnowledge

/// The words of one language that clause and relation rules read (`language.tsv`), by the role
/// they play: the rules name roles ("clause.connectors"), the profile says which words fill them,
/// so a second language is a second profile rather than a rewrite.
struct LanguageProfile: Sendable {
    /// Each role's entries: words, or `word=value` pairs for a map.
    let roles: [String: [String]]

    init(file: TSVFile) {
        var roles: [String: [String]] = [:]
        for row in file.rows { roles[row.field(0), default: []] += row.list(1) }
        self.roles = roles
    }

    /// The words of a role; a role the profile lacks is a broken build, not a user error.
    func words(_ role: String) -> [String] {
        guard let words = roles[role] else { fatalError("language.tsv has no role '\(role)'") }
        return words
    }

    func keys(_ role: String) -> KeySet { KeySet(words: words(role)) }

    /// A role whose entries are `word=value` ("member=member", "ally=member").
    func map(_ role: String) -> KeyMap<String> {
        var pairs: [String: String] = [:]
        for entry in words(role) {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { fatalError("language.tsv: '\(entry)' in '\(role)' is not word=value") }
            pairs[parts[0]] = parts[1]
        }
        return KeyMap(words: pairs)
    }

    static let builtIn: LanguageProfile = {
        guard let file = KnowledgeBase.builtIn.extraFiles["language"] else {
            fatalError("the built-in knowledge has no language.tsv")
        }
        return LanguageProfile(file: file)
    }()
}
