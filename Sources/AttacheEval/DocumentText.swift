public import AttacheCore

/// A document's text and its sentences, so that error classes can tell which gold and predicted
/// events sit in the same passage.
///
/// ```swift
/// let text = DocumentText(annotated)  // the cleaned text and the segmenter's sentences
/// ```
public struct DocumentText: Sendable {
    /// The text as UTF-8 bytes.
    public var utf8: [UInt8]
    /// Each sentence as a range of UTF-8 offsets into `utf8`.
    public var sentences: [Range<Int>]

    public init(utf8: [UInt8], sentences: [Range<Int>]) {
        self.utf8 = utf8
        self.sentences = sentences
    }

    public init(text: String, sentences: [Range<Int>]) { self.init(utf8: Array(text.utf8), sentences: sentences) }

    /// The text the pipeline read (after cleaning) and the sentences its segmenter found.
    public init(_ annotated: AnnotatedDocument) {
        self.init(utf8: annotated.text, sentences: annotated.sentences.map(\.span.range))
    }

    /// Where an evidence sits: every place it occurs in the text and the sentences those touch.
    func placement(of evidence: String) -> Placement {
        let ranges = utf8.occurrences(of: Array(evidence.utf8))
        var touched = Set<Int>()
        for range in ranges {
            for (index, sentence) in sentences.enumerated() where sentence.overlaps(range) { touched.insert(index) }
        }
        return Placement(ranges: ranges, sentences: touched)
    }
}

/// Where a record's evidence sits in its document, when it can be found there.
struct Placement {
    var ranges: [Range<Int>] = []
    var sentences: Set<Int> = []
}

/// A record's evidence as error classes compare it: by its place in the document when both
/// evidences are found in the text (near when they overlap or share a sentence), else by the text
/// of the two evidences (near when they overlap by score.py's `--evidence` rule).
struct Passage {
    var placement: Placement
    var overlap: EvidenceOverlap

    init(evidence: String, in text: DocumentText?) {
        placement = text?.placement(of: evidence) ?? Placement()
        overlap = EvidenceOverlap(evidence)
    }

    func isNear(_ other: Passage) -> Bool {
        guard !placement.ranges.isEmpty, !other.placement.ranges.isEmpty else { return overlap.overlaps(other.overlap) }
        if !placement.sentences.isDisjoint(with: other.placement.sentences) { return true }
        return placement.ranges.contains { range in other.placement.ranges.contains { $0.overlaps(range) } }
    }
}
