import AttacheCore
import Foundation

/// The statements that read relations back: each row keeps the record as JSON, plus the columns
/// queries filter on.
enum RelationStatements {
    /// The actor roots a relation involves, padded for `LIKE '% ALB %'`, and its validity dates.
    static func columns(_ relation: RelationRecord) -> (roots: String, since: String?, until: String?) {
        let codes =
            [relation.subject, relation.object, relation.donor, relation.recipient].compactMap { $0 }
            + (relation.parties ?? [])
        return (
            IngestStatements.paddedRoots(codes), (relation.since ?? relation.signed)?.description,
            relation.until?.description
        )
    }

    static func select(_ query: RelationQuery) -> Statement {
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let actor = query.actor {
            conditions.append("actor_roots LIKE ?")
            values.append(.text("% \(actor) %"))
        }
        if let kind = query.kind {
            conditions.append("kind = ?")
            values.append(.text(kind.rawValue))
        }
        // In force on the date: begun by then (or of unknown start) and not ended before it.
        if let date = query.asOf {
            conditions.append("(since IS NULL OR since <= ?) AND (until IS NULL OR until >= ?)")
            values += [.text(date.description + "~"), .text(date.description)]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let limit = query.limit.map { " LIMIT \($0)" } ?? ""
        return Statement(
            "SELECT id, document_id, record FROM relation\(filter) ORDER BY since IS NULL, since, id\(limit)", values)
    }

    static func select(forDocument id: String) -> Statement {
        Statement("SELECT id, document_id, record FROM relation WHERE document_id = ? ORDER BY id", [.text(id)])
    }

    static func storedRelation(_ row: SQLRow, _ decoder: JSONDecoder) throws -> StoredRelation {
        StoredRelation(
            id: row[0].integer ?? 0, doc: row[1].text ?? "",
            relation: try decoder.decode(RelationRecord.self, from: Data((row[2].text ?? "").utf8)))
    }
}
