import AttacheCore
import Foundation

/// Reads standard input (`-`): JSON Lines when it starts with `{`, streamed a line at a time,
/// otherwise one text or HTML document. Either way it holds at most `maxDocumentBytes` (plus a
/// chunk) in memory, however long the stream, and a read error is a failure, not a crash.
struct StandardInputReader {
    let reader: DocumentReader
    static let name = "stdin"

    func read(_ handle: (Result<Document, ReadFailure>) -> Void) {
        let input = FileHandle.standardInput
        var bytes: [UInt8] = []
        while true {
            let chunk: [UInt8]
            do {
                chunk = [UInt8](try input.read(upToCount: JSONLinesReader.chunkSize) ?? Data())
            } catch {
                handle(.failure(ReadFailure(file: Self.name, Self.explain(error))))
                return
            }
            if bytes.isEmpty, chunk.first == UInt8(ascii: "{") {
                JSONLinesReader(reader: reader).read(from: input, named: Self.name, after: chunk, handle)
                return
            }
            if chunk.isEmpty { break }
            bytes += chunk
            if bytes.count > reader.maxDocumentBytes {
                // The rest is left unread: a stream such as /dev/zero never ends.
                handle(
                    .failure(
                        ReadFailure(
                            file: Self.name,
                            "document too large: over \(reader.megabytes(reader.maxDocumentBytes)) (see --max-size)")))
                return
            }
        }
        handle(Result { () throws(ReadFailure) in try reader.document(from: bytes, id: Self.name, file: Self.name) })
    }

    static func explain(_ error: any Error) -> String {
        let reason = InputFiles.describe(error)
        if reason == String(cString: strerror(EBADF)) { return "cannot read standard input: it is closed" }
        return "cannot read standard input (\(reason))"
    }
}
