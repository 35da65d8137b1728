public import AttacheCore

/// Splits the cleaned text into sentences and tokens with UTF-8 offsets.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis followed by a word that does not continue it
/// (closing quotes and brackets stay with the sentence they close), at a blank line, and at a line
/// break unless the line plainly wraps mid-sentence. So headlines and list items without final
/// punctuation are sentences of their own, and "U.S.", "Jan. 21", "Gen. Smith", "3,200" and "1.5"
/// never split one. After "U.S." or "Inc." a sentence ends only when a sentence-starting word
/// follows ("... in the U.S. The ...").
///
/// ```swift
/// let pipeline = try Pipeline([Cleaner(), Segmenter()])
/// let document = try pipeline.run(Document(id: "a", text: "Gen. Smith met Dr. Jones. They talked."))
/// document.sentences.count  // 2
/// ```
public struct Segmenter: PipelineComponent {
    public static let name = "segmenter"
    public static let requires: Set<Layer> = [.cleanText]
    public static let assigns: Set<Layer> = [.sentences, .tokens]

    let tokenizer: Tokenizer

    public init(abbreviations: Abbreviations = .builtIn) { tokenizer = Tokenizer(abbreviations: abbreviations) }

    /// The tokens of a short text (a knowledge-base phrase), split exactly as documents are.
    public func tokenStrings(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            tokenizer.tokenize(buffer).tokens.map { String(decoding: buffer[$0.span.range], as: UTF8.self) }
        }
    }

    public func process(_ document: inout AnnotatedDocument) throws {
        let text = document.text
        let output = text.withUnsafeBufferPointer { tokenizer.tokenize($0) }
        document.tokens = output.tokens
        document.tokenKeys = text.withUnsafeBufferPointer { buffer in
            output.tokens.map { TokenKey.of(buffer[$0.span.range]) }
        }
        document.sentences = sentences(output, text)
    }

    func sentences(_ output: Tokenizer.Output, _ text: [UInt8]) -> [Sentence] {
        let tokens = output.tokens
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 20)
        var start = 0
        var index = 0
        while index < tokens.count {
            var last = index
            var ends = false
            if isTerminal(tokens[index], text) {
                while last + 1 < tokens.count, tokens[last + 1].attachedToPrevious, isClosing(tokens[last + 1], text) {
                    last += 1
                }
                ends = last + 1 == tokens.count || !continuesSentence(tokens[last + 1], text)
            } else if tokens[index].shape == .abbreviation, output.abbreviationKinds[index] == .other,
                index + 1 < tokens.count
            {
                let next = tokens[index + 1]
                ends = tokenizer.abbreviations.isSentenceStarter(text[next.span.range])
            }
            if last + 1 < tokens.count, !ends {
                ends = breaksLine(output.newlinesBefore[last + 1], tokens[last], tokens[last + 1], text)
            }
            if ends || last + 1 == tokens.count {
                sentences.append(
                    Sentence(
                        span: TextSpan(tokens[start].span.start, tokens[last].span.end), tokens: start..<(last + 1)))
                start = last + 1
            }
            index = last + 1
        }
        return sentences
    }

    /// `.`, `!`, `?`, `...`, `…`
    func isTerminal(_ token: Token, _ text: [UInt8]) -> Bool {
        guard token.shape == .punctuation else { return false }
        let first = text[token.span.start]
        if first == 0x2E || first == 0x21 || first == 0x3F { return true }
        return token.span.length == 3 && first == 0xE2 && text[token.span.start + 1] == 0x80
            && text[token.span.start + 2] == 0xA6
    }

    /// Closing quotes and brackets: " ' ) ] ” ’ »
    func isClosing(_ token: Token, _ text: [UInt8]) -> Bool {
        guard token.shape == .punctuation || token.shape == .possessive else { return false }
        let first = text[token.span.start]
        if token.span.length == 1 { return first == 0x22 || first == 0x27 || first == 0x29 || first == 0x5D }
        if token.span.length == 3 && first == 0xE2 && text[token.span.start + 1] == 0x80 {
            let third = text[token.span.start + 2]
            return third == 0x9D || third == 0x99
        }
        return token.span.length == 2 && first == 0xC2 && text[token.span.start + 1] == 0xBB
    }

    /// A lowercase word, a comma or other mid-sentence punctuation after a full stop continues
    /// the sentence ("the U.N. ... report", "1.5" is one token already).
    func continuesSentence(_ next: Token, _ text: [UInt8]) -> Bool {
        let first = text[next.span.start]
        if next.shape == .lower { return true }
        if next.shape == .punctuation {
            return first == 0x2C || first == 0x3B || first == 0x3A || first == 0x29 || first == 0x2E
        }
        return false
    }

    /// A blank line always ends a sentence; a single line break does unless the text wraps
    /// mid-sentence (a lowercase word or comma before it and a lowercase word after it).
    func breaksLine(_ newlines: UInt8, _ previous: Token, _ next: Token, _ text: [UInt8]) -> Bool {
        guard newlines > 0 else { return false }
        if newlines > 1 { return true }
        let previousContinues = previous.shape == .lower || text[previous.span.start] == 0x2C
        return !(previousContinues && next.shape == .lower)
    }
}
