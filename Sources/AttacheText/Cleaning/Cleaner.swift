public import AttacheCore

/// Removes what is not the article: sign-up and subscription boxes, donation appeals, cookie
/// notices, share rows, bylines, repeated lines, news-feed teasers and "More news" lists, footers.
///
/// It works line by line with general rules: the shape of a line (words, final punctuation), a
/// vocabulary of boilerplate phrases (`boilerplate.txt`), repetition, and position (a feed heading
/// ends the article; short unpunctuated lines at the very end are a footer). Everything removed is
/// kept in `removed` with its rule, so a user can check it.
///
/// ```swift
/// let pipeline = try Pipeline([Cleaner(), Segmenter()])
/// ```
public struct Cleaner: PipelineComponent {
    public static let name = "cleaner"
    public static let requires: Set<Layer> = []
    public static let assigns: Set<Layer> = [.cleanText]

    let vocabulary: BoilerplateVocabulary

    public init(vocabulary: BoilerplateVocabulary = .builtIn) { self.vocabulary = vocabulary }

    enum Verdict: Equatable {
        case keep
        /// Keep only this part of the line (a glued-on boilerplate sentence was cut off).
        case trim(Range<Int>, removed: [Range<Int>])
        case remove(String)
    }

    public func process(_ document: inout AnnotatedDocument) throws {
        let text = document.text
        let lines = lineRanges(text).map { LineFacts(text, range: $0, vocabulary: vocabulary) }
        var verdicts = lines.map { judgeAlone($0, text) }
        markAppealBoxes(lines, &verdicts)
        markFeed(lines, &verdicts)
        markRepeats(lines, text, &verdicts)
        markFooter(lines, &verdicts)

        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(text.count)
        var removed: [RemovedBlock] = []
        var headline: String?
        var previousEnd: Int?
        for (line, verdict) in zip(lines, verdicts) {
            var kept: Range<Int>?
            switch verdict {
            case .keep: kept = line.range
            case .trim(let part, let cut):
                kept = part
                removed += cut.map { RemovedBlock(text: string(text, $0), rule: "boilerplate-sentence") }
            case .remove(let rule): removed.append(RemovedBlock(text: string(text, line.range), rule: rule))
            }
            guard let kept else { continue }
            if cleaned.isEmpty && line.isHeadlineShaped { headline = string(text, kept) }
            if let end = previousEnd {
                // Text taken out between two kept lines leaves a paragraph break: a sentence never
                // runs across it. White space between them stays as the document has it (a blank
                // line is a break of its own), so evidence is always a stretch of the document, even
                // one that runs from a heading to the items under it.
                let gap = text[end..<kept.lowerBound]
                if Self.holdsText(gap) {
                    cleaned.append(contentsOf: [0x0A, 0x0A])
                } else {
                    cleaned.append(contentsOf: gap)
                }
            }
            cleaned.append(contentsOf: text[kept])
            previousEnd = kept.upperBound
        }
        document.text = cleaned
        document.removed = removed
        document.headline = headline
    }

    /// Whether the bytes between two kept stretches hold anything but white space (text taken out).
    static func holdsText(_ gap: ArraySlice<UInt8>) -> Bool {
        gap.contains { !($0 == 0x0A || $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0C) }
    }

    /// Rules that need only the line itself.
    func judgeAlone(_ line: LineFacts, _ text: [UInt8]) -> Verdict {
        if line.isTimestamp { return .remove("timestamp") }
        if line.isShareRow { return .remove("share-buttons") }
        if line.isByline { return .remove("byline") }
        guard line.phraseHits > 0 else { return .keep }
        // Short lines with a boilerplate phrase, or lines full of them, are furniture; from a longer
        // line only the sentences that carry a phrase go.
        if line.words <= 15 || line.phraseHits >= 3 { return .remove("boilerplate-phrase") }
        return trimGluedSentences(line, text)
    }

    /// A scraped page often glues an appeal to the first article sentence ("Your support makes all
    /// the difference.U.S. Secretary ..."): cut boilerplate sentences off either end of the line.
    func trimGluedSentences(_ line: LineFacts, _ text: [UInt8]) -> Verdict {
        let sentences = roughSentences(text, line.range)
        guard sentences.count > 1 else { return .keep }
        let isBoilerplate = { (range: Range<Int>) in
            vocabulary.phrases.countMatches(in: LowercaseText.normalise(text[range])) > 0
        }
        var first = 0
        var last = sentences.count - 1
        while first <= last, isBoilerplate(sentences[first]) { first += 1 }
        while last >= first, isBoilerplate(sentences[last]) { last -= 1 }
        guard first <= last else { return .remove("boilerplate-phrase") }
        if first == 0 && last == sentences.count - 1 { return .keep }
        let kept = sentences[first].lowerBound..<sentences[last].upperBound
        let cut = Array(sentences[..<first]) + Array(sentences[(last + 1)...])
        return .trim(kept, removed: cut)
    }

