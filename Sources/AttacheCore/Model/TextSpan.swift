/// A range of UTF-8 byte offsets into a document's cleaned text.
public struct TextSpan: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int

    @inlinable
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var range: Range<Int> { start..<end }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
}
