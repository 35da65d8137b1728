/// Metadata at the top of a text file, either between `---` lines or as leading
/// `key: value` lines followed by a blank line. Known keys: published, date, title, source, url.
///
/// ```
/// ---
/// published: 2024-02-15
/// source: U.S. Department of State
/// ---
/// The United States and Albania ...
/// ```
struct FrontMatter {
    var fields: [String: String] = [:]
    /// The text after the front matter.
    var body: Substring

    static let knownKeys: Set<String> = ["published", "date", "title", "source", "url", "id"]

    init(parsing text: String) {
        body = Substring(text)
        guard Self.mayStartWithFrontMatter(text) else { return }
        let bytes = text.utf8Prefix(4096)
        // Front matter lines are short: read at most 20 lines of at most 1000 bytes.
        var lines: [(text: String, end: Int)] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            guard index - start < 1000, lines.count < 20 else { break }
            lines.append((String(decoding: bytes[start..<index], as: UTF8.self).trimmingSpaces, index + 1))
            start = index + 1
        }
        if lines.count < 20 && start < bytes.count && bytes.count < 4096 && bytes.count - start < 1000 {
            lines.append((String(decoding: bytes[start...], as: UTF8.self).trimmingSpaces, bytes.count))
        }
        let fenced = lines.first?.text == "---"
        var fields: [String: String] = [:]
        var bodyStart: Int?
        for (number, line) in lines.enumerated() where !(fenced && number == 0) {
            if fenced && line.text == "---" || !fenced && line.text.isEmpty {
                bodyStart = line.end
                break
            }
            guard let colon = line.text.firstIndex(of: ":") else { return }
            let key = line.text[..<colon].lowercased()
            guard Self.knownKeys.contains(key) else { return }
            var value = line.text[line.text.index(after: colon)...].trimmingSpaces
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
        }
        // A fence that never closes is not front matter; bare fields may run to the end of the text.
        if bodyStart == nil && !fenced && lines.last?.end == bytes.count { bodyStart = bytes.count }
        guard let bodyStart, !fields.isEmpty else { return }
        self.fields = fields
        body = Substring(text.utf8[text.utf8.index(text.startIndex, offsetBy: bodyStart)...])
    }
}

extension FrontMatter {
    /// A cheap test on the first bytes, so texts without front matter cost nothing.
    static func mayStartWithFrontMatter(_ text: String) -> Bool {
        let head = text.utf8Prefix(16)
        if head.starts(with: Array("---".utf8)) { return true }
        let lowered = LowercaseText.normalise(head)
        return knownKeys.contains { lowered.starts(with: Array(($0 + ":").utf8)) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing ASCII whitespace and no-break spaces.
    var trimmingSpaces: String {
        let bytes = Array(utf8)
        var lower = 0
        var upper = bytes.count
        while lower < upper {
            if bytes[lower] <= 0x20 {
                lower += 1
            } else if bytes[lower] == 0xC2, lower + 1 < upper, bytes[lower + 1] == 0xA0 {
                lower += 2
            } else {
                break
            }
        }
        while upper > lower {
            if bytes[upper - 1] <= 0x20 {
                upper -= 1
            } else if bytes[upper - 1] == 0xA0, upper - 2 >= lower, bytes[upper - 2] == 0xC2 {
                upper -= 2
            } else {
                break
            }
        }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }
}
