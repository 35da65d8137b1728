import ArgumentParser
import AttacheCore
import AttacheText

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the cleaned text of documents, one sentence per line, below their metadata.",
        discussion: """
            Shows what the pipeline reads: the title, published date and source that were detected
            (and where the date came from), then each sentence on a line of its own.

            Examples:
              attache text Examples/corpus/002_264466b30137479e.txt
              attache text page.html --show-removed
            """
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Also list the boilerplate the cleaner removed, with the rule that removed it.")
    var showRemoved = false

    @Flag(help: "Show each sentence's tokens separated by '|' instead of its text.")
    var tokens = false

    func run() throws {
        let pipeline = try Pipeline([Cleaner(), Segmenter()])
        defer { FileHandleOutput.flush() }
        var first = true
        try input.forEachAnnotated(by: pipeline) { annotated in
            if !first { FileHandleOutput.write("\n") }
            first = false
            FileHandleOutput.write(render(annotated))
        }
    }

    func render(_ annotated: AnnotatedDocument) -> String {
        let document = annotated.document
        var lines = ["# doc: \(document.id)"]
        lines.append("# title: \(annotated.title ?? "-")")
        let origin = document.publishedOrigin.map { " (from \($0))" } ?? ""
        lines.append("# published: \(document.published?.description ?? "unknown")\(origin)")
        if let source = document.source { lines.append("# source: \(source)") }
        if let url = document.url { lines.append("# url: \(url)") }
        lines.append("# sentences: \(annotated.sentences.count), boilerplate removed: \(annotated.removed.count)")
        for diagnostic in annotated.diagnostics { lines.append("# \(diagnostic)") }
        for sentence in annotated.sentences {
            if tokens {
                lines.append(annotated.tokens[sentence.tokens].map { annotated.string(of: $0) }.joined(separator: "|"))
            } else {
                lines.append(annotated.string(sentence.span))
            }
        }
        if showRemoved {
            lines.append("# removed:")
            for block in annotated.removed { lines.append("[\(block.rule)] \(block.text)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
