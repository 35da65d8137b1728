import Foundation

/// The abbreviations the segmenter knows, by how they behave at a sentence end
/// (read from `abbreviations.txt`).
public struct Abbreviations: Sendable {
    enum Kind { case title, month, other, number }

    let kinds: [[UInt8]: Kind]
    let sentenceStarters: Set<[UInt8]>

    public init(contentsOf text: String) {
        var kinds: [[UInt8]: Kind] = [:]
        var starters: Set<[UInt8]> = []
        var section = ""
        for rawLine in text.split(separator: "\n") {
            let line = rawLine.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            let key = Array(line.lowercased().utf8)
            switch section {
            case "title": kinds[key] = .title
            case "month": kinds[key] = .month
            case "other": kinds[key] = .other
            case "number": kinds[key] = .number
            case "sentence-starter": starters.insert(key)
            default: continue
            }
        }
        self.kinds = kinds
        self.sentenceStarters = starters
    }

    func kind(of word: UnsafeBufferPointer<UInt8>.SubSequence) -> Kind? {
        guard word.count <= 8 else { return nil }
        return kinds[word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }]
    }

    func isSentenceStarter(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count <= 10, let first = word.first, first >= 0x41 && first <= 0x5A else { return false }
        return sentenceStarters.contains(word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
    }

    public static let builtIn: Abbreviations = {
        guard
            let url = Bundle.module.url(forResource: "abbreviations", withExtension: "txt", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("the resource abbreviations.txt is missing from the AttacheText bundle") }
        return Abbreviations(contentsOf: text)
    }()
}
