import ArgumentParser
import AttacheCore
import AttachePostgres
import AttacheStore
import Foundation

/// Where the store is: shared by every command that reads or writes it.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The SQLite store (created if missing; default: attache.db).", valueName: "file"))
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

    func open() throws -> any Store {
        if let url = postgresURL {
            do { return try PostgresStore(url: url) } catch { throw CommandFailure("\(error)") }
        }
        do { return try SQLiteStore(path: path) } catch { throw CommandFailure("\(error)") }
    }
}
