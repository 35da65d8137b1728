/// Comma-separated values as RFC 4180 writes them: a header line, then one line per row, cells
/// quoted only where they hold a comma, a quote or a line break.
public struct CSVTable: Sendable {
    public var header: [String]
    public var rows: [[String]] = []

    public init(header: [String]) { self.header = header }

    public mutating func append(_ cells: [String?]) { rows.append(cells.map { $0 ?? "" }) }

    public func rendered() -> String {
        ([header] + rows).map { $0.map(Self.quote).joined(separator: ",") + "\r\n" }.joined()
    }

    static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
