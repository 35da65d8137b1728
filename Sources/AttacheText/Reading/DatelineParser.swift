public import AttacheCore

/// Finds full dates written the ways bylines and meta tags write them:
/// "January 21, 2025", "Jan. 21, 2025", "21 January 2025", "15 Feb 2024", "2025-01-21",
/// "2025-01-21T23:46:00Z".
public enum DatelineParser {
    /// The first full date in `text`, or nil.
    public static func firstDate(in text: some StringProtocol) -> PartialDate? {
        let bytes = Array(text.utf8)
        if let iso = firstISODate(bytes) { return iso }
        let words = alphanumericRuns(bytes)
        for index in words.indices {
            let word = words[index]
            // Month Day, Year
            if let month = MonthName.number(ofLowercased: word.lowercased), index + 2 < words.count,
                let day = words[index + 1].number, let year = words[index + 2].number,
                let date = make(year: year, month: month, day: day)
            {
                return date
            }
            // Day Month Year
            if let day = word.number, index + 2 < words.count,
                let month = MonthName.number(ofLowercased: words[index + 1].lowercased),
                let year = words[index + 2].number, let date = make(year: year, month: month, day: day)
            {
                return date
            }
        }
        return nil
    }

    static func make(year: Int, month: Int, day: Int) -> PartialDate? {
        guard (1800...2200).contains(year), (1...PartialDate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    static func firstISODate(_ bytes: [UInt8]) -> PartialDate? {
        guard bytes.count >= 10 else { return nil }
        let digit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        for start in 0...(bytes.count - 10) {
            guard digit(bytes[start]), bytes[start + 4] == 0x2D, bytes[start + 7] == 0x2D else { continue }
            if start > 0 && digit(bytes[start - 1]) { continue }
            if start + 10 < bytes.count && digit(bytes[start + 10]) { continue }
            if let date = PartialDate(parsing: String(decoding: bytes[start..<(start + 10)], as: UTF8.self)),
                date.day != nil
            {
                return date
            }
        }
        return nil
    }

    struct Run {
        var lowercased: [UInt8]
        var number: Int?
    }

    /// Runs of ASCII letters or digits; a run of digits carries its value.
    static func alphanumericRuns(_ bytes: [UInt8]) -> [Run] {
        var runs: [Run] = []
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            let isNumber = current.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && current.count <= 4
            let value = isNumber ? current.reduce(0) { $0 * 10 + Int($1 - 0x30) } : nil
            runs.append(Run(lowercased: current, number: value))
            current.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            switch byte {
            case 0x41...0x5A: current.append(byte | 0x20)
            case 0x61...0x7A, 0x30...0x39: current.append(byte)
            default: flush()
            }
        }
        flush()
        return runs
    }
}
