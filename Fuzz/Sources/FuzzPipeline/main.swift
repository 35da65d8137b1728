// Any bytes as a document through the whole pipeline: no crash, every record's evidence is a
// substring of the cleaned text (the document's lines, trimmed, blank ones dropped), and the
// record encodes as JSON.
import AttacheCore
import AttacheExtraction
import AttacheText
import Foundation

let reader = DocumentReader()
let pipeline = try! Pipeline.standard()
let encoder = JSONEncoder()

/// Loads the knowledge before the first input, outside the time libFuzzer allows one input.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
    -> CInt
{
    _ = pipeline
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    guard var document = try? reader.document(from: bytes, id: "fuzz.txt", file: "fuzz.txt") else { return 0 }
    document.published = PartialDate(year: 2024, month: 3, day: 4)
    guard let annotated = try? pipeline.run(document) else { return 0 }
    let record = annotated.record
    for evidence in record.events.map(\.evidence) + record.relations.map(\.evidence) {
        precondition(annotated.cleanedText.contains(evidence), "evidence not in the text: \(evidence)")
    }
    let json = try! encoder.encode(record)
    precondition((try? JSONSerialization.jsonObject(with: json)) is [String: Any], "the record is not a JSON object")
    return 0
}
