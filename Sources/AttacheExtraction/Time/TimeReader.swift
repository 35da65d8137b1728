import AttacheCore

/// The token-level reading behind `TimeTagger`: one method per shape of expression.
struct TimeReader {
    let document: AnnotatedDocument
    let published: PartialDate?

    init(document: AnnotatedDocument) {
        self.document = document
        self.published = document.document.published
    }

    struct Found {
        var start: Int
        var end: Int
        var date: PartialDate?
        var relation: TimeExpression.Relation
    }

    static func keys(_ words: [String: Int]) -> KeyMap<Int> { KeyMap(words: words) }

    static let months: KeyMap<Int> = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var words: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            words[name] = index + 1
            if name.count > 3 {
                words[String(name.prefix(3))] = index + 1
                words[String(name.prefix(3)) + "."] = index + 1
            }
        }
        words["sept"] = 9
        words["sept."] = 9
        return keys(words)
    }()
    /// Full month names only: "May" alone is too often a verb.
    static let fullMonths = KeySet(words: [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december",
    ])
    /// "May" is the month after these words ("in May", "late May"); after "by" or "of" it is as
    /// often a name ("talks with May").
    static let mayContext = KeySet(words: [
        "in", "since", "until", "from", "through", "early", "late", "mid", "last", "this", "next", "during",
    ])
    static let may = TokenKey.of("may")
    static let weekdays = keys([
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    ])
    static let dayOffsets = keys(["today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0])
    static let units = keys([
        "year": 0, "years": 0, "month": 1, "months": 1, "week": 2, "weeks": 2, "day": 3, "days": 3,
    ])
    static let moments = KeySet(words: ["moments", "minutes", "hours"])
    static let shifts = keys(["this": 0, "last": -1, "next": 1, "past": -1, "previous": -1, "coming": 1])
    static let sinceWords = KeySet(words: ["since"])
    static let untilWords = KeySet(words: ["until", "till", "til"])
    static let endOfPhrase = ["by", "the", "end", "of"].map { TokenKey.of($0) }
    static let asOfPhrase = ["as", "of"].map { TokenKey.of($0) }
    static let comparisonWords = KeySet(words: ["than"])
    static let pointPrepositions = KeySet(words: ["in", "on", "at", "during"])
    static let comparedWords = KeySet(words: ["compared", "comparison", "relative"])
    static let comparedPrepositions = KeySet(words: ["to", "with"])
    static let anaphoricDeterminers = KeySet(words: ["that", "the"])
    static let monthContext = KeySet(words: [
        "in", "since", "by", "until", "from", "through", "early", "late", "mid", "of", "last", "this", "next",
        "during",
    ])
    static let qualifiers = KeySet(words: ["early", "late", "mid", "the"])
    static let key = (
        ago: TokenKey.of("ago"), of: TokenKey.of("of"), year: TokenKey.of("year"), later: TokenKey.of("later"),
        earlier: TokenKey.of("earlier"), same: TokenKey.of("same"),
        the: TokenKey.of("the"), possessive: TokenKey.of("'s")
    )

    func key(_ index: Int) -> UInt64 { document.tokenKeys[index] }
    func text(_ index: Int) -> String { document.string(of: document.tokens[index]) }
    func isPunctuation(_ index: Int, _ byte: UInt8) -> Bool {
        let token = document.tokens[index]
        return token.shape == .punctuation && token.span.length == 1 && document.text[token.span.start] == byte
    }

    func isPossessive(_ index: Int, end: Int) -> Bool {
        index < end && key(index) == Self.key.possessive
    }

    func number(_ index: Int, end: Int) -> Int? {
        guard index < end, document.tokens[index].shape == .number else { return nil }
        return Int(text(index))
    }

    /// A day of the month written as a number or an ordinal ("29", "29th", "1st", "2nd", "3rd").
    func day(_ index: Int, end: Int) -> Int? {
        if let value = number(index, end: end) { return value }
        guard index < end else { return nil }
        let span = document.tokens[index].span
        guard span.length >= 3, span.length <= 4, (0x30...0x39).contains(document.text[span.start]) else { return nil }
        let word = text(index).lowercased()
        guard ["st", "nd", "rd", "th"].contains(String(word.suffix(2))) else { return nil }
        return Int(word.dropLast(2))
    }

    func read(at index: Int, end: Int) -> Found? {
        guard var found = readDate(at: index, end: end) else { return nil }
        found.relation = relation(before: found.start)
        return found
    }

    /// What the words before a time make of it: "since ..." the start of an ongoing state;
    /// "until ...", "by the end of ..." an end bound; "as of ...", "compared with ...", "than ..."
    /// a standard of comparison.
    func relation(before start: Int) -> TimeExpression.Relation {
        guard start > 0 else { return .at }
        let before = key(start - 1)
        if Self.sinceWords.contains(before) { return .since }
        if Self.untilWords.contains(before) || endsWith(Self.endOfPhrase, before: start) { return .until }
        // "than 2020", "than in 2020", "compared with (the year) 2019".
        let standard = Self.pointPrepositions.contains(before) ? start - 1 : start
        guard standard > 0 else { return .at }
        let word = key(standard - 1)
        if Self.comparisonWords.contains(word) || endsWith(Self.asOfPhrase, before: start)
            || (standard > 1 && Self.comparedWords.contains(key(standard - 2))
                && Self.comparedPrepositions.contains(word))
        {
            return .reference
        }
        return .at
    }

    /// Whether the tokens right before `start` are `phrase`.
    func endsWith(_ phrase: [UInt64], before start: Int) -> Bool {
        start >= phrase.count && phrase.indices.allSatisfy { key(start - phrase.count + $0) == phrase[$0] }
    }

    func readDate(at index: Int, end: Int) -> Found? {
        if let iso = readISO(at: index, end: end) { return iso }
        if let month = Self.months[key(index)], document.tokens[index].shape != .lower {
            return readMonthFirst(at: index, month: month, end: end)
        }
        if let day = day(index, end: end), (1...31).contains(day), index + 1 < end {
            // "29 October", "29th October", "the 29th of October"
            let monthAt = key(index + 1) == Self.key.of ? index + 2 : index + 1
            if monthAt < end, let month = Self.months[key(monthAt)], document.tokens[monthAt].shape != .lower {
                let year = number(monthAt + 1, end: end).flatMap { $0 >= 1000 ? $0 : nil }
                let date =
                    year.map { PartialDate(year: $0, month: month, day: day) }
                    ?? inPublishedYear(month: month, day: day)
                return Found(start: index, end: monthAt + (year == nil ? 1 : 2), date: date, relation: .at)
            }
        }
        if let year = readYear(at: index, end: end) { return year }
        return readRelative(at: index, end: end)
    }

    /// "2022-12-05"
    func readISO(at index: Int, end: Int) -> Found? {
        guard index + 4 < end, let year = number(index, end: end), year >= 1000, isPunctuation(index + 1, 0x2D),
            let month = number(index + 2, end: end), isPunctuation(index + 3, 0x2D),
            let day = number(index + 4, end: end),
            document.tokens[index + 1].attachedToPrevious, document.tokens[index + 4].attachedToPrevious,
            (1...12).contains(month), (1...PartialDate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        return Found(start: index, end: index + 5, date: PartialDate(year: year, month: month, day: day), relation: .at)
    }

    /// "April 1, 2009", "Jan. 21", "June 2014", "February 24 of this year", "in June"
    func readMonthFirst(at index: Int, month: Int, end: Int) -> Found? {
        var next = index + 1
        if let day = day(next, end: end), (1...31).contains(day),
            document.text[document.tokens[next].span.start] != 0x30
        {
            next += 1
            var comma = next
            if comma < end, isPunctuation(comma, 0x2C) { comma += 1 }
            if let year = number(comma, end: end), year >= 1000 {
                let valid = day <= PartialDate.days(inMonth: month, year: year)
                return Found(
                    start: index, end: comma + 1, date: valid ? PartialDate(year: year, month: month, day: day) : nil,
                    relation: .at)
            }
            // "February 24 of this year"
            if next + 2 < end, key(next) == Self.key.of, let shift = Self.shifts[key(next + 1)],
                key(next + 2) == Self.key.year
            {
                let date = published.map { PartialDate(year: $0.year + shift, month: month, day: day) }
                return Found(start: index, end: next + 3, date: date, relation: .at)
            }
            return Found(start: index, end: next, date: inPublishedYear(month: month, day: day), relation: .at)
        }
        if let year = number(next, end: end), year >= 1000 {
            return Found(start: index, end: next + 1, date: PartialDate(year: year, month: month), relation: .at)
        }
        // A month alone needs a preposition or qualifier before it, and a full name.
        guard index > 0,
            Self.fullMonths.contains(key(index)) && Self.monthContext.contains(key(index - 1))
                || key(index) == Self.may && Self.mayContext.contains(key(index - 1))
                    && !isPossessive(index + 1, end: end)
        else {
            return nil
        }
        var date = published.map { PartialDate(year: $0.year, month: month) }
        if let shift = Self.shifts[key(index - 1)], shift != 0, let current = date {
            date = PartialDate(year: current.year + shift, month: month)
        }
        return Found(start: index, end: index + 1, date: date, relation: .at)
    }

    /// "2022", "late 2022", "the 1990s", "2022-2024" (its start)
    func readYear(at index: Int, end: Int) -> Found? {
        let token = document.tokens[index]
        guard token.shape == .number else { return nil }
        let word = text(index)
        var digits = Substring(word)
        if digits.hasSuffix("s") { digits = digits.dropLast() }
        guard digits.count == 4, let year = Int(digits), (1800...2100).contains(year) else { return nil }
        // Not "1,000"-style counts (those keep their comma) and not part of "F-16"-like names.
        if index > 0, document.tokens[index].attachedToPrevious, isPunctuation(index - 1, 0x2D) { return nil }
        var start = index
        if index > 0, Self.qualifiers.contains(key(index - 1)) { start = index - 1 }
        var last = index + 1
        // "2022-2024": keep the start year, consume the range.
        if last + 1 < end, isPunctuation(last, 0x2D), document.tokens[last + 1].shape == .number { last += 2 }
        return Found(start: start, end: last, date: PartialDate(year: year), relation: .at)
    }

    func readRelative(at index: Int, end: Int) -> Found? {
        let current = key(index)
        if let offset = Self.dayOffsets[current] {
            return Found(
                start: index, end: index + 1,
                date: published.flatMap { CalendarArithmetic.adding(days: offset, to: $0) }, relation: .at)
        }
        if let weekday = Self.weekdays[current], document.tokens[index].shape == .capitalized {
            let shift = index > 0 ? Self.shifts[key(index - 1)] : nil
            let start = shift == nil ? index : index - 1
            // "Sunday, October 2": the date that follows is the one to read.
            if index + 2 < end, isPunctuation(index + 1, 0x2C), let date = readDate(at: index + 2, end: end) {
                return Found(start: start, end: date.end, date: date.date, relation: .at)
            }
            return Found(
                start: start, end: index + 1,
                date: published.flatMap { resolve(weekday: weekday, shift: shift ?? 0, from: $0) }, relation: .at)
        }
        // "this month", "last year", "later this month", "next week"
        if let shift = Self.shifts[current], index + 1 < end, let unit = Self.units[key(index + 1)] {
            var start = index
            if index > 0, key(index - 1) == Self.key.later || key(index - 1) == Self.key.earlier { start = index - 1 }
            // "in the coming weeks", "over the past months": a span of unknown length, within the year.
            let isVague = text(index + 1).hasSuffix("s") && unit != 0
            let date = published.flatMap { isVague ? PartialDate(year: $0.year) : shifted($0, unit: unit, by: shift) }
            return Found(start: start, end: index + 2, date: date, relation: .at)
        }
        // "13 years ago", "three months ago"
        if let amount = NumberWords.value(of: index, in: document), index + 2 < end,
            let unit = Self.units[key(index + 1)],
            key(index + 2) == Self.key.ago
        {
            return Found(
                start: index, end: index + 3, date: published.flatMap { shifted($0, unit: unit, by: -Int(amount)) },
                relation: .at)
        }
        return nil
    }

    /// "that year", "that same month", "the same day": `previous` cut to the unit, when it has it.
    func readAnaphoric(at index: Int, end: Int, previous: PartialDate?) -> Found? {
        guard Self.anaphoricDeterminers.contains(key(index)), let previous else { return nil }
        var next = index + 1
        if next < end, key(next) == Self.key.same { next += 1 }
        // "the same" needs "same"; "that" alone is enough ("that year"); "those years" is no date.
        guard next < end, let unit = Self.units[key(next)], !text(next).hasSuffix("s"),
            key(index) != Self.key.the || next > index + 1
        else { return nil }
        let date: PartialDate?
        switch unit {
        case 0: date = PartialDate(year: previous.year)
        case 1: date = previous.month.map { PartialDate(year: previous.year, month: $0) }
        case 3: date = previous.day.map { PartialDate(year: previous.year, month: previous.month, day: $0) }
        default: date = nil
        }
        guard let date else { return nil }
        return Found(start: index, end: next + 1, date: date, relation: .at)
    }

    /// "minutes later", "hours later": the same day as the date named last.
    func readMomentsLater(at index: Int, end: Int, previous: PartialDate?) -> Found? {
        guard let previous, index + 1 < end, Self.moments.contains(key(index)), key(index + 1) == Self.key.later
        else { return nil }
        return Found(start: index, end: index + 2, date: previous, relation: .at)
    }

    func inPublishedYear(month: Int, day: Int) -> PartialDate? {
        guard let published, day <= PartialDate.days(inMonth: month, year: published.year) else { return nil }
        return PartialDate(year: published.year, month: month, day: day)
    }

    /// The weekday nearest the published date: on or before it unless "next" says after.
    func resolve(weekday: Int, shift: Int, from published: PartialDate) -> PartialDate? {
        guard let month = published.month, let day = published.day else { return nil }
        let today = CalendarArithmetic.dayNumber(year: published.year, month: month, day: day)
        let current = CalendarArithmetic.weekday(ofDayNumber: today)
        var difference = weekday - current
        if shift > 0 {
            if difference <= 0 { difference += 7 }
        } else if difference > 0 {
            difference -= 7
        }
        return CalendarArithmetic.date(fromDayNumber: today + difference)
    }

    /// The Monday-to-Sunday week `amount` weeks from the one holding `date`, at the finest unit that
    /// holds all of it: its month, else its year.
    func week(from date: PartialDate, by amount: Int) -> PartialDate? {
        guard let month = date.month, let day = date.day else { return nil }
        let shifted = CalendarArithmetic.dayNumber(year: date.year, month: month, day: day) + 7 * amount
        let monday = shifted - CalendarArithmetic.weekday(ofDayNumber: shifted)
        let first = CalendarArithmetic.date(fromDayNumber: monday)
        let last = CalendarArithmetic.date(fromDayNumber: monday + 6)
        guard first.year == last.year else { return nil }
        return first.month == last.month
            ? PartialDate(year: first.year, month: first.month) : PartialDate(year: first.year)
    }

    /// The published date moved by `amount` units (0 year, 1 month, 2 week, 3 day), at that unit's precision.
    func shifted(_ date: PartialDate, unit: Int, by amount: Int) -> PartialDate? {
        switch unit {
        case 0: return PartialDate(year: date.year + amount)
        case 1: return CalendarArithmetic.adding(months: amount, to: date)
        case 2: return week(from: date, by: amount)
        default: return CalendarArithmetic.adding(days: amount, to: date)
        }
    }
}
