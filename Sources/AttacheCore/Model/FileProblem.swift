/// A problem with a file, or one line of it, that stops it being used: an unreadable document or
/// a malformed knowledge file.
///
/// Its description is the one-line error a user sees: `path:line: message`.
public struct FileProblem: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
