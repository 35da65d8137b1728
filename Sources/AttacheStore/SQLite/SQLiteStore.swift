public import AttacheCore
import Foundation
import GRDB

/// The embedded store: one SQLite file (WAL mode) through GRDB, or memory for tests.
public final class SQLiteStore: SQLStore, Sendable {
    private let writer: any DatabaseWriter
    private let path: String

    /// Opens (creating if needed) the store at `path` for writing and brings its schema up to
    /// date; refuses a store written by a newer version.
    public convenience init(path: String) throws(FileProblem) {
        try self.init(path: path, forQueries: false)
    }

    /// Opens the existing store at `path`. For queries (`forQueries`) it is opened read-only: a
    /// query works on a read-only file or folder and never waits on a writer (WAL readers), and
    /// only a store whose schema is behind this version's is first brought up to date.
    public init(path: String, forQueries: Bool) throws(FileProblem) {
        self.path = path
        do {
            if forQueries {
                guard FileManager.default.fileExists(atPath: path) else { throw StoreOpening.noStore }
                let reader = try Self.openReadOnly(path)
                let state = try reader.read(SQLiteSchema.state)
                if case .newer(let unknown) = state { throw StoreOpening.newer(unknown) }
                if state == .current {
                    writer = reader
                    return
                }
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            // In WAL mode, NORMAL keeps the file consistent through any crash; a power cut may
            // lose the last commits, which the next ingest of the same files simply redoes.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            let pool = try DatabasePool(path: path, configuration: configuration)
            if case .newer(let unknown) = try pool.read(SQLiteSchema.state) { throw StoreOpening.newer(unknown) }
            try SQLiteSchema.migrator.migrate(pool)
            writer = pool
        } catch {
            throw FileProblem(file: path, Self.explain(error))
        }
    }

    enum StoreOpening: Error {
        case noStore
        case newer(String)
    }

    /// A read-only pool. In a read-only folder without the WAL's side files (the last writer
    /// removed them as it closed), or with a side file it may not write, SQLite cannot share the
    /// database; nothing can be writing it then, so it is opened as immutable.
    static func openReadOnly(_ path: String) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return pool
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
            let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            return try DatabasePool(path: "file:\(escaped)?immutable=1", configuration: configuration)
        }
    }

    /// A store in memory, gone when released.
    public init() throws(FileProblem) {
        path = ":memory:"
        do {
            writer = try DatabaseQueue()
            try SQLiteSchema.migrator.migrate(writer)
        } catch {
            throw FileProblem(file: path, Self.explain(error))
        }
    }

    static func explain(_ error: any Error) -> String {
        switch error as? StoreOpening {
        case .noStore: return "no store here yet (attache ingest creates one)"
        case .newer(let unknown): return SQLiteSchema.newerMessage(unknown: unknown)
        case nil: break
        }
        guard let error = error as? DatabaseError else { return "\(error)" }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return "not an Attaché database, or a corrupt one (\(error.message ?? ""))"
        case .SQLITE_BUSY, .SQLITE_LOCKED: return "the database is locked by another process; try again when it is done"
        case .SQLITE_CANTOPEN: return "cannot open the database file (check the folder exists and is writable)"
        default: return error.message ?? "\(error)"
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(FileProblem) -> T {
        do { return try writer.write(body) } catch { throw FileProblem(file: path, Self.explain(error)) }
    }

    func read<T>(_ body: (Database) throws -> T) throws(FileProblem) -> T {
        do { return try writer.read(body) } catch { throw FileProblem(file: path, Self.explain(error)) }
    }

    public var dialect: SQLDialect { .sqlite }

    public func fetch(_ statement: Statement) throws -> [SQLRow] {
        try read { db in
            try Row.fetchAll(db, sql: statement.sql, arguments: Self.arguments(statement)).map { row in
                row.databaseValues.map(Self.value)
            }
        }
    }

    public func replace(document id: String, version: String, with statements: [Statement]) throws -> String? {
        // A write transaction here is IMMEDIATE: it holds off other writers from its first read.
        try write { db in
            let stored = try String.fetchOne(
                db, sql: "SELECT \(SQLDialect.documentVersion) FROM document WHERE id = ?", arguments: [id])
            guard stored != version else { return stored }
            // Ingest repeats the same statements document after document: prepare each once.
            for statement in statements {
                try db.cachedStatement(sql: statement.sql).execute(arguments: Self.arguments(statement))
            }
            return stored
        }
    }

    static func arguments(_ statement: Statement) -> StatementArguments {
        StatementArguments(
            statement.values.map { value -> DatabaseValue in
                switch value {
                case .null: return .null
                case .integer(let number): return number.databaseValue
                case .real(let number): return number.databaseValue
                case .text(let text): return text.databaseValue
                }
            })
    }

    static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: return .null
        case .int64(let number): return .integer(number)
        case .double(let number): return .real(number)
        case .string(let text): return .text(text)
        case .blob(let data): return .text(String(decoding: data, as: UTF8.self))
        }
    }
}
