import AttacheCore
import AttacheExtraction
import AttacheKnowledge
import AttacheText
import Foundation

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = repository.appendingPathComponent("Examples/corpus")
    static let gold = repository.appendingPathComponent("Examples/gold")

    static let pipeline: Pipeline = try! Pipeline.standard()

    /// The rows of a fixture TSV file, comment lines left out.
    static func rows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    static func analyze(_ text: String, published: String? = nil, source: String? = nil) throws -> AnnotatedDocument {
        var document = Document(id: "test", text: text)
        document.published = published.flatMap { PartialDate(parsing: $0) }
        document.source = source
        return try pipeline.run(document)
    }

    /// The sample corpus documents as the reader reads them.
    static func sampleDocuments() -> [Document] {
        var documents: [Document] = []
        DocumentReader().read([corpus.path]) { if case .success(let document) = $0 { documents.append(document) } }
        return documents
    }

    static func gold(for document: Document) throws -> DocumentRecord {
        let url = gold.appendingPathComponent(document.id.replacingOccurrences(of: ".txt", with: ".gold.json"))
        return try JSONDecoder().decode(DocumentRecord.self, from: Data(contentsOf: url))
    }
}
