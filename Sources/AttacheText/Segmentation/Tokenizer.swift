import AttacheCore

/// Splits cleaned text into tokens with UTF-8 offsets, deciding once how words break:
/// possessives split ("Russia's" → "Russia" "'s"), hyphens split and attached ("10-year" → "10"
/// "-" "year"), numbers keep separators ("3,200", "1.5"), abbreviations keep their periods
/// ("U.S.", "Jan.", "e.g."), initials too ("F.").
struct Tokenizer {
    let abbreviations: Abbreviations

    struct Output {
        var tokens: [Token] = []
        /// For each token, how many line breaks precede it.
        var newlinesBefore: [UInt8] = []
        /// For each abbreviation token, how it behaves at a sentence end.
        var abbreviationKinds: [Int: Abbreviations.Kind] = [:]
    }

    func tokenize(_ text: UnsafeBufferPointer<UInt8>) -> Output {
        var output = Output()
        output.tokens.reserveCapacity(text.count / 5)
        output.newlinesBefore.reserveCapacity(text.count / 5)
        var index = 0
        var newlines = 0
        var attached = false
        func append(_ start: Int, _ end: Int, _ shape: Token.Shape) {
            output.tokens.append(Token(span: TextSpan(start, end), shape: shape, attachedToPrevious: attached))
            output.newlinesBefore.append(UInt8(min(newlines, 255)))
            newlines = 0
            attached = true
        }
        while index < text.count {
            let (kind, length) = ByteClass.of(text, at: index)
            switch kind {
            case .newline:
                newlines += 1
                attached = false
                index += 1
            case .space:
                attached = false
                index += length
            case .digit:
                let end = scanNumber(text, from: index)
                append(index, end, .number)
                index = end
            case .letter:
                let word = scanWord(text, from: index)
                if let abbreviation = scanAbbreviation(text, word: index..<word.end) {
                    if let kind = abbreviation.kind { output.abbreviationKinds[output.tokens.count] = kind }
                    append(index, abbreviation.end, .abbreviation)
                    index = abbreviation.end
                    continue
                }
                append(index, word.end, shape(text, index..<word.end))
                index = word.end
                if let possessiveEnd = word.possessiveEnd {
                    append(word.end, possessiveEnd, .possessive)
                    index = possessiveEnd
                }
            case .punctuation:
                var end = index + length
                if text[index] == 0x2E {  // "..." is one token
                    while end < text.count, text[end] == 0x2E { end += 1 }
                }
                append(index, end, .punctuation)
                index = end
            }
        }
        return output
    }

    /// Digits, with "," or "." between digit groups, then any letters ("1990s", "5G", "21st").
    func scanNumber(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < text.count {
            let byte = text[index]
            if byte >= 0x30 && byte <= 0x39 {
                index += 1
            } else if byte == 0x2C || byte == 0x2E, index + 1 < text.count,
                text[index + 1] >= 0x30 && text[index + 1] <= 0x39
            {
                index += 1
            } else if ByteClass.of(text, at: index).0 == .letter {
                index += ByteClass.of(text, at: index).1
            } else {
                break
            }
        }
        return index
    }

    /// Letters and digits, with apostrophes inside words ("don't", "O'Brien"); a final "'s" or a
    /// plural's bare apostrophe is a possessive of its own.
    func scanWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, possessiveEnd: Int?) {
        var index = start
        while index < text.count {
            let (kind, length) = ByteClass.of(text, at: index)
            if kind == .letter || kind == .digit {
                index += length
                continue
            }
            let apostrophe = apostropheLength(text, at: index)
            guard apostrophe > 0 else { break }
            let after = index + apostrophe
            let nextIsLetter = after < text.count && ByteClass.of(text, at: after).0 == .letter
            if nextIsLetter, text[after] | 0x20 == 0x73,
                after + 1 >= text.count || ByteClass.of(text, at: after + 1).0 != .letter
            {
                return (index, after + 1)  // Russia's
            }
            if nextIsLetter {
                index = after  // don't, O'Brien
                continue
            }
            if index > start, text[index - 1] | 0x20 == 0x73 { return (index, after) }  // allies'
            break
        }
        return (index, nil)
    }

    func apostropheLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if text[index] == 0x27 { return 1 }
        if text[index] == 0xE2, index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] == 0x99 { return 3 }
        return 0
    }

    /// An abbreviation starting with `word`: dotted letters ("U.S.", "e.g."), a single initial
    /// ("F."), or a listed abbreviation followed by its period ("Jan.", "Gen.", "No. 5").
    func scanAbbreviation(_ text: UnsafeBufferPointer<UInt8>, word: Range<Int>)
        -> (end: Int, kind: Abbreviations.Kind?)?
    {
        guard word.upperBound < text.count, text[word.upperBound] == 0x2E else { return nil }
        let isASCIILetter = { (byte: UInt8) in byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }
        if word.count == 1 {
            var end = word.upperBound + 1
            var groups = 1
            while end + 1 < text.count, isASCIILetter(text[end]), text[end + 1] == 0x2E,
                end + 2 >= text.count || !isASCIILetter(text[end + 2])
            {
                end += 2
                groups += 1
            }
            if groups > 1 { return (end, .other) }
            let isCapital = text[word.lowerBound] >= 0x41 && text[word.lowerBound] <= 0x5A
            return isCapital ? (end, .title) : nil
        }
        guard let kind = abbreviations.kind(of: text[word]) else { return nil }
        if kind == .number {
            var next = word.upperBound + 1
            while next < text.count, text[next] == 0x20 { next += 1 }
            guard next < text.count, text[next] >= 0x30 && text[next] <= 0x39 else { return nil }
            return (word.upperBound + 1, .title)
        }
        return (word.upperBound + 1, kind)
    }

    func shape(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Token.Shape {
        var upper = 0
        var lower = 0
        for byte in text[range] {
            if byte >= 0x41 && byte <= 0x5A { upper += 1 } else if byte >= 0x61 && byte <= 0x7A { lower += 1 }
        }
        if text[range.lowerBound] >= 0x80 { return nonASCIIShape(text, range) }
        let firstIsUpper = text[range.lowerBound] >= 0x41 && text[range.lowerBound] <= 0x5A
        if upper == 0 { return .lower }
        if lower == 0 { return range.count == 1 ? .capitalized : .upper }
        if firstIsUpper && upper == 1 { return .capitalized }
        return .mixed
    }

    /// The shape of a word that starts with a non-ASCII letter ("Österreich", "Київ"), by the case
    /// of its scalars; rare enough that decoding is affordable.
    func nonASCIIShape(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Token.Shape {
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
        let scalars = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        let upper = scalars.filter { $0.properties.isUppercase }.count
        guard let first = scalars.first else { return .lower }
        if upper == 0 { return .lower }
        if upper == scalars.count { return scalars.count == 1 ? .capitalized : .upper }
        return first.properties.isUppercase && upper == 1 ? .capitalized : .mixed
    }
}
