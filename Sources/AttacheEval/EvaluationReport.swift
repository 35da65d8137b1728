import AttacheCore

extension Evaluation {
    /// A plain-text report: overall and per-type tables, then (with `details`) every miss and
    /// false positive with its evidence.
    public func report(details: Bool) -> String {
        var lines: [String] = ["documents scored: \(documents)"]
        if !unmatchedDocuments.isEmpty {
            lines.append("documents without a partner (not scored): \(unmatchedDocuments.joined(separator: ", "))")
        }
        lines.append("")
        lines.append(row("", "P", "R", "F1", "TP", "FP", "FN"))
        lines.append(row(score: events, "events"))
        lines.append(row(score: eventsWithDates, "events + date"))
        for type in EventType.allCases {
            if let score = eventsByType[type] { lines.append(row(score: score, "  " + type.rawValue)) }
        }
        lines.append(row(score: relations, "relations"))
        for kind in RelationKind.allCases {
            if let score = relationsByKind[kind] { lines.append(row(score: score, "  " + kind.rawValue)) }
        }
        if details {
            for side in [Discrepancy.Side.missed, .falsePositive] {
                let items = discrepancies.filter { $0.side == side }
                lines.append("")
                lines.append("\(side.rawValue) (\(items.count)):")
                for item in items {
                    let rule = item.rule.map { " [\($0)]" } ?? ""
                    lines.append("  \(item.doc): \(item.label)\(rule)")
                    lines.append("      \"\(item.evidence)\"")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func row(score: Score, _ label: String) -> String {
        row(
            label, format(score.precision), format(score.recall), format(score.f1), "\(score.truePositives)",
            "\(score.falsePositives)", "\(score.falseNegatives)")
    }

    func row(_ cells: String...) -> String {
        let widths = [16, 6, 6, 6, 5, 5, 5]
        return zip(cells, widths).map { cell, width in
            cell.count >= width ? cell : cell + String(repeating: " ", count: width - cell.count)
        }.joined(separator: " ")
    }

    func format(_ value: Double) -> String {
        let scaled = Int((value * 1000).rounded())
        return "\(scaled / 1000).\(String(repeating: "0", count: 3 - String(scaled % 1000).count))\(scaled % 1000)"
    }
}
