// Any text as a plain-text document that may start with front matter: its fields and body come
// out without a crash, and the body is the end of the text.
@testable import AttacheText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let frontMatter = FrontMatter(parsing: text)
    precondition(text.hasSuffix(frontMatter.body), "the body is not the end of the text")
    _ = DocumentReader().textDocument(text, id: "fuzz.txt")
    return 0
}
