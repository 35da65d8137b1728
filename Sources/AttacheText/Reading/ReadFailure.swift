/// Why a file, or one line of a JSON Lines file, could not be read.
///
/// Its description is the one-line error a user sees: `path:line: message`.
public struct ReadFailure: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
