import Foundation

/// JSON for the export formats: one compact object per line, slashes unescaped, keys sorted so
/// that the same records always print the same bytes (diffable, reproducible).
///
/// ```swift
/// let line = try JSONLines.line(record)  // {"doc":"a.txt","events":[...],...}
/// ```
public enum JSONLines {
    public static func line(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// A line from an object of JSON values (`JSONSerialization`'s kinds), keys sorted.
    static func line(object: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
