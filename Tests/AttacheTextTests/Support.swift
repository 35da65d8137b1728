import AttacheCore
import AttacheText
import Foundation

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = repository.appendingPathComponent("Examples/corpus")
    static let gold = repository.appendingPathComponent("Examples/gold")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Reads paths and sorts what came back into documents and failures.
    static func read(_ paths: [String], reader: DocumentReader = DocumentReader()) -> ([Document], [ReadFailure]) {
        var documents: [Document] = []
        var failures: [ReadFailure] = []
        reader.read(paths) { outcome in
            switch outcome {
            case .success(let document): documents.append(document)
            case .failure(let failure): failures.append(failure)
            }
        }
        return (documents, failures)
    }

    static func clean(_ text: String) throws -> AnnotatedDocument {
        try Pipeline([Cleaner(), Segmenter()]).run(Document(id: "test", text: text))
    }

    static func sentences(_ text: String) throws -> [String] {
        let annotated = try clean(text)
        return annotated.sentences.map { annotated.string($0.span) }
    }
}
