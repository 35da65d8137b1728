public import AttacheCore
import Foundation

/// The formats a document can come in.
public enum SourceFormat: String, Sendable, CaseIterable {
    case text, html
    case jsonLines = "jsonl"

    /// The format a file name's extension names, with plain text for anything else.
    public init(fileName: String) {
        switch fileName.split(separator: ".").last?.lowercased() {
        case "html", "htm", "xhtml": self = .html
        case "jsonl", "ndjson": self = .jsonLines
        default: self = .text
        }
    }
}

/// Reads documents from files, folders (recursively), JSON Lines files and standard input.
///
/// A document's id is its path relative to the folder given (`a/index.txt`), a file's own name
/// when the file itself is given, or the `id` of its JSON Lines record. Two documents with one id
/// in the same run are an error naming both places: the second would replace the first in a store.
///
/// Every failure is reported with the file (and line) it concerns, and the rest of the batch goes
/// on: `read(_:)` hands each document or failure to the caller as soon as it is ready, so memory
/// stays bounded by the largest document, not the batch.
///
/// ```swift
/// let reader = DocumentReader()
/// reader.read(["corpus/"]) { outcome in
///     if case .success(let document) = outcome { print(document.id) }
/// }
/// ```
public struct DocumentReader: Sendable {
    /// Documents larger than this are refused rather than read into memory.
    public var maxDocumentBytes: Int
    /// A published date that overrides whatever the documents say.
    public var publishedOverride: PartialDate?

    public static let defaultMaxDocumentBytes = 32 << 20

    public init(maxDocumentBytes: Int = DocumentReader.defaultMaxDocumentBytes, publishedOverride: PartialDate? = nil) {
        self.maxDocumentBytes = maxDocumentBytes
        self.publishedOverride = publishedOverride
    }

    public func read(_ paths: [String], _ handle: (Result<Document, ReadFailure>) -> Void) {
        var placesByID: [String: String] = [:]
        withoutActuallyEscaping(handle) { handle in
            let checked = { (outcome: Result<Document, ReadFailure>) in
                handle(Self.refusingDuplicates(outcome, &placesByID))
            }
            read(paths, checked: checked)
        }
    }

    /// A document whose id an earlier document of the run has is an error naming both places:
    /// stored, the second would replace the first.
    static func refusingDuplicates(
        _ outcome: Result<Document, ReadFailure>, _ placesByID: inout [String: String]
    ) -> Result<Document, ReadFailure> {
        guard case .success(let document) = outcome else { return outcome }
        let place = document.readFrom ?? document.id
        if let first = placesByID[document.id] {
            return .failure(
                ReadFailure(
                    file: place,
                    "duplicate document id '\(document.id)' (also at \(first)); give each document its own id"))
        }
        placesByID[document.id] = place
        return outcome
    }

    func read(_ paths: [String], checked handle: (Result<Document, ReadFailure>) -> Void) {
        for path in paths {
            if path == "-" {
                StandardInputReader(reader: self).read(handle)
                continue
            }
            switch InputFiles.kind(of: path) {
            case .missing: handle(.failure(ReadFailure(file: path, "no such file or folder")))
            case .folder:
                let files = InputFiles.files(below: path) { folder, problem in
                    handle(.failure(ReadFailure(file: folder, problem)))
                }
                let prefix = path.hasSuffix("/") ? path : path + "/"
                for file in files {
                    readFile(file, id: file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : nil, handle)
                }
            case .regularFile, .special: readFile(path, handle)
            }
        }
    }

    /// Reads one file; its documents are named `id` (the file's name by default).
    public func readFile(_ path: String, id: String? = nil, _ handle: (Result<Document, ReadFailure>) -> Void) {
        let size: Int
        switch InputFiles.kind(of: path) {
        case .regularFile(let bytes): size = bytes
        case .missing:
            handle(.failure(ReadFailure(file: path, "cannot read (missing, a broken link, or no permission)")))
            return
        case .folder:
            handle(.failure(ReadFailure(file: path, "a folder, not a file")))
            return
        case .special(let kind):
            handle(.failure(ReadFailure(file: path, "not a regular file (\(kind))")))
            return
        }
        let name = id ?? (path as NSString).lastPathComponent
        if SourceFormat(fileName: name) == .jsonLines {
            JSONLinesReader(reader: self).read(path: path, handle)
            return
        }
        guard size <= maxDocumentBytes else {
            handle(
                .failure(
                    ReadFailure(
                        file: path,
                        "file too large: \(megabytes(size)) (the limit is \(megabytes(maxDocumentBytes)); see --max-size)"
                    )))
            return
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            handle(.failure(ReadFailure(file: path, "cannot read (\(InputFiles.describe(error)))")))
            return
        }
        handle(Result { () throws(ReadFailure) in try document(from: [UInt8](data), id: name, file: path) })
    }

    /// A document from the bytes of a text or HTML file (the format sniffed from the content
    /// when the name does not say it).
    public func document(from bytes: [UInt8], id: String, file: String) throws(ReadFailure) -> Document {
        guard bytes.count <= maxDocumentBytes else {
            throw ReadFailure(file: file, "document too large: \(megabytes(bytes.count))")
        }
        let decoded = try TextDecoding.decode(bytes, file: file)
        var document: Document
        if SourceFormat(fileName: id) == .html || HTMLReader.looksLikeHTML(decoded.text) {
            document = htmlDocument(decoded.text, id: id)
        } else {
            document = textDocument(decoded.text, id: id)
        }
        if let note = decoded.note { document.diagnostics.append(Diagnostic(.note, "reader", note)) }
        document.readFrom = file
        guard !document.text.utf8.allSatisfy(TextDecoding.isSpace) else {
            throw ReadFailure(file: file, "no text left after reading (empty body)")
        }
        return finish(document)
    }

    /// A plain-text document, with front matter if it has any.
    public func textDocument(_ text: String, id: String) -> Document {
        let frontMatter = FrontMatter(parsing: text)
        var document = Document(id: frontMatter.fields["id"] ?? id, text: String(frontMatter.body))
        document.title = frontMatter.fields["title"]
        document.source = frontMatter.fields["source"]
        document.url = frontMatter.fields["url"]
        if let value = frontMatter.fields["published"] ?? frontMatter.fields["date"] {
            setPublished(&document, value, origin: "front matter")
        }
        return document
    }

    public func htmlDocument(_ html: String, id: String) -> Document {
        let page = HTMLReader.extract(html)
        var document = Document(id: id, text: page.text, title: page.title, source: page.source, url: page.url)
        if let published = page.published { setPublished(&document, published, origin: page.publishedOrigin ?? "HTML") }
        for problem in page.problems { document.diagnostics.append(Diagnostic(.warning, "html-reader", problem)) }
        return document
    }

    /// Fills the published date from a byline when nothing else gave it; applies the override.
    func finish(_ document: Document) -> Document {
        var document = document
        if let publishedOverride {
            document.published = publishedOverride
            document.publishedOrigin = "--published"
        } else if document.published == nil, let date = BylineDate.find(in: document.text) {
            document.published = date
            document.publishedOrigin = "byline"
        }
        return document
    }

    func setPublished(_ document: inout Document, _ value: String, origin: String) {
        let trimmed = value.trimmingSpaces
        if let date = PartialDate(parsing: trimmed) ?? DatelineParser.firstDate(in: trimmed) {
            document.published = date
            document.publishedOrigin = origin
        } else {
            document.diagnostics.append(
                Diagnostic(.warning, "reader", "unreadable published date '\(trimmed)' in \(origin)"))
        }
    }

    func megabytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
    }
}
