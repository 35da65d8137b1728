/// A kind of annotation a pipeline component adds to a document.
public enum Layer: String, Hashable, Sendable, CaseIterable {
    case cleanText = "clean-text"
    case sentences
    case tokens
    case lemmas
    case mentions
    case actors
    case times
    case quantities
    case events
    case relations
    case locations
}
