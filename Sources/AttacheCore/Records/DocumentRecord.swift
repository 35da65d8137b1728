/// One document's records: the export line of `attache analyze` and the content of a gold file.
///
/// ```swift
/// let record = try JSONDecoder().decode(DocumentRecord.self, from: goldFileData)
/// ```
public struct DocumentRecord: Codable, Sendable {
    public var doc: String
    public var published: PartialDate?
    public var title: String?
    /// The publisher and the address the document was read from, when known.
    public var source: String?
    public var url: String?
    public var events: [EventRecord]
    public var relations: [RelationRecord]
    /// Counts the engine adds to its output: sentences kept, blocks of boilerplate removed.
    public var sentences: Int?
    public var boilerplateRemoved: Int?
    public var diagnostics: [String]?

    public init(
        doc: String, published: PartialDate?, title: String?, events: [EventRecord] = [],
        relations: [RelationRecord] = []
    ) {
        self.doc = doc
        self.published = published
        self.title = title
        self.events = events
        self.relations = relations
    }

    enum CodingKeys: String, CodingKey {
        case doc, published, title, source, url, events, relations, sentences
        case boilerplateRemoved = "boilerplate_removed"
        case diagnostics
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        doc = try container.decode(String.self, forKey: .doc)
        published = try container.decodeIfPresent(PartialDate.self, forKey: .published)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        events = try container.decodeIfPresent([EventRecord].self, forKey: .events) ?? []
        relations = try container.decodeIfPresent([RelationRecord].self, forKey: .relations) ?? []
        sentences = try container.decodeIfPresent(Int.self, forKey: .sentences)
        boilerplateRemoved = try container.decodeIfPresent(Int.self, forKey: .boilerplateRemoved)
        diagnostics = try container.decodeIfPresent([String].self, forKey: .diagnostics)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(doc, forKey: .doc)
        try container.encode(published, forKey: .published)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(source, forKey: .source)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encode(events, forKey: .events)
        try container.encode(relations, forKey: .relations)
        try container.encodeIfPresent(sentences, forKey: .sentences)
        try container.encodeIfPresent(boilerplateRemoved, forKey: .boilerplateRemoved)
        try container.encodeIfPresent(diagnostics, forKey: .diagnostics)
    }
}
