/// A calendar date known to the precision a text gives: a year, a month or a day.
///
/// ```swift
/// PartialDate(parsing: "2024-02")?.description  // "2024-02"
/// ```
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time part after the date, as in ISO 8601
    /// timestamps, is ignored). Returns nil for anything else or an impossible date.
    public init?(parsing text: some StringProtocol) {
        let bytes = Array(text.utf8.prefix(10))
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), year >= 1000 else { return nil }
        self.init(year: year)
        if bytes.count > 4 {
            guard bytes[4] == 0x2D, let month = number(5..<7), (1...12).contains(month) else {
                return nil
            }
            self.month = month
            if bytes.count > 7 {
                guard bytes[7] == 0x2D, let day = number(8..<10),
                    (1...PartialDate.days(inMonth: month, year: year)).contains(day)
                else { return nil }
                self.day = day
            }
        }
    }

    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var text = padded(year, 4)
        if let month { text += "-" + padded(month, 2) }
        if let day { text += "-" + padded(day, 2) }
        return text
    }

    /// Whether `other` says the same as this date at this date's precision
    /// ("2024-02-15" agrees with "2024-02" and "2024").
    public func agrees(atPrecisionOf reference: PartialDate) -> Bool {
        guard year == reference.year else { return false }
        if let referenceMonth = reference.month, month != referenceMonth { return false }
        if let referenceDay = reference.day, day != referenceDay { return false }
        return true
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = PartialDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
