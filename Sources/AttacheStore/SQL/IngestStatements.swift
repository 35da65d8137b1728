import AttacheCore
import Foundation

/// The statements that store one document: its old rows go (foreign keys cascade from the
/// document), then the document, its sentences, mentions, events and relations are inserted.
enum IngestStatements {
    /// Rows per multi-row INSERT: well under both databases' limits on bound values.
    static let rowsPerInsert = 200

    static func replacing(_ document: StoredDocument, dialect: SQLDialect) -> [Statement] {
        let record = document.record
        var statements = [
            Statement("DELETE FROM document WHERE id = ?", [.text(document.id)]),
            Statement(
                "INSERT INTO document (id, content_hash, published, title, source, url) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    .text(document.id), .text(document.contentHash), SQLValue(record.published?.description),
                    SQLValue(record.title), SQLValue(document.source), SQLValue(document.url),
                ]),
        ]
        statements += inserts(
            "sentence (document_id, number, text)",
            document.sentences.enumerated().map { [.text(document.id), SQLValue($0.offset), .text($0.element)] })
        statements += inserts(
            "mention (document_id, sentence, actor, kind, text, rule)",
            document.mentions.map {
                [
                    .text(document.id), SQLValue($0.sentence), .text($0.actor), .text($0.kind), .text($0.text),
                    .text($0.rule),
                ]
            })
        for event in record.events {
            statements += insert(event, document: document.id, sentences: document.sentences, dialect: dialect)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for relation in record.relations {
            statements += insert(relation, document: document.id, encoder: encoder, dialect: dialect)
        }
        return statements
    }

    /// The event row, then one row per actor root and side (what actor and dyad queries use).
    static func insert(_ event: EventRecord, document: String, sentences: [String], dialect: SQLDialect)
        -> [Statement]
    {
        let sentence = sentences.firstIndex { $0.contains(event.evidence) }
        let row = Statement(
            """
            INSERT INTO event (document_id, sentence, type, mode, source, target, source_roots, target_roots, date,
                location_name, location_country, negated, hypothetical, quantity_value, quantity_unit, evidence, rule)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(document), sentence.map { SQLValue($0) } ?? .null, .text(event.type.rawValue),
                SQLValue(event.mode), .text(event.source.joined(separator: " ")),
                .text(event.target.joined(separator: " ")), .text(paddedRoots(event.source)),
                .text(paddedRoots(event.target)), SQLValue(event.date?.description), SQLValue(event.location?.name),
                SQLValue(event.location?.country), SQLValue(event.negated), SQLValue(event.hypothetical),
                SQLValue(event.quantity?.value), SQLValue(event.quantity?.unit), .text(event.evidence),
                SQLValue(event.rule),
            ])
        let sides = actorRows(source: event.source, target: event.target)
        guard !sides.isEmpty else { return [row] }
        let actors = Statement(
            "INSERT INTO event_actor (event_id, date_key, root, side) SELECT \(dialect.lastID(in: "event")), ?, root,"
                + " side FROM (\(rows(["root", "side"], count: sides.count))) AS given",
            [.text(sortKey(event.date))] + sides.flatMap { [SQLValue.text($0.root), .text($0.side)] })
        return [row, actors]
    }

    /// The relation row, then one row per actor root (what actor queries walk, in date order).
    static func insert(_ relation: RelationRecord, document: String, encoder: JSONEncoder, dialect: SQLDialect)
        -> [Statement]
    {
        let columns = RelationStatements.columns(relation)
        let json = (try? encoder.encode(relation)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        let row = Statement(
            """
            INSERT INTO relation (document_id, kind, record, evidence, actor_roots, since, until)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                .text(document), .text(relation.kind.rawValue), .text(json), .text(relation.evidence),
                .text(columns.roots), SQLValue(columns.since), SQLValue(columns.until),
            ])
        var roots: [String] = []
        for root in columns.roots.split(separator: " ").map(String.init) where !roots.contains(root) {
            roots.append(root)
        }
        guard !roots.isEmpty else { return [row] }
        let actors = Statement(
            "INSERT INTO relation_actor (relation_id, since_key, root) SELECT \(dialect.lastID(in: "relation")), ?,"
                + " root FROM (\(rows(["root"], count: roots.count))) AS given",
            [.text(columns.since ?? "~")] + roots.map { .text($0) })
        return [row, actors]
    }

    /// A date as the indexes order it: undated ("~") after every date.
    static func sortKey(_ date: PartialDate?) -> String { date?.description ?? "~" }

    /// `count` rows of bound values named `names`, as a SELECT both databases read.
    static func rows(_ names: [String], count: Int) -> String {
        let first = "SELECT " + names.map { "? AS \($0)" }.joined(separator: ", ")
        let next = "SELECT " + names.map { _ in "?" }.joined(separator: ", ")
        return ([first] + Array(repeating: next, count: count - 1)).joined(separator: " UNION ALL ")
    }

    /// Each distinct root on each side once.
    static func actorRows(source: [String], target: [String]) -> [(root: String, side: String)] {
        var rows: [(root: String, side: String)] = []
        for (side, codes) in [("source", source), ("target", target)] {
            var seen: Set<String> = []
            for code in codes {
                let root = ActorCode(parsing: code)?.root ?? code
                if seen.insert(root).inserted { rows.append((root, side)) }
            }
        }
        return rows
    }

    /// " ALB USA ": roots padded with spaces, so that `LIKE '% ALB %'` finds one exactly.
    static func paddedRoots(_ codes: [String]) -> String {
        " " + codes.map { ActorCode(parsing: $0)?.root ?? $0 }.joined(separator: " ") + " "
    }

    /// Multi-row INSERTs into `table (columns)`, `rowsPerInsert` rows each.
    static func inserts(_ table: String, _ rows: [[SQLValue]]) -> [Statement] {
        stride(from: 0, to: rows.count, by: rowsPerInsert).map { start in
            let chunk = rows[start..<min(start + rowsPerInsert, rows.count)]
            let placeholders = "(" + Array(repeating: "?", count: chunk.first?.count ?? 0).joined(separator: ", ") + ")"
            return Statement(
                "INSERT INTO \(table) VALUES "
                    + Array(repeating: placeholders, count: chunk.count).joined(separator: ", "),
                chunk.flatMap { $0 })
        }
    }
}
