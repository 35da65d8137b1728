import AttacheCore

/// Day arithmetic on proleptic Gregorian dates, for relative expressions ("on Thursday", "yesterday").
enum CalendarArithmetic {
    /// Days since 1970-01-01.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func date(fromDayNumber number: Int) -> PartialDate {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return PartialDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// 0 = Monday ... 6 = Sunday.
    static func weekday(ofDayNumber number: Int) -> Int { ((number % 7) + 7 + 3) % 7 }

    static func adding(days: Int, to date: PartialDate) -> PartialDate? {
        guard let month = date.month, let day = date.day else { return nil }
        return Self.date(fromDayNumber: dayNumber(year: date.year, month: month, day: day) + days)
    }

    static func adding(months: Int, to date: PartialDate) -> PartialDate? {
        guard let month = date.month else { return nil }
        let total = date.year * 12 + (month - 1) + months
        return PartialDate(year: total / 12, month: total % 12 + 1)
    }
}
