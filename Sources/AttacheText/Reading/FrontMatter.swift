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
        var lines = text.split(separator: "\n", maxSplits: 20, omittingEmptySubsequences: false)[...]
        let fenced = lines.first?.trimmingSpaces == "---"
        if fenced { lines = lines.dropFirst() }
        var fields: [String: String] = [:]
        var consumed = fenced ? 1 : 0
        var closed = !fenced
        for line in lines {
            let trimmed = line.trimmingSpaces
            if fenced && trimmed == "---" {
                consumed += 1
                closed = true
                break
            }
            if !fenced && trimmed.isEmpty {
                if fields.isEmpty { return }
                consumed += 1
                break
            }
            guard let colon = trimmed.firstIndex(of: ":") else { return }
            let key = trimmed[..<colon].lowercased()
            guard Self.knownKeys.contains(key) else { return }
            var value = trimmed[trimmed.index(after: colon)...].trimmingSpaces
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
            consumed += 1
        }
        // A fence that never closes is not front matter.
        guard !fields.isEmpty, closed || !fenced else { return }
        self.fields = fields
        var remainder = Substring(text)
        for _ in 0..<consumed {
            guard let newline = remainder.firstIndex(of: "\n") else {
                remainder = remainder[remainder.endIndex...]
                break
            }
            remainder = remainder[remainder.index(after: newline)...]
        }
        body = remainder
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        let scalars = Array(unicodeScalars)
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
