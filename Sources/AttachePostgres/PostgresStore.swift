public import AttacheCore
public import AttacheStore
import Foundation
import PostgresNIO

/// The shared store: a PostgreSQL database through PostgresNIO, running the same statements as
/// the SQLite store.
///
/// ```swift
/// let store = try PostgresStore(url: "postgres://attache@127.0.0.1:5432/attache")
/// ```
///
/// The `Store` protocol is synchronous, so the store waits on PostgresNIO's futures, which run on
/// NIO's own threads (never on Swift's cooperative pool, which a waiting caller could starve).
/// One connection serves the store, one operation at a time.
public final class PostgresStore: SQLStore, @unchecked Sendable {
    public let dialect = SQLDialect.postgres
    /// The URL it was opened with.
    public let url: String
    /// The URL without its password: how errors name the database.
    public let name: String
    private let configuration: PostgresConnection.Configuration
    private let logger: Logger
    /// Guards `connection` and keeps each operation's statements together on it.
    private let lock = NSLock()
    private var connection: PostgresConnection?

    /// Connects to the database at `url` (`postgres://user[:password]@host[:port]/database`) and
    /// brings its schema up to date; for queries (`forQueries`), only when it is behind this
    /// version's. Refuses a database written by a newer version, and fails, naming the server, if
    /// it cannot connect within `connectTimeout` seconds.
    public init(url: String, forQueries: Bool = false, connectTimeout: Int64 = 10) throws(FileProblem) {
        guard let parts = URLComponents(string: url), ["postgres", "postgresql"].contains(parts.scheme ?? ""),
            let host = parts.host, !host.isEmpty
        else {
            throw FileProblem(file: url, "not a PostgreSQL URL (expected postgres://user@host:port/database)")
        }
        if let port = parts.port, !(1...65_535).contains(port) {
            throw FileProblem(file: Self.displayName(of: url), "port \(port) is out of range (1 to 65535)")
        }
        let database = String(parts.path.drop { $0 == "/" })
        let user = parts.user ?? "postgres"
        self.url = url
        name = Self.displayName(of: url)
        var configuration = PostgresConnection.Configuration(
            host: host, port: parts.port ?? 5432, username: user, password: parts.password,
            database: database.isEmpty ? nil : database, tls: .disable)
        configuration.options.connectTimeout = .seconds(connectTimeout)
        self.configuration = configuration
        var logger = Logger(label: "attache.postgres")
        logger.logLevel = .critical
        self.logger = logger
        if forQueries, try schemaIsCurrent() { return }
        try migrate()
    }

    deinit { try? connection?.close().wait() }

    /// The URL as messages show it: without its password.
    public static func displayName(of url: String) -> String {
        guard let parts = URLComponents(string: url), let host = parts.host else { return url }
        let database = String(parts.path.drop { $0 == "/" })
        return "postgres://\(parts.user ?? "postgres")@\(host):\(parts.port ?? 5432)/\(database)"
    }

