import AttacheCore
import Foundation

/// JSON for the export format: one compact object per line, slashes unescaped, keys sorted so that
/// the same records always print the same bytes (diffable, reproducible).
enum RecordEncoder {
    static func jsonLine(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Columns padded to their widest cell, the last column left ragged.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []

    func rendered() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
