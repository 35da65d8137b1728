/// What produced a document's records: the engine's version and a fingerprint of the knowledge
/// files it ran with. A store whose records carry another stamp than the running engine's can be
/// brought up to date with `attache reprocess`.
///
/// ```swift
/// let stamp = EngineStamp(knowledge: knowledgeBase.fingerprint)
/// ```
public struct EngineStamp: Hashable, Sendable {
    /// Raised with every change to what the engine codes from the same text and knowledge.
    public static let currentVersion = "0.7.0"

    public var version: String
    public var knowledge: String

    public init(version: String = EngineStamp.currentVersion, knowledge: String) {
        self.version = version
        self.knowledge = knowledge
    }

    public var description: String { "\(version)+\(knowledge.prefix(12))" }
}
