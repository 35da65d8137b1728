/// A document as read from its source, before any annotation.
///
/// ```swift
/// let document = Document(id: "note.txt", text: "Albania joined NATO in 2009.")
/// ```
public struct Document: Sendable {
    /// The path relative to the folder given (the file's name when the file itself was given), or
    /// the id a JSON Lines record gave.
    public var id: String
    /// The text as read: valid UTF-8, line ends normalised to `\n`, markup removed.
    public var text: String
    public var published: PartialDate?
    public var title: String?
    public var source: String?
    public var url: String?
    /// Where the published date came from ("front matter", "byline", "meta article:published_time", ...).
    public var publishedOrigin: String?
    /// Where it was read: a file, or a JSON Lines file and line ("feed.jsonl:3").
    public var readFrom: String?
    /// Problems met while reading (a transcoded encoding, an unparsable date).
    public var diagnostics: [Diagnostic]

    public init(
        id: String, text: String, published: PartialDate? = nil, title: String? = nil,
        source: String? = nil, url: String? = nil, publishedOrigin: String? = nil,
        diagnostics: [Diagnostic] = []
    ) {
        self.id = id
        self.text = text
        self.published = published
        self.title = title
        self.source = source
        self.url = url
        self.publishedOrigin = publishedOrigin
        self.diagnostics = diagnostics
    }

    /// A stable fingerprint of the text, for telling a changed document from a stored one.
    public var contentHash: String { ContentHash.of(text) }
}

/// FNV-1a over the UTF-8 bytes, twice with different offsets, as 32 hex digits.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in text.utf8 {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            second = (second &* 0x0000_0100_0000_01b3) ^ UInt64(byte)
        }
        return hex(first) + hex(second)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
