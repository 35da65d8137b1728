import ArgumentParser
import AttacheCore
import AttacheStore

/// Where the store is: shared by every command that reads or writes it.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The SQLite store (created if missing).", valueName: "file"))
    var db: String = "attache.db"

    func open() throws -> SQLiteStore {
        do { return try SQLiteStore(path: db) } catch { throw ValidationError("--db \(error)") }
    }
}
