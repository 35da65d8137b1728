import AttacheCore

/// A trigger found in a sentence: its tokens (first word to last, gaps included) and its pattern.
struct TriggerMatch {
    var tokens: Range<Int>
    var pattern: Int
}

/// Finds trigger phrases, longest first, skipping words that belong to actor names.
struct TriggerMatcher {
    let patterns: EventPatterns

    /// `secondPredicates` are the verbs that open a second predicate ("and condemned"): no gap
    /// reaches over one, so "urged Israel to end the siege and condemned its strikes" is no
    /// "end ... strikes".
    func matches(in view: TokenView, sentence: Range<Int>, actorTokens: Set<Int>, secondPredicates: Set<Int> = [])
        -> [TriggerMatch]
    {
        var found: [TriggerMatch] = []
        let titleCase = Self.isTitleCase(view, sentence)
        // Read once: a closure that captured `self` would copy the patterns at every token.
        let triggers = patterns.triggers
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            // A capitalised word inside a sentence is a name ("the US House", "Operation Strike"),
            // unless the whole line is set in title case.
            let isName = view.tokens[index].shape == .capitalized && index > sentence.lowerBound && !titleCase
            guard !actorTokens.contains(index), view.tokens[index].shape != .punctuation, !isName else {
                index += 1
                continue
            }
            // Every phrase starting here competes: "withdrew from" may open only "withdrew from ...
            // treaty", and then the shorter "withdrew" is the trigger.
            // The longest span wins; on equal spans, the longer literal opening ("fired water cannon
            // at" over "fired ... at"), which comes later here.
            var best: TriggerMatch?
            var bestOpening = 0
            triggers.forEachMatch(lemmasOf: view, from: index, before: sentence.upperBound) { match in
                let length = match.length
                // Most forms of an opening wait for a word that is nowhere near: look once.
                let window =
                    (index + length)..<min(sentence.upperBound, index + length + 2 * TriggerForm.maximumGap + 1)
                for form in match.values {
                    if let next = form.laterSegments.first?.first,
                        !window.contains(where: { view.keys[$0] == next || view.lemmas[$0] == next })
                    {
                        continue
                    }
                    guard
                        let end = Self.complete(
                            form, view: view, after: index + length, limit: sentence.upperBound,
                            stops: secondPredicates)
                    else { continue }
                    let span = end - index
                    let current = best?.tokens.count ?? 0
                    guard span > current || (span == current && length > bestOpening) else { continue }
                    best = TriggerMatch(tokens: index..<end, pattern: form.pattern)
                    bestOpening = length
                }
            }
            if let best {
                if best.pattern != TriggerForm.noEvent { found.append(best) }
                index = best.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether most words of the sentence are capitalised, as in a headline.
    static func isTitleCase(_ view: TokenView, _ sentence: Range<Int>) -> Bool {
        var words = 0
        var capitalised = 0
        for index in sentence where view.tokens[index].shape == .lower || view.tokens[index].shape == .capitalized {
            words += 1
            if view.tokens[index].shape == .capitalized { capitalised += 1 }
        }
        return capitalised * 2 > words
    }

    /// The end of a trigger whose later segments each follow within the allowed gap, or nil.
    static func complete(_ form: TriggerForm, view: TokenView, after start: Int, limit: Int, stops: Set<Int>) -> Int? {
        var cursor = start
        for segment in form.laterSegments {
            var matched: Int?
            // The gap counts words: hyphens and possessive marks inside it ("the Fiji-Samoa
            // Leaders' Dialogue") are free, up to as many again.
            var gapStart = cursor
            var words = 0
            while gapStart + segment.count <= limit, words <= TriggerForm.maximumGap,
                gapStart - cursor <= 2 * TriggerForm.maximumGap
            {
                if gapStart > cursor, stops.contains(gapStart) { return nil }
                if segment.indices.allSatisfy({
                    view.keys[gapStart + $0] == segment[$0] || view.lemmas[gapStart + $0] == segment[$0]
                }) {
                    matched = gapStart + segment.count
                    break
                }
                if view.tokens[gapStart].shape != .punctuation { words += 1 }
                gapStart += 1
            }
            guard let next = matched else { return nil }
            cursor = next
        }
        return cursor
    }
}
