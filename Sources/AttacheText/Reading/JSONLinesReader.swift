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
        read(from: file, named: path, handle)
    }

    /// Reads lines from `file` in chunks, after the bytes already read from it (`start`). Memory
    /// stays bounded by the longest line allowed, however long the stream.
    func read(
        from file: FileHandle, named path: String, after start: [UInt8] = [],
        _ handle: (Result<Document, ReadFailure>) -> Void
    ) {
        var pending: [UInt8] = []
        var lineNumber = 0
        var oversized = false
        var chunk = start
        func tooLong(_ line: Int) -> ReadFailure {
            ReadFailure(file: path, line: line, "line too long (the limit is \(reader.maxDocumentBytes) bytes)")
        }
        while true {
            if chunk.isEmpty {
                do {
                    chunk = [UInt8](try file.read(upToCount: Self.chunkSize) ?? Data())
                } catch {
                    handle(
                        .failure(
                            ReadFailure(file: path, line: lineNumber + 1, "read error: \(InputFiles.describe(error))")))
                    return
                }
                if chunk.isEmpty { break }
            }
            var start = 0
            while let newline = chunk[start...].firstIndex(of: 0x0A) {
                lineNumber += 1
                if oversized {
                    oversized = false
                    handle(.failure(tooLong(lineNumber)))
                } else {
                    pending.append(contentsOf: chunk[start..<newline])
                    handleLine(pending, number: lineNumber, file: path, handle)
                }
                pending.removeAll(keepingCapacity: true)
                start = newline + 1
            }
            if !oversized { pending.append(contentsOf: chunk[start...]) }
            if pending.count > reader.maxDocumentBytes {
                oversized = true
                pending = []
            }
            chunk = []
        }
        if oversized {
            handle(.failure(tooLong(lineNumber + 1)))
        } else if !pending.isEmpty {
            handleLine(pending, number: lineNumber + 1, file: path, handle)
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
        let text: String
        switch fields["text"] {
        case let string as String: text = string
        case nil, is NSNull: throw failure("missing \"text\" (a string)")
        case let other?: throw failure("\"text\" must be a string, not \(Self.kind(of: other))")
        }
        guard text.utf8.count <= reader.maxDocumentBytes else { throw failure("document too large") }
        // SQLite cuts text at a NUL and PostgreSQL refuses it: a NUL would lose or garble the record.
        for (name, value) in fields {
            if let string = value as? String, string.utf8.contains(0) {
                throw failure("\"\(name)\" holds a NUL character (\\u0000)")
            }
        }
        var document =
            HTMLReader.looksLikeHTML(text) ? reader.htmlDocument(text, id: id) : reader.textDocument(text, id: id)
        document.id = id
        document.readFrom = "\(file):\(number)"
        document.text = TextDecoding.normaliseLineEnds(document.text)
        guard !document.text.utf8.allSatisfy(TextDecoding.isSpace) else { throw failure("\"text\" is empty") }
        for name in ["title", "source", "url"] {
            switch fields[name] {
            case nil, is NSNull: continue
            case let value as String:
                if name == "title" { document.title = value }
                if name == "source" { document.source = value }
                if name == "url" { document.url = value }
            case let other?:
                document.diagnostics.append(
                    Diagnostic(.warning, "reader", "\"\(name)\" is \(Self.kind(of: other)), not a string: left out"))
            }
        }
        switch fields["published"] {
        case nil, is NSNull: break
        case let published as String: reader.setPublished(&document, published, origin: "JSON field")
        case let year as NSNumber where !Self.isBoolean(year):
            // A bare year written as a number ("published": 2024).
            reader.setPublished(&document, year.stringValue, origin: "JSON field")
        case let other?:
            document.diagnostics.append(
                Diagnostic(.warning, "reader", "\"published\" is \(Self.kind(of: other)), not a date: left out"))
        }
        return reader.finish(document)
    }

    /// How messages name a JSON value's type.
    static func kind(of value: Any) -> String {
        switch value {
        case let number as NSNumber: return isBoolean(number) ? "a boolean" : "a number"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "not a string"
        }
    }

    /// JSONSerialization gives `true` and `false` as NSNumbers too.
    static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    static func reason(_ error: any Error) -> String {
        let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return message ?? "not valid JSON"
    }
}