    /// Lines between two boilerplate lines that speak in a publisher's voice belong to the same box
    /// (a donation appeal's middle paragraphs rarely contain the telltale phrases themselves).
    func markAppealBoxes(_ lines: [LineFacts], _ verdicts: inout [Verdict]) {
        let isAppeal = { (verdict: Verdict) in
            switch verdict {
            case .remove(let rule): return rule == "boilerplate-phrase" || rule == "appeal-box"
            case .trim: return true
            case .keep: return false
            }
        }
        var changed = true
        while changed {
            changed = false
            for index in lines.indices {
                if case .remove = verdicts[index] { continue }
                let line = lines[index]
                guard line.phraseHits > 0 || line.publisherVoice >= 2 else { continue }
                let before = index > 0 && isAppeal(verdicts[index - 1])
                let after = (index + 1..<min(index + 3, lines.count)).contains { isAppeal(verdicts[$0]) }
                if before && after {
                    verdicts[index] = .remove("appeal-box")
                    changed = true
                }
            }
        }
    }

    /// A feed heading ("News Feed", "More news", "Related") after the article starts a list of other
    /// stories running to the end; a headline and paragraph just before it are a related-story teaser.
    func markFeed(_ lines: [LineFacts], _ verdicts: inout [Verdict]) {
        var sawArticle = false
        for index in lines.indices {
            if lines[index].isSubstantial && verdicts[index] == .keep { sawArticle = true }
            guard sawArticle, lines[index].isFeedHeading else { continue }
            for rest in index..<lines.count { verdicts[rest] = .remove("news-feed") }
            let kept = (0..<index).filter { verdicts[$0] == .keep }
            if let teaser = kept.suffix(2).first(where: { lines[$0].isHeadlineShaped && lines[$0].words >= 4 }),
                kept.contains(where: { $0 < teaser && lines[$0].isSubstantial })
            {
                for line in teaser..<index { verdicts[line] = .remove("feed-teaser") }
            }
            return
        }
    }

    /// A line that repeats an earlier kept line (ignoring case and final punctuation) goes.
    func markRepeats(_ lines: [LineFacts], _ text: [UInt8], _ verdicts: inout [Verdict]) {
        var seen: Set<UInt64> = []
        for index in lines.indices {
            let fingerprint: UInt64
            switch verdicts[index] {
            case .keep: fingerprint = lines[index].fingerprint
            case .trim(let part, _): fingerprint = LineFacts.fingerprint(LowercaseText.normalise(text[part]))
            case .remove: continue
            }
            if !seen.insert(fingerprint).inserted { verdicts[index] = .remove("repeated") }
        }
    }

    /// Short lines without sentence punctuation at the very end of a page are a footer.
    func markFooter(_ lines: [LineFacts], _ verdicts: inout [Verdict]) {
        guard lines.contains(where: \.isSubstantial) else { return }
        var index = lines.count - 1
        while index > 0 {
            if verdicts[index] != .keep {
                index -= 1
                continue
            }
            let line = lines[index]
            guard !line.endsWithSentencePunctuation && line.words <= 10 else { return }
            verdicts[index] = .remove("footer")
            index -= 1
        }
    }

    /// Non-blank lines, trimmed of surrounding spaces.
    func lineRanges(_ text: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0...text.count where index == text.count || text[index] == 0x0A {
            var lower = start
            var upper = index
            while lower < upper, isBlank(text, lower) { lower += text[lower] == 0xC2 ? 2 : 1 }
            while upper > lower {
                let last = text[upper - 1]
                if last == 0x20 || last == 0x09 || last == 0x0D {
                    upper -= 1
                } else if last == 0xA0, upper - 2 >= lower, text[upper - 2] == 0xC2 {
                    upper -= 2
                } else {
                    break
                }
            }
            if lower < upper { ranges.append(lower..<upper) }
            start = index + 1
        }
        return ranges
    }

    /// A space, tab, carriage return, or the first byte of a no-break space.
    func isBlank(_ text: [UInt8], _ index: Int) -> Bool {
        let byte = text[index]
        return byte == 0x20 || byte == 0x09 || byte == 0x0D
            || (byte == 0xC2 && index + 1 < text.count && text[index + 1] == 0xA0)
    }

    /// Sentence pieces of a line, split after . ! ? when a capital letter follows (with or without a
    /// space: "difference.U.S." is two sentences glued by a scraper).
    func roughSentences(_ text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound - 1 {
            let byte = text[index]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                var next = index + 1
                while next < range.upperBound, text[next] == 0x20 { next += 1 }
                let previousIsLower = index > range.lowerBound && text[index - 1] >= 0x61 && text[index - 1] <= 0x7A
                let wordBefore = index - start >= 3
                if next < range.upperBound, text[next] >= 0x41, text[next] <= 0x5A, previousIsLower, wordBefore {
                    pieces.append(start..<(index + 1))
                    start = next
                    index = next
                    continue
                }
            }
            index += 1
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    func string(_ text: [UInt8], _ range: Range<Int>) -> String { String(decoding: text[range], as: UTF8.self) }
}
