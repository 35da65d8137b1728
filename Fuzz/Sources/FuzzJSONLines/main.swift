// Any bytes as one JSON line: a document or a failure naming the line, never a crash; a document
// has an id and text without NUL.
@testable import AttacheText

let lines = JSONLinesReader(reader: DocumentReader())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let line = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    do {
        let document = try lines.document(line, number: 1, file: "fuzz.jsonl")
        precondition(!document.id.isEmpty, "a document without an id")
        precondition(!document.text.utf8.contains(0), "a NUL reached the document")
    } catch {
        precondition(error.description.hasPrefix("fuzz.jsonl:1: "), "a failure that names no line")
    }
    return 0
}
