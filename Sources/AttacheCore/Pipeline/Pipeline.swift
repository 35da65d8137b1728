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
}
