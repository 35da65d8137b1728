// Any text as an HTML page: its article text, title and dates come out without a crash, and the
// article text is never longer than the page it came from.
@testable import AttacheText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let html = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let page = HTMLReader.extract(html)
    precondition(page.text.utf8.count <= html.utf8.count + 1, "the article text grew past its page")
    _ = DocumentReader().htmlDocument(html, id: "fuzz.html")
    return 0
}
