/// A problem found in a document, kept with the document so a user can list it.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case note, warning, error }

    public var severity: Severity
    /// The component or reader that noticed it ("reader", "cleaner", "segmenter").
    public var component: String
    public var message: String

    public init(_ severity: Severity, _ component: String, _ message: String) {
        self.severity = severity
        self.component = component
        self.message = message
    }

    public var description: String { "\(severity.rawValue): \(component): \(message)" }
}
