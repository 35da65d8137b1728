import ArgumentParser

/// How commands print their records.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// One JSON object per document, as spec/records.md describes.
    case jsonl
    /// An aligned table for reading in a terminal.
    case table
}
