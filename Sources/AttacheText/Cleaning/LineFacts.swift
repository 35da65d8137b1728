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

    /// we, us, our, you, your, packed little-endian into integers so that testing a word costs no allocation.
    static let voiceWords: [UInt32] = ["we", "us", "our", "you", "your"].map { pack(Array($0.utf8)[...]) }
    /// Fingerprint of the lowercased line without its final punctuation, for finding repeats.
    var fingerprint: UInt64 = 0
    static let bylineStarts: [[UInt8]] = ["by ", "published", "updated", "posted", "last updated"].map {
        Array($0.utf8)
    }

    init(_ text: [UInt8], range: Range<Int>, vocabulary: BoilerplateVocabulary) {
        self.range = range
        let lowered = LowercaseText.normalise(text[range])
        var digits = 0
        var wordStart = -1
        var packed: UInt32 = 0
        var wordRanges: [Range<Int>] = []
        lowered.withUnsafeBufferPointer { line in
            for index in 0...line.count {
                let byte = index < line.count ? line[index] : 0x20
                if LowercaseText.isWordByte(byte) || (byte == 0x27 && wordStart >= 0) {
                    if wordStart < 0 {
                        wordStart = index
                        packed = 0
                    }
                    if index - wordStart < 4 { packed |= UInt32(byte) << (8 * UInt32(index - wordStart)) }
                    if byte >= 0x30 && byte <= 0x39 { digits += 1 }
                    continue
                }
                guard wordStart >= 0 else { continue }
                words += 1
                if index - wordStart <= 4 && Self.voiceWords.contains(packed) { publisherVoice += 1 }
                if words <= 9 { wordRanges.append(wordStart..<index) }
                wordStart = -1
            }
        }
        // Only short lines can be share rows, so only they pay for the word lookups.
        isShareRow =
            words > 0 && words <= 8
            && wordRanges.allSatisfy { vocabulary.shareWords.contains(Array(lowered[$0])) }
        phraseHits = vocabulary.phrases.countMatches(in: lowered)
        fingerprint = Self.fingerprint(lowered)
        var end = lowered.count
        while end > 0, [0x22, 0x29, 0x27, 0x5D].contains(lowered[end - 1]) || lowered[end - 1] >= 0x80 { end -= 1 }
        if end > 0 { endsWithSentencePunctuation = [0x2E, 0x21, 0x3F, 0x3A, 0x3B].contains(lowered[end - 1]) }
        let heading = lowered.last == 0x3A ? Array(lowered.dropLast()) : lowered
        isFeedHeading = words <= 5 && vocabulary.feedHeadings.matchesExactly(heading)
        isTimestamp = words <= 6 && Self.startsWithClockTime(lowered)
        isByline = words <= 16 && digits > 0 && Self.bylineStarts.contains { lowered.starts(with: $0) }
    }

    static func pack(_ word: ArraySlice<UInt8>) -> UInt32 {
        word.prefix(4).enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }

    /// FNV-1a over the line without final punctuation: 64 bits tell the lines of a page apart.
    static func fingerprint(_ lowered: [UInt8]) -> UInt64 {
        var end = lowered.count
        while end > 0, [0x2E, 0x21, 0x3F, 0x20].contains(lowered[end - 1]) { end -= 1 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in lowered[..<end] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
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
