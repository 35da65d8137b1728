/// One step of the pipeline: reads the layers it requires, adds the layers it assigns.
///
/// A component writes only its own layers and reports problems as diagnostics on the document.
public protocol PipelineComponent: Sendable {
    static var name: String { get }
    static var requires: Set<Layer> { get }
    static var assigns: Set<Layer> { get }
    func process(_ document: inout AnnotatedDocument) throws
}

/// An ordered list of components, checked at construction: every requirement must be assigned
/// by an earlier component.
///
/// ```swift
/// let pipeline = try Pipeline([Cleaner(), Segmenter()])
/// let annotated = try pipeline.run(document)
/// ```
public struct Pipeline: Sendable {
    public struct MissingRequirement: Error, CustomStringConvertible {
        public let component: String
        public let missing: Set<Layer>
        public var description: String {
            let layers = missing.map(\.rawValue).sorted().joined(separator: ", ")
            return "component '\(component)' requires \(layers), which no earlier component assigns"
        }
    }

    public let components: [any PipelineComponent]

    public init(_ components: [any PipelineComponent]) throws {
        var assigned: Set<Layer> = []
        for component in components {
            let type = type(of: component)
            let missing = type.requires.subtracting(assigned)
            guard missing.isEmpty else { throw MissingRequirement(component: type.name, missing: missing) }
            assigned.formUnion(type.assigns)
        }
        self.components = components
    }

    public var names: [String] { components.map { type(of: $0).name } }

    public func run(_ document: Document) throws -> AnnotatedDocument {
        var annotated = AnnotatedDocument(document)
        for component in components {
            try component.process(&annotated)
            annotated.markAssigned(type(of: component).assigns)
        }
        return annotated
    }

    /// Runs a batch of documents one component at a time, as spaCy's `pipe` does: each
    /// component's code and tables stay in the processor's caches across the batch instead of
    /// being pushed out by the other components after every document (see BENCHMARKS.md).
    ///
    /// A component that throws on one document fails that document only; the rest of the batch
    /// goes on. Results come back in the order of `documents`.
    public func run(batch documents: [Document]) -> [Result<AnnotatedDocument, any Error>] {
        var annotated = documents.map(AnnotatedDocument.init)
        var failures = [(any Error)?](repeating: nil, count: documents.count)
        for component in components {
            let assigns = type(of: component).assigns
            for index in annotated.indices where failures[index] == nil {
                do {
                    try component.process(&annotated[index])
                    annotated[index].markAssigned(assigns)
                } catch {
                    failures[index] = error
                }
            }
        }
        return annotated.indices.map { index in failures[index].map { .failure($0) } ?? .success(annotated[index]) }
    }
}
