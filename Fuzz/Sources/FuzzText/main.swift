// Any bytes as a text file: decoded or refused with a reason, never a crash; a document read is
// non-empty text without NUL.
import AttacheText

let reader = DocumentReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    guard let document = try? reader.document(from: bytes, id: "fuzz.txt", file: "fuzz.txt") else { return 0 }
    precondition(!document.text.utf8.contains(0), "a NUL reached the document")
    precondition(document.text.utf8.contains { $0 > 0x20 }, "a document without text was read")
    return 0
}
