import AttacheCore

/// Lists: a sentence that ends with a colon, then one name a line ("The following states have
/// signed the accord:", "Chile", "- Peru"). Each name fills the slot its heading leaves open.
extension EventCoder {
    /// The most tokens a list line may have besides its name (a bullet, "and", a full stop).
    static let listLineExtraTokens = 3

    /// The names listed under `heading`, in order; empty unless it ends with a colon and the
    /// next line is a name.
    static func listItems(after heading: SentenceView, in views: [SentenceView]) -> [ActorGroup] {
        guard let last = heading.tokens.last, heading.key(last) == ClauseWords.colon else { return [] }
        var items: [ActorGroup] = []
        for view in views[(heading.number + 1)...] {
            guard let item = view.listItem else { break }
            items.append(item)
        }
        return items
    }
}

extension SentenceView {
    /// The one name a line holds, when the line is nothing else (a bullet, "the", "and" or a full
    /// stop aside).
    var listItem: ActorGroup? {
        guard groups.count == 1, let group = groups.first, !group.isAttributive,
            tokens.count - group.tokens.count <= EventCoder.listLineExtraTokens
        else { return nil }
        let others = tokens.filter { !group.tokens.contains($0) }
        guard
            others.allSatisfy({
                document.tokens[$0].shape == .punctuation || ClauseWords.connectors.contains(key($0))
                    || ClauseWords.determiners.contains(key($0))
            })
        else { return nil }
        return group
    }
}
