public import AttacheCore
public import Foundation

/// Everything Attaché knows about the world, loaded from TSV files a person can read and edit.
///
/// The built-in files ship as resources of this module; `load(overriding:)` reads a folder of
/// files with the same names, whose rows add to the built-in ones, or replace those with the same
/// key (code, id, name or phrase).
///
/// ```swift
/// let knowledge = try KnowledgeBase.load(overriding: URL(fileURLWithPath: "my-knowledge"))
/// knowledge.countries["ALB"]?.capitals  // ["Tirana", "Tiranë"]
/// ```
public struct KnowledgeBase: Sendable {
    public var countries: [String: Country] = [:]
    public var organisations: [String: Organisation] = [:]
    public var memberships: [Membership] = []
    public var officials: [Official] = []
    public var titles: [Title] = []
    public var agents: [AgentNoun] = []
    public var coreference: [CoreferencePhrase] = []
    public var places: [Place] = []
    /// Other files of the folder (trigger patterns, modality cues), by file name, for the
    /// components that read them.
    public var extraFiles: [String: TSVFile] = [:]
    /// A hash of every file read, names and contents, in order: records carry it, so a store can
    /// tell which records came from other knowledge.
    public private(set) var fingerprint = ContentHash.of("")

    public init() {}

    static let fileNames = [
        "countries", "organisations", "memberships", "officials", "titles", "agents", "coreference", "places",
    ]

    /// The built-in knowledge, overridden by the files in `folder` when given.
    public static func load(overriding folder: URL? = nil) throws(KnowledgeError) -> KnowledgeBase {
        var knowledge = KnowledgeBase()
        guard let builtIn = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw KnowledgeError(file: "AttacheKnowledge", "the built-in knowledge files are missing from the bundle")
        }
        try knowledge.add(folder: builtIn, required: true)
        if let folder { try knowledge.add(folder: folder, required: false) }
        return knowledge
    }

    /// The built-in knowledge, loaded once.
    public static let builtIn: KnowledgeBase = {
        do { return try load() } catch { fatalError("built-in knowledge is broken: \(error)") }
    }()

    mutating func add(folder: URL, required: Bool) throws(KnowledgeError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw KnowledgeError(file: folder.path, "not a folder of knowledge files") }
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in present.sorted() where name.hasSuffix(".tsv") {
            let url = folder.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: url.path),
                let text = String(data: data, encoding: .utf8)
            else { throw KnowledgeError(file: url.path, "cannot read (or not UTF-8)") }
            try add(file: String(name.dropLast(4)), text: text, path: url.path)
        }
        if required {
            for name in Self.fileNames where !present.contains(name + ".tsv") {
                throw KnowledgeError(file: folder.appendingPathComponent(name + ".tsv").path, "missing")
            }
        }
    }

    /// Adds the rows of one file, by its name without extension.
    public mutating func add(file name: String, text: String, path: String) throws(KnowledgeError) {
        fingerprint = ContentHash.of(fingerprint + name + "\n" + text)
        switch name {
        case "countries":
            for row in try TSVFile(name: path, text: text, minimumColumns: 2).rows {
                countries[row.field(0)] = Country(
                    code: row.field(0), name: row.field(1), aliases: row.list(2), demonyms: row.list(3),
                    capitals: row.list(4), domains: row.list(5))
            }
        case "organisations":
            for row in try TSVFile(name: path, text: text, minimumColumns: 4).rows {
                organisations[row.field(0)] = Organisation(
                    id: row.field(0), code: row.field(1), parent: row.field(2).isEmpty ? nil : row.field(2),
                    name: row.field(3), aliases: row.list(4))
            }
        case "memberships":
            for row in try TSVFile(name: path, text: text, minimumColumns: 3).rows {
                memberships.append(
                    Membership(
                        country: row.field(0), organisation: row.field(1), status: row.field(2),
                        since: PartialDate(parsing: row.field(3)), until: PartialDate(parsing: row.field(4))))
            }
        case "officials":
            for row in try TSVFile(name: path, text: text, minimumColumns: 6).rows {
                let actor = ActorCode(row.field(2), sector: row.field(3).isEmpty ? nil : row.field(3))
                let term = OfficeTerm(
                    person: row.field(0), actor: actor, role: row.field(4), start: PartialDate(parsing: row.field(5)),
                    end: PartialDate(parsing: row.field(6)))
                officials.append(Official(name: row.field(0), aliases: row.list(1), term: term))
            }
        case "titles":
            for row in try TSVFile(name: path, text: text, minimumColumns: 2).rows {
                titles.append(Title(variants: row.list(0), sector: row.field(1), role: row.field(2)))
            }
        case "agents":
            for row in try TSVFile(name: path, text: text, minimumColumns: 2).rows {
                agents.append(AgentNoun(phrase: row.field(0), sector: row.field(1)))
            }
        case "coreference":
            for row in try TSVFile(name: path, text: text, minimumColumns: 2).rows {
                coreference.append(CoreferencePhrase(variants: row.list(0), target: row.field(1)))
            }
        case "places":
            for row in try TSVFile(name: path, text: text, minimumColumns: 3).rows {
                places.append(
                    Place(names: row.list(0), country: row.field(1).isEmpty ? nil : row.field(1), kind: row.field(2)))
            }
        default:
            // Pattern files add to each other: a user's events.tsv extends the built-in one.
            let file = try TSVFile(name: path, text: text, minimumColumns: 1)
            if var existing = extraFiles[name] {
                existing.rows += file.rows
                extraFiles[name] = existing
            } else {
                extraFiles[name] = file
            }
        }
    }
}
