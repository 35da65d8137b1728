public import AttacheCore
import Foundation
import GRDB

/// The embedded store: one SQLite file (WAL mode) through GRDB, or memory for tests.
public final class SQLiteStore: SQLStore, Sendable {
    private let writer: any DatabaseWriter
    private let path: String

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    public init(path: String) throws(FileProblem) {
        self.path = path
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            // In WAL mode, NORMAL keeps the file consistent through any crash; a power cut may
            // lose the last commits, which the next ingest of the same files simply redoes.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            writer = try DatabasePool(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(writer)
        } catch {
            throw FileProblem(file: path, Self.explain(error))
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

    public func perform(_ statements: [Statement]) throws {
        try write { db in
            // Ingest repeats the same statements document after document: prepare each once.
            for statement in statements {
                try db.cachedStatement(sql: statement.sql).execute(arguments: Self.arguments(statement))
            }
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
