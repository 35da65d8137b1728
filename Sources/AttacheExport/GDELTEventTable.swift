import AttacheCore
import Foundation

/// Events as GDELT 2.0's event table writes them, for the tools built on it: the columns Attaché
/// can fill, under GDELT's names and in its formats, then Attaché's own columns. One row per event;
/// Actor1 and Actor2 are its first source and first target, the full lists are in `sources` and
/// `targets`.
///
/// Formats: SQLDATE is YYYYMMDD (a date known to the month or year has day or month 01; `date`
/// keeps the precision), FractionDate YYYY.FFFF with FFFF = (month * 30 + day) / 365 as GDELT
/// computes it, the CAMEO codes text with their leading zero, DATEADDED YYYYMMDDHHMMSS (UTC).
/// ActionGeo_CountryCode is ISO 3166-1 alpha-3, as every Attaché record, not GDELT's FIPS 10-4.
///
/// ```swift
/// let csv = GDELTEventTable(names: names, scale: scale).csv(events)
/// ```
public struct GDELTEventTable: Sendable {
    public static let gdeltColumns = [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
        "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
        "NumSources", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED",
        "SOURCEURL",
    ]
    public static let attacheColumns = [
        "date", "date_basis", "plover_type", "plover_mode", "negated", "hypothetical", "quantity", "evidence", "rule",
        "sources", "targets", "documents", "title", "publisher", "published",
    ]

    public var names: ActorNames
    public var scale: EventScale
    /// Place kinds by name (`places.tsv`), for ActionGeo_Type.
    public var placeKinds: [String: String]

    public init(names: ActorNames, scale: EventScale, placeKinds: [String: String] = [:]) {
        self.names = names
        self.scale = scale
        self.placeKinds = placeKinds
    }

    public func csv(_ events: [ExportedEvent]) -> String {
        var table = CSVTable(header: Self.gdeltColumns + Self.attacheColumns)
        for exported in events { table.append(row(exported)) }
        return table.rendered()
    }

    func row(_ exported: ExportedEvent) -> [String?] {
        let event = exported.event
        let root = scale.cameoRoot(event.type)
        let first = exported.firstProvenance
        return [String(exported.id)] + dateCells(event.date) + actorCells(event.source.first)
            + actorCells(event.target.first) + [
                exported.reports.first?.sentence == 0 ? "1" : "0",
                root.map { $0 + "0" }, root.map { $0 + "0" }, root,
                scale.quadClass(event.type).map(String.init), scale.intensity(event.type).map { String($0) },
                String(exported.reports.count), String(exported.publishers.count), String(exported.documents.count),
                event.location.map(geoType), event.location.map(fullName), event.location?.country,
                first?.added, first?.url ?? exported.reports.first?.doc,
            ]
            + [
                event.date?.description, (event.dateBasis ?? (event.date == nil ? DateBasis.none : nil))?.rawValue,
                event.type.rawValue, event.mode, String(event.negated), String(event.hypothetical),
                event.quantity.map { "\(Self.number($0.value)) \($0.unit)" }, event.evidence, event.rule,
                event.source.joined(separator: ";"), event.target.joined(separator: ";"),
                exported.documents.joined(separator: ";"), first?.title, first?.source, first?.published?.description,
            ]
    }

    /// SQLDATE, MonthYear, Year and FractionDate.
    func dateCells(_ date: PartialDate?) -> [String?] {
        guard let date else { return [nil, nil, nil, nil] }
        let year = String(format: "%04d", date.year)
        let month = String(format: "%02d", date.month ?? 1)
        let day = String(format: "%02d", date.day ?? 1)
        let fraction = Double(date.year) + Double((date.month ?? 1) * 30 + (date.day ?? 1)) / 365
        return [year + month + day, year + month, year, String(format: "%.4f", fraction)]
    }

    /// Code, Name, CountryCode and Type1Code of an actor: the code is CAMEO-style, root then
    /// sector ("ALBGOV"); the country code is the root of a state only; police is CAMEO's COP.
    func actorCells(_ code: String?) -> [String?] {
        guard let code, let actor = ActorCode(parsing: code) else { return [nil, nil, nil, nil] }
        let type = actor.sector.map { $0 == "POL" ? "COP" : $0 }
        return [
            actor.root + (type ?? ""), names.name(actor.root).uppercased(),
            names.kind(actor.root) == .state ? actor.root : nil, type,
        ]
    }

    /// GDELT's geographic resolution: 1 a country, 2 a US state, 3 a US city or place, 4 a place
    /// elsewhere, 5 a region (first-order division) elsewhere.
    func geoType(_ location: Location) -> String {
        guard let country = location.country else { return "4" }
        if names.name(country) == location.name { return "1" }
        let isRegion = placeKinds[location.name] == "region"
        if country == "USA" { return isRegion ? "2" : "3" }
        return isRegion ? "5" : "4"
    }

    /// "Place, Country", as GDELT writes full names.
    func fullName(_ location: Location) -> String {
        guard let country = location.country, names.name(country) != location.name else { return location.name }
        return "\(location.name), \(names.name(country))"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
