/// Where a record's date came from: the text states it, it is the document's publication date (the
/// coding conventions date some acts to the day they are reported), or there is none.
public enum DateBasis: String, Codable, Sendable, CaseIterable {
    case text, published, none
}

extension AnnotatedDocument {
    /// Where an event's date came from. The coder dates an event from a time expression near its
    /// trigger or, for the acts the conventions date to the report, from the publication date; a
    /// date equal to the publication date is the text's only when a time expression in the
    /// event's own sentence gives it.
    func dateBasis(of event: EventRecord) -> DateBasis {
        guard let date = event.date else { return .none }
        guard date == document.published else { return .text }
        guard let offset = firstOffset(of: event.evidence),
            let sentence = sentences.firstIndex(where: { $0.span.start <= offset && offset < $0.span.end })
        else { return .published }
        return times.contains { $0.sentence == sentence && $0.date == date } ? .text : .published
    }

    /// The UTF-8 offset of the first occurrence of `part` in the cleaned text.
    func firstOffset(of part: String) -> Int? {
        let needle = Array(part.utf8)
        guard let first = needle.first, text.count >= needle.count else { return nil }
        for start in 0...(text.count - needle.count) where text[start] == first {
            if text[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
