import AttacheCore
import Foundation

/// The statements that store one document: its old rows go (foreign keys cascade from the
/// document), then the document, its sentences, mentions, events and relations are inserted.
enum IngestStatements {
    /// Rows per multi-row INSERT: well under both databases' limits on bound values.
    static let rowsPerInsert = 200

    /// A document's version as `SQLDialect.documentVersion` reads it back: its content hash and
    /// the engine stamp of its records. A document stored at another version is replaced.
    static func version(of document: StoredDocument) -> String {
        "\(document.contentHash)|\(document.stamp?.version ?? "")|\(document.stamp?.knowledge ?? "")"
    }

    static func replacing(_ document: StoredDocument, dialect: SQLDialect) -> [Statement] {
        let record = document.record
        var statements = [
            Statement("DELETE FROM document WHERE id = ?", [.text(document.id)]),
            Statement(
                "INSERT INTO document (id, content_hash, published, title, source, url, text, engine_version,"
                    + " knowledge_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    .text(document.id), .text(document.contentHash), SQLValue(record.published?.description),
                    SQLValue(record.title), SQLValue(document.source ?? record.source),
                    SQLValue(document.url ?? record.url), SQLValue(document.text), SQLValue(document.stamp?.version),
                    SQLValue(document.stamp?.knowledge),
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
        let events = record.events.map { eventValues($0, document: document.id, sentences: document.sentences) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let relations = record.relations.map { relationValues($0, document: document.id, encoder: encoder) }
        switch dialect {
        case .sqlite: statements += sqliteRows(record, events: events, relations: relations)
        case .postgres: statements += postgresRows(events: events, relations: relations)
        }
        return statements
    }

    /// Events and relations a row at a time: each record's actor rows take the id SQLite has just
    /// given it (one writer at a time, so the newest id is ours).
    static func sqliteRows(_ record: DocumentRecord, events: [[SQLValue]], relations: [[SQLValue]]) -> [Statement] {
        var statements: [Statement] = []
        for (event, values) in zip(record.events, events) {
            statements.append(
                Statement("INSERT INTO event (\(eventColumns)) VALUES \(placeholders(values))", values))
            let sides = actorRows(source: event.source, target: event.target)
            guard !sides.isEmpty else { continue }
            statements.append(
                Statement(
                    "INSERT INTO event_actor (event_id, date_key, root, side) SELECT (SELECT MAX(id) FROM event), ?,"
                        + " root, side FROM (\(rows(["root", "side"], count: sides.count))) AS given",
                    [.text(sortKey(event.date))] + sides.flatMap { [SQLValue.text($0.root), .text($0.side)] }))
            let sources = sides.filter { $0.side == "source" }.map(\.root)
            let dyads = sides.filter { $0.side == "target" }.flatMap { target in sources.map { ($0, target.root) } }
            guard !dyads.isEmpty else { continue }
            statements.append(
                Statement(
                    "INSERT INTO event_dyad (event_id, date_key, source_root, target_root) SELECT (SELECT MAX(id)"
                        + " FROM event), ?, source_root, target_root FROM"
                        + " (\(rows(["source_root", "target_root"], count: dyads.count))) AS given",
                    [.text(sortKey(event.date))] + dyads.flatMap { [SQLValue.text($0.0), .text($0.1)] }))
        }
        for (relation, values) in zip(record.relations, relations) {
            statements.append(
                Statement("INSERT INTO relation (\(relationColumns)) VALUES \(placeholders(values))", values))
            let columns = RelationStatements.columns(relation)
            var roots: [String] = []
            for root in columns.roots.split(separator: " ").map(String.init) where !roots.contains(root) {
                roots.append(root)
            }
            guard !roots.isEmpty else { continue }
            statements.append(
                Statement(
                    "INSERT INTO relation_actor (relation_id, since_key, root) SELECT (SELECT MAX(id) FROM relation),"
                        + " ?, root FROM (\(rows(["root"], count: roots.count))) AS given",
                    [.text(columns.knownFrom ?? "~")] + roots.map { .text($0) }))
        }
        return statements
    }

    /// Events and relations a table at a time: PostgreSQL derives the actor rows from the rows the
    /// insert returns, so a document takes a few round trips instead of one per record.
    static func postgresRows(events: [[SQLValue]], relations: [[SQLValue]]) -> [Statement] {
        var statements: [Statement] = []
        for chunk in chunked(events) {
            statements.append(
                Statement(
                    """
                    WITH inserted AS (INSERT INTO event (\(eventColumns)) VALUES \(chunk.map(placeholders).joined(separator: ", "))
                        RETURNING id, date, source_roots, target_roots),
                    dyads AS (INSERT INTO event_dyad (event_id, date_key, source_root, target_root)
                        SELECT DISTINCT id, COALESCE(date, '~'), source_root, target_root FROM inserted,
                            unnest(string_to_array(trim(source_roots), ' ')) AS source_root,
                            unnest(string_to_array(trim(target_roots), ' ')) AS target_root
                        WHERE source_root <> '' AND target_root <> '')
                    INSERT INTO event_actor (event_id, date_key, root, side)
                    SELECT DISTINCT id, COALESCE(date, '~'), root, side FROM (
                        SELECT id, date, unnest(string_to_array(trim(source_roots), ' ')) AS root, 'source' AS side FROM inserted
                        UNION ALL
                        SELECT id, date, unnest(string_to_array(trim(target_roots), ' ')), 'target' FROM inserted
                    ) AS actors WHERE root <> ''
                    """, chunk.flatMap { $0 }))
        }
        for chunk in chunked(relations) {
            statements.append(
                Statement(
                    """
                    WITH inserted AS (INSERT INTO relation (\(relationColumns)) VALUES \(chunk.map(placeholders).joined(separator: ", "))
                        RETURNING id, since, observed, actor_roots)
                    INSERT INTO relation_actor (relation_id, root, since_key)
                    SELECT DISTINCT id, root, COALESCE(since, observed, '~')
                    FROM inserted, unnest(string_to_array(trim(actor_roots), ' ')) AS root WHERE root <> ''
                    """, chunk.flatMap { $0 }))
        }
        return statements
    }

    static let eventColumns = """
        document_id, sentence, type, mode, source, target, source_roots, target_roots, date, location_name, \
        location_country, negated, hypothetical, quantity_value, quantity_unit, evidence, rule, date_basis
        """

    static func eventValues(_ event: EventRecord, document: String, sentences: [String]) -> [SQLValue] {
        let sentence = sentences.firstIndex { contains($0, event.evidence) }
        return [
            .text(document), sentence.map { SQLValue($0) } ?? .null, .text(event.type.rawValue), SQLValue(event.mode),
            .text(event.source.joined(separator: " ")), .text(event.target.joined(separator: " ")),
            .text(paddedRoots(event.source)), .text(paddedRoots(event.target)), SQLValue(event.date?.description),
            SQLValue(event.location?.name), SQLValue(event.location?.country), SQLValue(event.negated),
            SQLValue(event.hypothetical), SQLValue(event.quantity?.value), SQLValue(event.quantity?.unit),
            .text(event.evidence), SQLValue(event.rule), SQLValue(event.dateBasis?.rawValue),
        ]
    }

    static let relationColumns = "document_id, kind, record, evidence, actor_roots, since, until, observed"

    static func relationValues(_ relation: RelationRecord, document: String, encoder: JSONEncoder) -> [SQLValue] {
        let columns = RelationStatements.columns(relation)
        let json = (try? encoder.encode(relation)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return [
            .text(document), .text(relation.kind.rawValue), .text(json), .text(relation.evidence), .text(columns.roots),
            SQLValue(columns.since), SQLValue(columns.until), SQLValue(relation.observed?.description),
        ]
    }

    /// "(?, ?, ...)" for one row of values.
    static func placeholders(_ values: [SQLValue]) -> String {
        "(" + Array(repeating: "?", count: values.count).joined(separator: ", ") + ")"
    }

    static func chunked(_ rows: [[SQLValue]]) -> [ArraySlice<[SQLValue]>] {
        stride(from: 0, to: rows.count, by: rowsPerInsert).map { rows[$0..<min($0 + rowsPerInsert, rows.count)] }
    }

    /// Whether `text` holds `part`, compared as UTF-8 bytes: the generic substring searches cost
    /// more than all the rest of an ingest.
    static func contains(_ text: String, _ part: String) -> Bool {
        var text = text
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    var offset = 1
                    while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                return false
            }
        }
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
        chunked(rows).map { chunk in
            Statement(
                "INSERT INTO \(table) VALUES " + chunk.map(placeholders).joined(separator: ", "), chunk.flatMap { $0 })
        }
    }
}
