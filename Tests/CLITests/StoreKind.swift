import AttachePostgres
import Foundation
import Testing

/// The stores the command-line tests run against: a SQLite file, and a PostgreSQL database when
/// `scripts/test` has started a server (ATTACHE_TEST_POSTGRES_URL; required when
/// ATTACHE_REQUIRE_POSTGRES is set).
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let serverURL = ProcessInfo.processInfo.environment["ATTACHE_TEST_POSTGRES_URL"]

    static var available: [StoreKind] {
        serverURL != nil || ProcessInfo.processInfo.environment["ATTACHE_REQUIRE_POSTGRES"] != nil
            ? allCases : [.sqlite]
    }

    /// The options that point a command at a new, empty store.
    func newStore(in folder: URL) throws -> [String] {
        let name = "attache_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        switch self {
        case .sqlite: return ["--db", folder.appendingPathComponent("\(name).db").path]
        case .postgres:
            guard let server = Self.serverURL else {
                throw CocoaError(.featureUnsupported, userInfo: [NSLocalizedDescriptionKey: "no PostgreSQL server"])
            }
            return ["--postgres", try PostgresStore.createDatabase(named: name, onServerOf: server)]
        }
    }
}
