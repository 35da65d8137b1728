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
    static let startCues = ["by ", "published", "updated", "posted"].map { Array($0.utf8) }
    static let innerCues = [" am", " pm", "a.m.", "p.m.", "min read", "utc", "gmt"].map { Array($0.utf8) }

    public static func find(in text: some StringProtocol) -> PartialDate? {
        var seen = 0
        var found: PartialDate?
        var bytes = text.utf8Prefix(linesRead * longestByline)
        bytes.append(0x0A)
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            defer { start = index + 1 }
            let line = bytes[start..<index]
            guard line.contains(where: { $0 > 0x20 }) else { continue }
            seen += 1
            if seen > linesRead { break }
            guard line.count <= longestByline, isByline(LowercaseText.normalise(line)) else { continue }
            if let date = DatelineParser.firstDate(in: String(decoding: line, as: UTF8.self)) {
                found = date
                break
            }
        }
        return found
    }

    static func isByline(_ line: [UInt8]) -> Bool {
        var trimmed = line[...]
        while let first = trimmed.first, first <= 0x20 { trimmed = trimmed.dropFirst() }
        while let last = trimmed.last, last <= 0x20 { trimmed = trimmed.dropLast() }
        if startCues.contains(where: { trimmed.starts(with: $0) }) { return true }
        if innerCues.contains(where: { cue in contains(trimmed, cue) }) { return true }
        guard let last = trimmed.last else { return false }
        return !(last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22)
    }

    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return true
            }
            index += 1
        }
        return false
    }
}
