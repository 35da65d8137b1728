public import AttacheCore

/// Finds the published date in a byline near the top of a text ("by Jane Doe January 21, 2025
/// 11:46 PM", "Published 15 Feb 2024"), for documents whose metadata gives none.
///
/// Only short lines among the first few are read, and a line must look like a byline: it has a
/// byline cue (by, published, updated, posted, a clock time, "min read") or no sentence-final
/// punctuation. Dates inside article sentences are never taken for the publication date.
public enum BylineDate {
    static let linesRead = 12
    static let longestByline = 200
    static let cues = ["by ", "published", "updated", "posted", " am", " pm", "a.m.", "p.m.", "min read", "utc", "gmt"]

    public static func find(in text: some StringProtocol) -> PartialDate? {
        var seen = 0
        for line in text.split(separator: "\n", maxSplits: 40, omittingEmptySubsequences: true) {
            seen += 1
            if seen > linesRead { break }
            guard line.utf8.count <= longestByline else { continue }
            let lowered = line.lowercased()
            let hasCue = cues.contains { lowered.hasPrefix($0.trimmingSpaces) || lowered.contains($0) }
            let last = lowered.trimmingSpaces.last
            let endsSentence = last == "." || last == "!" || last == "?" || last == "\""
            guard hasCue || !endsSentence else { continue }
            if let date = DatelineParser.firstDate(in: line) { return date }
        }
        return nil
    }
}
