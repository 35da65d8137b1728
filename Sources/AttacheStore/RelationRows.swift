import AttacheCore
import Foundation
import GRDB

/// Relations as rows of the `relation` table: the record as JSON, plus the columns queries use.
enum RelationRows {
    /// The actor roots a relation involves, padded for `LIKE '% ALB %'`, and its validity dates.
    static func columns(_ relation: RelationRecord) -> (roots: String, since: String?, until: String?) {
        let codes =
            [relation.subject, relation.object, relation.donor, relation.recipient].compactMap { $0 }
            + (relation.parties ?? [])
        return (EventRows.roots(codes), (relation.since ?? relation.signed)?.description, relation.until?.description)
    }

    static func insert(_ relation: RelationRecord, document: String, into db: Database, encoder: JSONEncoder) throws {
        let columns = columns(relation)
        try db.execute(
            sql: """
                INSERT INTO relation (document_id, kind, record, evidence, actor_roots, since, until)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                document, relation.kind.rawValue, String(decoding: try encoder.encode(relation), as: UTF8.self),
                relation.evidence, columns.roots, columns.since, columns.until,
            ])
    }

    static func fetch(_ query: RelationQuery, from db: Database) throws -> [StoredRelation] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let actor = query.actor {
            conditions.append("actor_roots LIKE ?")
            arguments.append("% \(actor) %")
        }
        if let kind = query.kind {
            conditions.append("kind = ?")
            arguments.append(kind.rawValue)
        }
        // In force on the date: begun by then (or of unknown start) and not ended before it.
        if let date = query.asOf {
            conditions.append("(since IS NULL OR since <= ?) AND (until IS NULL OR until >= ?)")
            arguments += [date.description + "~", date.description]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let decoder = JSONDecoder()
        return try Row.fetchAll(
            db,
            sql:
                "SELECT id, document_id, record FROM relation \(filter) ORDER BY since IS NULL, since, id\(query.limit.map { " LIMIT \($0)" } ?? "")",
            arguments: StatementArguments(arguments)
        ).map { row in
            StoredRelation(
                id: row["id"], doc: row["document_id"],
                relation: try decoder.decode(RelationRecord.self, from: Data((row["record"] as String).utf8)))
        }
    }
}
