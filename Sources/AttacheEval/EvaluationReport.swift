import AttacheCore

extension Evaluation {
    /// A plain-text report: the figures of score.py and the event locations line (Attaché's own),
    /// the error classes, a table per event type, then (with `details`) every miss and false
    /// positive with its class and evidence.
    public func report(details: Bool) -> String {
        var lines: [String] = ["documents scored: \(documents)"]
        if !documentsWithoutOutput.isEmpty {
            lines.append(
                "gold documents without output (all missed): \(documentsWithoutOutput.joined(separator: ", "))")
        }
        if !documentsWithoutGold.isEmpty {
            lines.append("output documents without gold (not scored): \(documentsWithoutGold.joined(separator: ", "))")
        }
        var rules: [String] = []
        if undirected { rules.append("parties unordered (--undirected)") }
        if evidence { rules.append("evidence must overlap (--evidence)") }
        if !rules.isEmpty { lines.append("scored with " + rules.joined(separator: ", ")) }
        lines.append("")
        lines += figures()
        lines.append("")
        lines += errorClassTable()
        lines.append("")
        lines += typeTable()
        if details { lines += detailLines() }
        return lines.joined(separator: "\n") + "\n"
    }

    func figures() -> [String] {
        var lines = [Self.cells(["", "P", "R", "F1", "TP", "FP", "FN"], widths: Self.figureWidths)]
        lines.append(figure(events, "events"))
        lines.append(figure(eventsWithDates, "events + date"))
        lines.append(figure(eventsByParties, "events, parties"))
        lines.append(figure(eventLocations, "event locations"))
        lines.append(figure(relations, "relations"))
        for kind in RelationKind.allCases {
            if let score = relationsByKind[kind] { lines.append(figure(score, "  " + kind.rawValue)) }
        }
        return lines
    }

    static let figureWidths = [16, 6, 6, 6, 5, 5, 5]

    func figure(_ score: Score, _ label: String) -> String {
        Self.cells(
            [
                label, Self.decimal(score.precision), Self.decimal(score.recall), Self.decimal(score.f1),
                "\(score.truePositives)", "\(score.falsePositives)", "\(score.falseNegatives)",
            ], widths: Self.figureWidths)
    }

    func errorClassTable() -> [String] {
        var total = ErrorCounts()
        for counts in errors.values { total += counts }
        let widths = [14, 7, 7]
        var lines = [Self.cells(["error class", "missed", "false+", "meaning"], widths: widths)]
        for errorClass in ErrorClass.allCases {
            let missed = errorClass == .duplicate || errorClass == .spurious ? "-" : "\(total.missed[errorClass] ?? 0)"
            let falsePositives = errorClass == .noTrigger ? "-" : "\(total.falsePositives[errorClass] ?? 0)"
            lines.append(Self.cells([errorClass.rawValue, missed, falsePositives, errorClass.meaning], widths: widths))
        }
        return lines
    }

    /// Per type: gold events counted (matched, and certain ones missed), predicted, matched, the
    /// figures, then misses and false positives by class.
    func typeTable() -> [String] {
        let widths = [10, 5, 5, 6, 6, 6, 6]
        var lines = [
            Self.cells(
                ["type", "gold", "pred", "match", "P", "R", "F1", "missed by class | false positives by class"],
                widths: widths)
        ]
        for type in EventType.allCases.sorted() {
            guard let score = eventsByType[type] else { continue }
            let counts = errors[type] ?? ErrorCounts()
            lines.append(
                Self.cells(
                    [
                        type.rawValue, "\(score.truePositives + score.falseNegatives)",
                        "\(score.truePositives + score.falsePositives)", "\(score.truePositives)",
                        Self.decimal(score.precision), Self.decimal(score.recall), Self.decimal(score.f1),
                        Self.byClass(counts.missed) + " | " + Self.byClass(counts.falsePositives),
                    ], widths: widths))
        }
        return lines
    }

    static func byClass(_ counts: [ErrorClass: Int]) -> String {
        let listed = counts.filter { $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        return listed.isEmpty ? "-" : listed.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }

    func detailLines() -> [String] {
        var lines: [String] = []
        for side in [Discrepancy.Side.missed, .falsePositive] {
            let items = discrepancies.filter { $0.side == side }
            lines.append("")
            lines.append("\(side.rawValue) (\(items.count)):")
            for item in items {
                let errorClass = item.errorClass.map { "[\($0.rawValue)] " } ?? ""
                let rule = item.rule.map { " [\($0)]" } ?? ""
                let counterpart = item.counterpart.map { "  (near: \($0))" } ?? ""
                lines.append("  \(item.doc): \(errorClass)\(item.label)\(rule)\(counterpart)")
                lines.append("      \"\(item.evidence)\"")
            }
        }
        return lines
    }

    /// Cells padded to their widths (the last one as it is), separated by a space.
    static func cells(_ cells: [String], widths: [Int]) -> String {
        cells.enumerated().map { index, cell in
            guard index < widths.count, index < cells.count - 1, cell.count < widths[index] else { return cell }
            return cell + String(repeating: " ", count: widths[index] - cell.count)
        }.joined(separator: " ")
    }

    /// A figure with three decimals, rounded as Python's `format(value, ".3f")` and C's `printf`
    /// round: to the nearest on the exact binary value, a tie to the even digit. score.py prints
    /// 1/16 as 0.062, not 0.063.
    public static func decimal(_ value: Double) -> String {
        guard value.isFinite, value >= 0, value < 1_000_000 else { return "\(value)" }
        var thousandths: UInt64 = 0
        if value.isNormal {
            // value = significand × 2^-shift exactly, with a 53-bit significand.
            let significand = (UInt64(1) << 52) | value.significandBitPattern
            let scaled = significand * 1000
            let shift = 52 - Int(value.exponent)  // over 32, as the value is under a million
            if shift < 64 {
                thousandths = scaled >> UInt64(shift)
                let remainder = scaled & ((UInt64(1) << UInt64(shift)) - 1)
                let half = UInt64(1) << UInt64(shift - 1)
                if remainder > half || (remainder == half && thousandths % 2 == 1) { thousandths += 1 }
            }
        }
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
