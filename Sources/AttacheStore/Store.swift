public import AttacheCore

/// Where analysed documents and their records are kept between runs.
///
/// ```swift
/// let store = try SQLiteStore(path: "attache.db")
/// try store.ingest(StoredDocument(id: "a.txt", contentHash: hash, record: record))
/// let events = try store.events(matching: EventQuery(actor: "ALB"))
/// ```
public protocol Store {
    /// Stores a document's records: a document already stored with the same content and engine
    /// stamp is left as it is; a changed one, or one coded by another engine or other knowledge,
    /// has its old records replaced, in one transaction.
    @discardableResult
    func ingest(_ document: StoredDocument) throws -> IngestOutcome
    /// Whether the store holds a document with this id and content, coded with this stamp: a
    /// caller can skip running the pipeline on it.
    func isCurrent(id: String, contentHash: String, stamp: EngineStamp) throws -> Bool
    /// The stored documents whose records carry another stamp, by id, after `id` (for resuming),
    /// at most `limit`; each with its text, or none when it was stored before texts were kept.
    func documentsToReprocess(stamp: EngineStamp, after id: String?, limit: Int) throws -> [StoredText]
    /// Where the records of these documents come from, by document id.
    func provenance(of documents: [String]) throws -> [String: Provenance]
    /// Stored events that match the query, oldest first (undated last), each with its document.
    func events(matching query: EventQuery) throws -> [StoredEvent]
    /// Stored relations that match the query, oldest first (undated last), each with its document.
    func relations(matching query: RelationQuery) throws -> [StoredRelation]
    /// Counts of stored events by type, by actor root and by month.
    func statistics() throws -> StoreStatistics
    /// Every stored document's records, by document id.
    func records() throws -> [DocumentRecord]
    /// Stored sentences that contain every word (whole words, any case), in document order.
    func sentences(matching words: String, limit: Int?) throws -> [StoredSentence]
}

/// A document as the store keeps it: its identity, its content fingerprint, its text, the engine
/// that coded it and its records.
public struct StoredDocument: Sendable {
    public var id: String
    public var contentHash: String
    public var source: String?
    public var url: String?
    /// The text the pipeline read (after any front matter or markup), kept for `reprocess`.
    public var text: String?
    public var stamp: EngineStamp?
    public var record: DocumentRecord
    /// The cleaned text of each sentence, in order: what full-text search reads.
    public var sentences: [String]
    public var mentions: [StoredMention]

    public init(
        id: String, contentHash: String, source: String? = nil, url: String? = nil, text: String? = nil,
        stamp: EngineStamp? = nil, record: DocumentRecord, sentences: [String] = [], mentions: [StoredMention] = []
    ) {
        self.id = id
        self.contentHash = contentHash
        self.source = source
        self.url = url
        self.text = text
        self.stamp = stamp
        self.record = record
        self.sentences = sentences
        self.mentions = mentions
    }
}

/// A resolved actor mention as stored: where it is, who it names and the rule that said so.
public struct StoredMention: Sendable, Equatable {
    public var sentence: Int
    public var actor: String
    public var kind: String
    public var text: String
    public var rule: String

    public init(sentence: Int, actor: String, kind: String, text: String, rule: String) {
        self.sentence = sentence
        self.actor = actor
        self.kind = kind
        self.text = text
        self.rule = rule
    }
}

/// A stored sentence: its document, its number there (from 0) and its text.
public struct StoredSentence: Sendable, Equatable {
    public var doc: String
    public var number: Int
    public var text: String

    public init(doc: String, number: Int, text: String) {
        self.doc = doc
        self.number = number
        self.text = text
    }
}

/// What ingesting a document did: `recoded` is an unchanged text whose records came from
/// another engine version or other knowledge.
public enum IngestOutcome: String, Sendable, CaseIterable {
    case added, replaced, recoded, unchanged
}

/// A stored document's text and metadata: what `reprocess` runs the pipeline on again. `text` is
/// nil for documents stored before texts were kept.
public struct StoredText: Sendable {
    public var document: Document?
    public var id: String
}

/// Where a stored document's records come from: the document's title, publisher, address and
/// date, when it was stored and by which engine.
public struct Provenance: Sendable, Codable, Equatable {
    public var doc: String
    public var title: String?
    public var source: String?
    public var url: String?
    public var published: PartialDate?
    /// When it was stored, UTC, as GDELT's DATEADDED: YYYYMMDDHHMMSS.
    public var added: String?
    public var engineVersion: String?
    public var knowledgeFingerprint: String?

    public init(doc: String) { self.doc = doc }

    enum CodingKeys: String, CodingKey {
        case doc, title, source, url, published, added
        case engineVersion = "engine_version"
        case knowledgeFingerprint = "knowledge_fingerprint"
    }
}

/// A stored event, the document it came from and the number of the sentence there (from 0).
public struct StoredEvent: Sendable {
    public var id: Int64
    public var doc: String
    public var sentence: Int?
    public var event: EventRecord

    public init(id: Int64, doc: String, sentence: Int? = nil, event: EventRecord) {
        self.id = id
        self.doc = doc
        self.sentence = sentence
        self.event = event
    }
}

/// Which events to return; every condition given must hold.
public struct EventQuery: Sendable {
    /// An actor root on either side ("ALB").
    public var actor: String?
    /// Two actor roots, one on each side, in either direction.
    public var dyad: (String, String)?
    public var type: EventType?
    /// Events dated on or after / before or on these dates (undated events are left out).
    public var since: PartialDate?
    public var until: PartialDate?
    /// The country where the event took place.
    public var location: String?
    /// Words that must all occur in the sentence that states the event (full-text search).
    public var text: String?
    /// At most this many events (the oldest).
    public var limit: Int?

    public init(
        actor: String? = nil, dyad: (String, String)? = nil, type: EventType? = nil, since: PartialDate? = nil,
        until: PartialDate? = nil, location: String? = nil, text: String? = nil, limit: Int? = nil
    ) {
        self.limit = limit
        self.location = location
        self.actor = actor
        self.dyad = dyad
        self.type = type
        self.since = since
        self.until = until
        self.text = text
    }
}

/// A stored relation and the document it came from.
public struct StoredRelation: Sendable {
    public var id: Int64
    public var doc: String
    public var relation: RelationRecord
}

/// Which relations to return: "Albania's memberships as of 2010".
public struct RelationQuery: Sendable {
    public var actor: String?
    public var kind: RelationKind?
    /// Relations in force on this date: begun by then (or of unknown start), not ended before it.
    public var asOf: PartialDate?
    /// At most this many relations (the oldest).
    public var limit: Int?

    public init(actor: String? = nil, kind: RelationKind? = nil, asOf: PartialDate? = nil, limit: Int? = nil) {
        self.limit = limit
        self.actor = actor
        self.kind = kind
        self.asOf = asOf
    }
}

/// What the store holds, counted: `attache stats`.
public struct StoreStatistics: Sendable {
    public var documents = 0
    public var sentences = 0
    public var mentions = 0
    public var events = 0
    public var relations = 0
    public var eventsByType: [(String, Int)] = []
    /// Events in which each actor root takes part, most frequent first.
    public var eventsByActor: [(String, Int)] = []
    /// Dated events per month (`YYYY-MM`), in time order; events dated to a year only count
    /// under the year (`YYYY`), which is not a month.
    public var eventsByMonth: [(String, Int)] = []
    public var undatedEvents = 0

    public init() {}
}
