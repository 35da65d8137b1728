import Foundation

/// Columns padded to their widest cell, the last column left ragged: the tables the command line
/// prints.
///
/// ```swift
/// var table = TextTable(header: ["type", "events"])
/// table.rows = [["AGREE", "3"]]
/// print(table.rendered())
/// ```
public struct TextTable: Sendable {
    public var header: [String]
    public var rows: [[String]] = []

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    public func rendered() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
