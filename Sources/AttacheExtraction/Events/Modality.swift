import AttacheCore

/// Negation and hypothetical cues (`modality.tsv`) around a trigger.
extension EventCoder {
    /// Cues in the few tokens before the trigger, within its clause.
    func modality(before trigger: Int, sentence: SentenceView) -> (negated: Bool, hypothetical: Bool) {
        modality(from: max(sentence.clauseStart(before: trigger).start, trigger - 5), to: trigger, sentence: sentence)
    }

    /// Cues between two tokens.
    func modality(from start: Int, to trigger: Int, sentence: SentenceView) -> (negated: Bool, hypothetical: Bool) {
        var negated = false
        var hypothetical = false
        TokenView.with(sentence.document) { view in
            var index = start
            while index < trigger {
                if let match = patterns.modality.longestMatch(in: view, from: index, before: trigger) {
                    // "flew to Nairobi and met": a "to" before a name or an article is a
                    // preposition, not the mark of an infinitive.
                    let next = index + match.length
                    let isPreposition =
                        view.keys[next - 1] == ClauseWords.to && next < trigger
                        && (view.tokens[next].shape == .capitalized || ClauseWords.articles.contains(view.keys[next])
                            || ClauseWords.objectOpenings.contains(view.keys[next]))
                    for effect in match.values where !isPreposition {
                        switch effect {
                        case .negated: negated = true
                        case .hypothetical: hypothetical = true
                        case .actual: hypothetical = false
                        }
                    }
                    index += match.length
                } else {
                    let word = sentence.document.string(of: sentence.document.tokens[index])
                    if word.hasSuffix("n't") || word.hasSuffix("n’t") { negated = true }
                    index += 1
                }
            }
        }
        return (negated, hypothetical)
    }
}
