/// English month names and their abbreviations, as they appear in datelines and bylines.
public enum MonthName {
    /// The month number (1...12) of a lowercase ASCII month name or abbreviation
    /// ("january", "jan", "sept"), or nil.
    public static func number(ofLowercased word: some Collection<UInt8>) -> Int? {
        guard word.count >= 3 else { return nil }
        let prefix = Array(word.prefix(3))
        guard let index = abbreviations.firstIndex(of: prefix) else { return nil }
        let full = fullNames[index].utf8
        // Accept the three-letter form, "sept", or the full name; nothing in between.
        if word.count == 3 || word.elementsEqual(full) { return index + 1 }
        if index == 8 && word.elementsEqual("sept".utf8) { return 9 }
        return nil
    }

    static let fullNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ]
    static let abbreviations = fullNames.map { Array($0.utf8.prefix(3)) }
}
