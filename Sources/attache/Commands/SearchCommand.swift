import ArgumentParser
import AttacheCore
import AttacheExport
import AttacheStore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find the stored sentences that contain every given word (full-text search).",
        discussion: """
            Words match whole words in any case (SQLite FTS5; PostgreSQL text search).

            Examples:
              attache search "cyber defense"
              attache search Tirana embassy --limit 5 --format jsonl
            """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "The words to look for.")
    var words: [String]

    @Option(help: "At most this many sentences.")
    var limit: Int?

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    func validate() throws {
        try NumberOption.check(limit, "--limit", in: 1...Int.max)
        if words.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { throw ValidationError("give at least one word") }
    }

    func run() throws {
        let sentences = try store.open().sentences(matching: words.joined(separator: " "), limit: limit)
        defer { FileHandleOutput.flush() }
        switch format {
        case .jsonl:
            for sentence in sentences {
                FileHandleOutput.write(
                    try JSONLines.line(
                        SentenceLine(doc: sentence.doc, sentence: sentence.number, text: sentence.text)) + "\n")
            }
        case .table:
            var table = TextTable(header: ["doc", "sentence", "text"])
            table.rows = sentences.map { [$0.doc, "\($0.number)", $0.text] }
            FileHandleOutput.write(table.rendered())
        }
    }
}

/// A found sentence as a JSON line.
struct SentenceLine: Encodable {
    var doc: String
    var sentence: Int
    var text: String
}
