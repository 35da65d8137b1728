import AttacheCore
import Foundation

/// Reads JSON Lines: one document per line, `{"id": ..., "text": ..., "published": ...,
/// "title": ..., "url": ..., "source": ...}`. A text that is an HTML page is extracted as HTML.
///
/// The file is streamed in chunks; a malformed line is reported with its line number and the
/// other lines still run.
struct JSONLinesReader {
    let reader: DocumentReader
    static let chunkSize = 1 << 20

    func read(path: String, _ handle: (Result<Document, ReadFailure>) -> Void) {
        guard let file = FileHandle(forReadingAtPath: path) else {
            handle(.failure(ReadFailure(file: path, "cannot read (missing, a broken link, or no permission)")))
            return
        }
        defer { try? file.close() }
        var pending: [UInt8] = []
        var lineNumber = 0
        var oversized = false
        while true {
            let chunk: Data
            do {
                chunk = try file.read(upToCount: Self.chunkSize) ?? Data()
            } catch {
                handle(
                    .failure(ReadFailure(file: path, line: lineNumber + 1, "read error: \(error.localizedDescription)"))
                )
                return
            }
            if chunk.isEmpty { break }
            var start = 0
            let bytes = [UInt8](chunk)
            while let newline = bytes[start...].firstIndex(of: 0x0A) {
                lineNumber += 1
                if oversized {
                    oversized = false
                    handle(
                        .failure(
                            ReadFailure(
                                file: path, line: lineNumber,
                                "line too long (the limit is \(reader.maxDocumentBytes) bytes)")))
                } else {
                    pending.append(contentsOf: bytes[start..<newline])
                    handleLine(pending, number: lineNumber, file: path, handle)
                }
                pending.removeAll(keepingCapacity: true)
                start = newline + 1
            }
            if !oversized { pending.append(contentsOf: bytes[start...]) }
            if pending.count > reader.maxDocumentBytes {
                oversized = true
                pending.removeAll()
            }
        }
        if oversized {
            handle(
                .failure(
                    ReadFailure(
                        file: path, line: lineNumber + 1,
                        "line too long (the limit is \(reader.maxDocumentBytes) bytes)")))
        } else if !pending.isEmpty {
            handleLine(pending, number: lineNumber + 1, file: path, handle)
        }
    }

    func read(bytes: [UInt8], file: String, _ handle: (Result<Document, ReadFailure>) -> Void) {
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            handleLine(Array(line), number: index + 1, file: file, handle)
        }
    }

    func handleLine(_ line: [UInt8], number: Int, file: String, _ handle: (Result<Document, ReadFailure>) -> Void) {
        guard line.contains(where: { !TextDecoding.isSpace($0) }) else { return }
        handle(Result { () throws(ReadFailure) in try document(line, number: number, file: file) })
    }

    func document(_ line: [UInt8], number: Int, file: String) throws(ReadFailure) -> Document {
        func failure(_ message: String) -> ReadFailure { ReadFailure(file: file, line: number, message) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line))
        } catch {
            throw failure("malformed JSON (\(Self.reason(error)))")
        }
        guard let fields = object as? [String: Any] else { throw failure("expected a JSON object") }
        let id: String
        switch fields["id"] {
        case let text as String where !text.isEmpty: id = text
        case let number as NSNumber: id = number.stringValue
        default: throw failure("missing \"id\" (a string or a number)")
        }
        guard let text = fields["text"] as? String else { throw failure("missing \"text\" (a string)") }
        guard text.utf8.count <= reader.maxDocumentBytes else { throw failure("document too large") }
        var document =
            HTMLReader.looksLikeHTML(text) ? reader.htmlDocument(text, id: id) : reader.textDocument(text, id: id)
        document.id = id
        document.text = TextDecoding.normaliseLineEnds(document.text)
        guard !document.text.utf8.allSatisfy(TextDecoding.isSpace) else { throw failure("\"text\" is empty") }
        if let title = fields["title"] as? String { document.title = title }
        if let source = fields["source"] as? String { document.source = source }
        if let url = fields["url"] as? String { document.url = url }
        if let published = fields["published"] as? String {
            reader.setPublished(&document, published, origin: "JSON field")
        }
        return reader.finish(document)
    }

    static func reason(_ error: any Error) -> String {
        let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return message ?? "not valid JSON"
    }
}
