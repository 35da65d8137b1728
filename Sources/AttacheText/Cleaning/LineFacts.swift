/// What the cleaner needs to know about one line: its size, its shape, and its boilerplate signals.
struct LineFacts {
    var range: Range<Int>
    var words = 0
    /// Boilerplate phrases found in the line.
    var phraseHits = 0
    /// we, us, our, you, your: the voice of a publisher's appeal.
    var publisherVoice = 0
    var endsWithSentencePunctuation = false
    var isFeedHeading = false
    var isShareRow = false
    var isTimestamp = false
    var isByline = false

    /// A headline or heading: a few words without a sentence's final punctuation.
    var isHeadlineShaped: Bool { !endsWithSentencePunctuation && words >= 2 && words <= 30 }
    /// A paragraph long enough to be article text.
    var isSubstantial: Bool { words >= 15 && endsWithSentencePunctuation }

    static let voiceWords: Set<[UInt8]> = Set(["we", "us", "our", "you", "your"].map { Array($0.utf8) })
    static let bylineStarts: [[UInt8]] = ["by ", "published", "updated", "posted", "last updated"].map { Array($0.utf8) }

    init(_ text: [UInt8], range: Range<Int>, vocabulary: BoilerplateVocabulary) {
        self.range = range
        let lowered = LowercaseText.normalise(text[range])
        var shareWordsOnly = true
        var digits = 0
        var wordStart: Int?
        for index in 0...lowered.count {
            let byte = index < lowered.count ? lowered[index] : 0x20
            if LowercaseText.isWordByte(byte) || (byte == 0x27 && wordStart != nil) {
                if wordStart == nil { wordStart = index }
                if byte >= 0x30 && byte <= 0x39 { digits += 1 }
                continue
            }
            guard let start = wordStart else { continue }
            let word = Array(lowered[start..<index])
            words += 1
            if Self.voiceWords.contains(word) { publisherVoice += 1 }
            if !vocabulary.shareWords.contains(word) { shareWordsOnly = false }
            wordStart = nil
        }
        phraseHits = vocabulary.phrases.countMatches(in: lowered)
        var end = lowered.count
        while end > 0, [0x22, 0x29, 0x27, 0x5D].contains(lowered[end - 1]) || lowered[end - 1] >= 0x80 { end -= 1 }
        if end > 0 { endsWithSentencePunctuation = [0x2E, 0x21, 0x3F, 0x3A, 0x3B].contains(lowered[end - 1]) }
        let heading = lowered.last == 0x3A ? Array(lowered.dropLast()) : lowered
        isFeedHeading = words <= 5 && vocabulary.feedHeadings.matchesExactly(heading)
        isShareRow = shareWordsOnly && words > 0 && words <= 8
        isTimestamp = words <= 6 && Self.startsWithClockTime(lowered)
        isByline = words <= 16 && digits > 0 && Self.bylineStarts.contains { lowered.starts(with: $0) }
    }

    /// "12:59 AM", "9:05", "11:04 am (Updated: )"
    static func startsWithClockTime(_ bytes: [UInt8]) -> Bool {
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        var index = 0
        while index < bytes.count, index < 2, isDigit(bytes[index]) { index += 1 }
        guard index > 0, index < bytes.count, bytes[index] == 0x3A, index + 2 < bytes.count,
            isDigit(bytes[index + 1]), isDigit(bytes[index + 2])
        else { return false }
        return true
    }
}
