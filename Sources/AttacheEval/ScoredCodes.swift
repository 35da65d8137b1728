/// How actor codes compare in scoring (shared/tools/score.py with `--coarse`): the root of a code,
/// upper-cased, with a few spellings taken as the codes spec/records.md lists, and every root that
/// is neither a state nor a listed organisation as `IGO`.
///
/// ```swift
/// ScoredCodes(countryCodes: ["ALB"]).root("alb-gov")  // "ALB"
/// ScoredCodes(countryCodes: ["ALB"]).root("G7")       // "IGO"
/// ```
public struct ScoredCodes: Sendable {
    public static let organisations: Set<String> = [
        "NATO", "EU", "UN", "UNSC", "OSCE", "IMF", "WB", "WTO", "OAS", "EAPC", "MFO", "CMF", "OHR", "WEF", "ISIL",
        "TALIBAN", "IGO",
    ]

    /// Roots written another way that score as a listed code (a mission as its organisation).
    public static let aliases: [String: String] = [
        "EUR": "EU", "EUROPEAN UNION": "EU", "UNO": "UN", "WBG": "WB", "IBRD": "WB", "KFOR": "NATO", "ISIS": "ISIL",
        "IS": "ISIL", "KSV": "XKX", "KOS": "XKX",
    ]

    /// The codes that name states (ISO 3166-1 alpha-3 and `XKX`); nil takes any three capital
    /// letters for one.
    public var countryCodes: Set<String>?

    public init(countryCodes: Set<String>? = nil) { self.countryCodes = countryCodes }

    /// The root an actor code is scored by: the part before the first `-` (and `:`), upper-cased,
    /// with aliases resolved and unlisted organisations as `IGO`. An empty code is an unlisted
    /// organisation too, as in score.py.
    public func root(_ code: String) -> String {
        let upper = code.trimmingPythonSpace().uppercased()
        let prefix = upper.prefix { $0 != "-" }.prefix { $0 != ":" }
        let root = Self.aliases[String(prefix)] ?? String(prefix)
        if Self.organisations.contains(root) || isCountry(root) { return root }
        return "IGO"
    }

    public func roots(_ codes: [String]) -> Set<String> { Set(codes.map(root)) }

    func isCountry(_ root: String) -> Bool {
        if let countryCodes { return countryCodes.contains(root) }
        return root.utf8.count == 3 && root.utf8.allSatisfy { (0x41...0x5A).contains($0) }
    }
}

extension Unicode.Scalar {
    /// Whitespace as Python's `str.split()` and `str.strip()` see it: Unicode white space and the
    /// four information separators.
    var isPythonSpace: Bool { properties.isWhitespace || (0x1C...0x1F).contains(value) }
}
