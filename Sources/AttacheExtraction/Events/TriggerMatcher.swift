import AttacheCore

/// A trigger found in a sentence: its tokens (first word to last, gaps included) and its pattern.
struct TriggerMatch {
    var tokens: Range<Int>
    var pattern: Int
}

/// Finds trigger phrases, longest first, skipping words that belong to actor names.
struct TriggerMatcher {
    let patterns: EventPatterns

    func matches(in view: TokenView, sentence: Range<Int>, actorTokens: Set<Int>) -> [TriggerMatch] {
        var found: [TriggerMatch] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard !actorTokens.contains(index), view.tokens[index].shape != .punctuation,
                let match = patterns.triggers.longestMatch(in: view, from: index, before: sentence.upperBound)
            else {
                index += 1
                continue
            }
            var best: TriggerMatch?
            for form in match.values {
                guard let end = complete(form, view: view, after: index + match.length, limit: sentence.upperBound)
                else {
                    continue
                }
                if best == nil || end - index > best!.tokens.count {
                    best = TriggerMatch(tokens: index..<end, pattern: form.pattern)
                }
            }
            if let best {
                found.append(best)
                index = best.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// The end of a trigger whose later segments each follow within the allowed gap, or nil.
    func complete(_ form: TriggerForm, view: TokenView, after start: Int, limit: Int) -> Int? {
        var cursor = start
        for segment in form.laterSegments {
            var matched: Int?
            for gapStart in cursor...min(cursor + TriggerForm.maximumGap, limit) where gapStart + segment.count <= limit
            {
                if segment.indices.allSatisfy({ view.keys[gapStart + $0] == segment[$0] }) {
                    matched = gapStart + segment.count
                    break
                }
            }
            guard let next = matched else { return nil }
            cursor = next
        }
        return cursor
    }
}
