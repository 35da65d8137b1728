/// A value bound to a statement or read from a row, the same for every database.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)

    public init(_ text: String?) { self = text.map { .text($0) } ?? .null }
    public init(_ number: Int) { self = .integer(Int64(number)) }
    public init(_ flag: Bool) { self = .integer(flag ? 1 : 0) }
    public init(_ number: Double?) { self = number.map { .real($0) } ?? .null }

    public var text: String? {
        switch self {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .null: return nil
        }
    }

    public var integer: Int64? {
        switch self {
        case .integer(let number): return number
        case .real(let number): return Int64(number)
        case .text(let text): return Int64(text)
        case .null: return nil
        }
    }

    public var real: Double? {
        switch self {
        case .real(let number): return number
        case .integer(let number): return Double(number)
        case .text(let text): return Double(text)
        case .null: return nil
        }
    }
}

/// One SQL statement with `?` placeholders and the values they take, in order. Statements are
/// written once, in the SQL both SQLite and PostgreSQL read; a backend only runs them (PostgreSQL
/// numbers the placeholders). No statement holds a literal question mark.
public struct Statement: Sendable {
    public var sql: String
    public var values: [SQLValue]

    public init(_ sql: String, _ values: [SQLValue] = []) {
        self.sql = sql
        self.values = values
    }

    /// The SQL with PostgreSQL's numbered placeholders (`$1`, `$2`, ...).
    public var numberedSQL: String {
        var result = ""
        var number = 0
        for character in sql {
            if character == "?" {
                number += 1
                result += "$\(number)"
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// A row as the shared statements read it: values in the order of the selected columns.
public typealias SQLRow = [SQLValue]

/// Where the SQL of the two databases differs.
public enum SQLDialect: Sendable {
    case sqlite, postgres

    /// Fills `event_dyad` from `event_actor` (a migration's backfill, the same in both databases).
    public static let eventDyadsFromActors = """
        INSERT INTO event_dyad (event_id, source_root, target_root, date_key)
        SELECT s.event_id, s.root, t.root, s.date_key FROM event_actor s
        JOIN event_actor t ON t.event_id = s.event_id AND t.side = 'target' WHERE s.side = 'source'
        """

    /// A stored document's version (`document` table): its content hash and the engine stamp of
    /// its records, as `IngestStatements.version(of:)` writes it.
    public static let documentVersion =
        "content_hash || '|' || COALESCE(engine_version, '') || '|' || COALESCE(knowledge_fingerprint, '')"

    /// A condition on table `sentence` that holds for sentences containing every word of the
    /// bound search text.
    var sentenceMatches: String {
        switch self {
        case .sqlite: return "sentence.id IN (SELECT rowid FROM sentence_search WHERE sentence_search MATCH ?)"
        case .postgres: return "to_tsvector('simple', sentence.text) @@ plainto_tsquery('simple', ?)"
        }
    }

    /// `document.ingested_at` as GDELT writes DATEADDED: YYYYMMDDHHMMSS, UTC.
    var documentAdded: String {
        switch self {
        case .sqlite: return "strftime('%Y%m%d%H%M%S', ingested_at)"
        case .postgres: return "to_char(ingested_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISS')"
        }
    }

    /// The bound value for `sentenceMatches`: each word a quoted term, so that no word is read as
    /// an FTS5 operator.
    func searchValue(_ words: String) -> SQLValue {
        switch self {
        case .sqlite:
            let terms = words.split(whereSeparator: { $0.isWhitespace }).map {
                "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return .text(terms.joined(separator: " "))
        case .postgres: return .text(words)
        }
    }
}