    /// Creates an empty database named `name` on the server of `serverURL` and returns its URL: a
    /// store of its own for a test or a benchmark run.
    public static func createDatabase(named name: String, onServerOf serverURL: String) throws -> String {
        guard var parts = URLComponents(string: serverURL),
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })
        else {
            throw FileProblem(file: serverURL, "cannot create a database named '\(name)' there")
        }
        _ = try PostgresStore(url: serverURL).fetch(Statement("CREATE DATABASE \(name)"))
        parts.path = "/" + name
        return parts.string ?? serverURL
    }

    public func fetch(_ statement: Statement) throws -> [SQLRow] {
        try withConnection { connection in
            try connection.query(Self.query(statement), logger: logger).wait().map { row in
                try row.map(Self.value)
            }
        }
    }

    public func replace(document id: String, version: String, with statements: [Statement]) throws -> String? {
        try withConnection { connection in
            let send = { (query: PostgresQuery) in connection.query(query, logger: self.logger) }
            do {
                // A lock on the document's id holds off other writers of it until COMMIT; the hash
                // read after it sees what they committed.
                let opening = [send("BEGIN"), send("SELECT pg_advisory_xact_lock(7274633, hashtext(\(id)))")]
                let stored = send(
                    Self.query(
                        Statement("SELECT \(SQLDialect.documentVersion) FROM document WHERE id = ?", [.text(id)])))
                try wait(opening)
                let before = try stored.wait().first.map { try $0.decode(String.self) }
                let changes = before == version ? [] : statements.map(Self.query)
                try wait(changes.map(send) + [send("COMMIT")])
                return before
            } catch {
                _ = try? send("ROLLBACK").wait()
                throw error
            }
        }
    }

    /// Waits for answers sent together (one round trip, not one per statement). If one fails, the
    /// server rejects the rest and turns the COMMIT into a rollback; the first error is thrown.
    func wait(_ answers: [EventLoopFuture<PostgresQueryResult>]) throws {
        var firstError: (any Error)?
        for answer in answers {
            do { _ = try answer.wait() } catch { firstError = firstError ?? error }
        }
        if let firstError { throw firstError }
    }

    /// Runs `work` on the open connection (opening it first, or again after it closed), turning
    /// every failure into a problem that names the database.
    func withConnection<T>(_ work: (PostgresConnection) throws -> T) throws(FileProblem) -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            if connection?.isClosed ?? true {
                connection = try PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1,
                    logger: logger
                ).wait()
            }
            return try work(connection!)
        } catch {
            throw FileProblem(file: name, Self.explain(error))
        }
    }

    /// Applies the migrations this database lacks, holding a lock so that two processes opening
    /// a new database do not both create it.
    func migrate() throws(FileProblem) {
        try withConnection { connection in
            let run = { (query: PostgresQuery) in try connection.query(query, logger: self.logger).wait() }
            _ = try run("BEGIN")
            do {
                _ = try run(PostgresQuery(unsafeSQL: PostgresSchema.lock))
                _ = try run(PostgresQuery(unsafeSQL: PostgresSchema.bookkeeping))
                let applied = Set(try run("SELECT version FROM attache_schema").map { try $0.decode(Int.self) })
                if let newer = Self.newerMessage(applied: applied) { throw SchemaProblem(message: newer) }
                for migration in PostgresSchema.migrations where !applied.contains(migration.version) {
                    for statement in migration.statements { _ = try run(PostgresQuery(unsafeSQL: statement)) }
                    _ = try run(
                        "INSERT INTO attache_schema (version, name) VALUES (\(migration.version), \(migration.name))")
                }
                _ = try run("COMMIT")
            } catch {
                _ = try? run("ROLLBACK")
                throw error
            }
        }
    }

    /// Whether every migration this version knows is applied (and no other), read without a lock
    /// or a write.
    func schemaIsCurrent() throws(FileProblem) -> Bool {
        let applied = try withConnection { connection in
            let exists =
                try connection.query("SELECT to_regclass('attache_schema') IS NOT NULL", logger: logger)
                .wait().first?.decode(Bool.self) ?? false
            guard exists else { return Set<Int>() }
            return Set(
                try connection.query("SELECT version FROM attache_schema", logger: logger).wait().map {
                    try $0.decode(Int.self)
                })
        }
        if let newer = Self.newerMessage(applied: applied) { throw FileProblem(file: name, newer) }
        return applied == Set(PostgresSchema.migrations.map(\.version))
    }

    /// Why a database written by a newer version is refused, naming both schema versions.
    static func newerMessage(applied: Set<Int>) -> String? {
        let known = PostgresSchema.migrations.map(\.version).max() ?? 0
        guard let newest = applied.max(), newest > known else { return nil }
        return "written by a newer Attaché (its schema is at version \(newest); this version knows up to "
            + "\(known)): use a newer attache, so that nothing it stored is lost"
    }

    struct SchemaProblem: Error { var message: String }

    static func query(_ statement: Statement) -> PostgresQuery {
        var binds = PostgresBindings(capacity: statement.values.count)
        for value in statement.values {
            switch value {
            case .null: binds.appendNull()
            case .integer(let number): binds.append(number)
            case .real(let number): binds.append(number)
            case .text(let text): binds.append(text)
            }
        }
        return PostgresQuery(unsafeSQL: statement.numberedSQL, binds: binds)
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return .integer(try cell.decode(Int64.self))
        case .float4, .float8, .numeric: return .real(try cell.decode(Double.self))
        case .bool: return SQLValue(try cell.decode(Bool.self))
        default: return .text(try cell.decode(String.self))
        }
    }

    static func explain(_ error: any Error) -> String {
        if let problem = error as? SchemaProblem { return problem.message }
        guard let error = error as? PSQLError else {
            if let error = error as? ChannelError, case .connectTimeout = error { return "cannot connect: timed out" }
            return "cannot connect: \(error)"
        }
        if let message = error.serverInfo?[.message] { return message }
        if error.code == .authMechanismRequiresPassword {
            return "the server asks for a password: give it in the URL (postgres://user:password@host:port/database)"
        }
        if let underlying = error.underlying { return "cannot connect: \(underlying)" }
        return "\(error.code)"
    }
}
