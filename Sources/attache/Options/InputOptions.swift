import ArgumentParser
import AttacheCore
import AttacheText

/// Where documents come from and how to read them; shared by every command that reads text.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively), JSON Lines files (.jsonl), or - for standard input.")
    var paths: [String]

    @Option(
        help: "The published date of every document (YYYY, YYYY-MM or YYYY-MM-DD); overrides what the documents say.")
    var published: String?

    @Option(help: "The largest document to read, in megabytes (1 to 4096), from a file, a JSON line or standard input.")
    var maxSize: Int = DocumentReader.defaultMaxDocumentBytes >> 20

    @Flag(help: "No progress count and no notes on standard error; errors are still reported.")
    var quiet = false

    func validate() throws {
        if let published, PartialDate(parsing: published) == nil {
            throw ValidationError("--published '\(published)' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
        try NumberOption.check(maxSize, "--max-size", in: 1...InputOptions.largestMaxSize)
    }

    /// The largest --max-size, in megabytes: a document is held in memory several times over.
    static let largestMaxSize = 4096

    var reader: DocumentReader {
        DocumentReader(
            maxDocumentBytes: maxSize << 20, publishedOverride: published.flatMap { PartialDate(parsing: $0) })
    }

    /// How many documents go through the pipeline together (`Pipeline.run(batch:)`).
    static let batchSize = 32

    /// Reads every path as `forEachDocument` does, runs `pipeline` over the documents in batches
    /// and hands each annotated document to `body`, in input order. A document the pipeline fails
    /// on is reported on standard error, by its id, and the others go on.
    func forEachAnnotated(by pipeline: Pipeline, _ body: (AnnotatedDocument) throws -> Void) throws {
        var pending: [Document] = []
        var undated = 0
        var read = 0
        var progress = Progress(quiet: quiet)
        defer {
            progress.finish()
            // Said once, not per document: the dates a user gets depend on it.
            if undated > 0 && !quiet {
                StandardError.print(
                    "attache: \(undated) of \(read) document(s) have no publication date: relative dates stay unresolved"
                        + " and no act takes the report's date; give --published DATE or a `published:` line")
            }
        }
        func runPending() throws {
            for (document, result) in zip(pending, pipeline.run(batch: pending)) {
                switch result {
                case .success(let annotated):
                    try body(annotated)
                    progress.advance()
                case .failure(let error): StandardError.print("attache: \(document.id): \(error)")
                }
            }
            pending.removeAll(keepingCapacity: true)
        }
        try forEachDocument { document in
            read += 1
            if document.published == nil { undated += 1 }
            pending.append(document)
            if pending.count == Self.batchSize { try runPending() }
        }
        try runPending()
    }

    /// Reads every path, reporting each failure on standard error as one line, and hands each
    /// document to `body`. Throws a failure exit code when nothing at all could be read.
    func forEachDocument(_ body: (Document) throws -> Void) throws {
        var documents = 0
        var failures = 0
        var bodyError: (any Error)?
        reader.read(paths) { outcome in
            guard bodyError == nil else { return }
            switch outcome {
            case .success(let document):
                documents += 1
                do { try body(document) } catch { bodyError = error }
            case .failure(let failure):
                failures += 1
                StandardError.print("attache: \(failure)")
            }
        }
        if let bodyError { throw bodyError }
        if documents == 0 {
            if failures == 0 { StandardError.print("attache: no documents found in \(paths.joined(separator: " "))") }
            throw ExitCode.failure
        }
    }
}

enum StandardError {
    static func print(_ line: String) {
        var stream = Stream()
        Swift.print(line, to: &stream)
    }

    struct Stream: TextOutputStream {
        mutating func write(_ string: String) {
            FileHandleOutput.writeStandardError(string)
        }
    }
}
