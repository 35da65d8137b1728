import AttachePostgres
import AttacheStore
import Foundation
import Testing

/// The databases every store behaviour is tested on. PostgreSQL joins when `scripts/test` has
/// started a server and named it in ATTACHE_TEST_POSTGRES_URL; with ATTACHE_REQUIRE_POSTGRES
/// set, a missing server fails the run instead of leaving PostgreSQL untested.
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static let serverURL = ProcessInfo.processInfo.environment["ATTACHE_TEST_POSTGRES_URL"]
    static let requirePostgres = ProcessInfo.processInfo.environment["ATTACHE_REQUIRE_POSTGRES"] != nil

    static var available: [Backend] { serverURL != nil || requirePostgres ? allCases : [.sqlite] }

    /// A new, empty store: in memory for SQLite, a database of its own for PostgreSQL.
    func makeStore() throws -> any Store {
        switch self {
        case .sqlite: return try SQLiteStore()
        case .postgres:
            guard let url = Self.serverURL else { throw BackendMissing() }
            let name = "attache_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            return try PostgresStore(url: PostgresStore.createDatabase(named: name, onServerOf: url))
        }
    }
}

struct BackendMissing: Error, CustomStringConvertible {
    var description: String {
        "ATTACHE_REQUIRE_POSTGRES is set but ATTACHE_TEST_POSTGRES_URL is not: run the tests with scripts/test"
    }
}
