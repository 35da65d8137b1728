public import AttacheCore

/// A knowledge file: `#` comment lines, then TAB-separated rows; `|` separates alternatives inside a field.
public struct TSVFile: Sendable {
    public struct Row: Sendable {
        /// The file the row comes from: rows of a user's file join the built-in ones.
        public var file: String
        public var line: Int
        public var fields: [String]

        public func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }

        /// A `|`-separated field as its alternatives, blanks dropped.
        public func list(_ index: Int) -> [String] {
            field(index).split(separator: "|").map { String($0).trimmed }.filter { !$0.isEmpty }
        }
    }

    public var name: String
    public var rows: [Row]

    /// Parses `text`; a row with fewer than `minimumColumns` fields is an error naming the line.
    public init(name: String, text: String, minimumColumns: Int) throws(KnowledgeError) {
        self.name = name
        var rows: [Row] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmed }
            guard fields.count >= minimumColumns else {
                throw KnowledgeError(
                    file: name, line: index + 1,
                    "expected \(minimumColumns) TAB-separated columns, found \(fields.count)")
            }
            rows.append(Row(file: name, line: index + 1, fields: fields))
        }
        self.rows = rows
    }
}

/// A knowledge file that cannot be used, with the file and line at fault.
public typealias KnowledgeError = FileProblem

extension String {
    var trimmed: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
