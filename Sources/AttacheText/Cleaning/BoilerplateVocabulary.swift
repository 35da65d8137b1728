import Foundation

/// The phrases, feed headings and share-button words the cleaner recognises, read from
/// `boilerplate.txt` (and any user file of the same format).
public struct BoilerplateVocabulary: Sendable {
    let phrases: PhraseTrie
    let feedHeadings: PhraseTrie
    let shareWords: Set<[UInt8]>

    public init(phrases: [String], feedHeadings: [String], shareWords: [String]) {
        self.phrases = PhraseTrie(phrases)
        self.feedHeadings = PhraseTrie(feedHeadings)
        self.shareWords = Set(shareWords.map { LowercaseText.normalise(Array($0.utf8)) })
    }

    /// Parses the sectioned format of `boilerplate.txt`.
    public init(contentsOf text: String, adding extra: String? = nil) {
        var sections: [String: [String]] = [:]
        for source in [text, extra ?? ""] {
            var section = "phrase"
            for rawLine in source.split(separator: "\n") {
                let line = rawLine.trimmingSpaces
                if line.isEmpty || line.hasPrefix("#") { continue }
                if line.hasPrefix("[") && line.hasSuffix("]") {
                    section = String(line.dropFirst().dropLast())
                    continue
                }
                sections[section, default: []].append(line)
            }
        }
        self.init(
            phrases: sections["phrase"] ?? [], feedHeadings: sections["feed-heading"] ?? [],
            shareWords: sections["share"] ?? [])
    }

    /// The vocabulary shipped with Attaché.
    public static let builtIn: BoilerplateVocabulary = {
        guard let url = Bundle.module.url(forResource: "boilerplate", withExtension: "txt", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("the resource boilerplate.txt is missing from the AttacheText bundle") }
        return BoilerplateVocabulary(contentsOf: text)
    }()
}
