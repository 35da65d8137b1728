import ArgumentParser
import AttacheCore
import AttachePostgres
import AttacheStore
import Foundation

/// Where the store is: shared by every command that reads or writes it.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The SQLite store (default: attache.db; only commands that store records create it).", valueName: "file"))
    var db: String?

    @Option(
        help: ArgumentHelp(
            "A PostgreSQL store instead of SQLite (default: $ATTACHE_DATABASE_URL when set).",
            valueName: "postgres://user@host:port/database"))
    var postgres: String?

    var postgresURL: String? {
        if let postgres { return postgres }
        // An explicit --db wins over the environment.
        guard db == nil else { return nil }
        return ProcessInfo.processInfo.environment["ATTACHE_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    var path: String { db ?? "attache.db" }

    func validate() throws {
        if db != nil && postgres != nil { throw ValidationError("give --db or --postgres, not both") }
    }

    /// How messages name the store.
    var name: String {
        postgresURL.map(PostgresStore.displayName) ?? path
    }

    /// The store for queries: opened read-only, never waiting on a writer, and never migrated
    /// unless its schema is behind.
    func open() throws -> any Store { try open(forQueries: true) }

    /// The store for a command that writes (`ingest`, `reprocess`): created if missing, migrated.
    func openForWriting() throws -> any Store { try open(forQueries: false) }

    private func open(forQueries: Bool) throws -> any Store {
        do {
            if let url = postgresURL { return try PostgresStore(url: url, forQueries: forQueries) }
            return try SQLiteStore(path: path, forQueries: forQueries)
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
