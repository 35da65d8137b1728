import AttacheCore
import Foundation

/// The statements that read relations back: each row keeps the record as JSON, plus the columns
/// queries filter on.
enum RelationStatements {
    /// The actor roots a relation involves, padded for `LIKE '% ALB %'`, and its validity dates.
    static func columns(_ relation: RelationRecord) -> (
        roots: String, since: String?, until: String?, knownFrom: String?
    ) {
        let codes =
            [relation.subject, relation.object, relation.donor, relation.recipient].compactMap { $0 }
            + (relation.parties ?? [])
        return (
            IngestStatements.paddedRoots(codes), relation.start?.description, relation.until?.description,
            relation.knownFrom?.description
        )
    }

    /// Relations matching the query, oldest first, undated last. With an actor, the query walks
    /// the `relation_actor` index in date order and stops at the limit.
    static func select(_ query: RelationQuery) -> Statement {
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let kind = query.kind {
            conditions.append("r.kind = ?")
            values.append(.text(kind.rawValue))
        }
        // In force on the date: known to hold by then (its stated start, else the date of the
        // document that states it; or of unknown start) and not ended before it.
        if let date = query.asOf {
            conditions.append(
                "(COALESCE(r.since, r.observed) IS NULL OR COALESCE(r.since, r.observed) <= ?)"
                    + " AND (r.until IS NULL OR r.until >= ?)")
            values += [.text(date.description + "~"), .text(date.description)]
        }
        let limit = query.limit.map { " LIMIT \($0)" } ?? ""
        if let actor = query.actor {
            let filters = conditions.map { " AND " + $0 }.joined()
            func walk(_ range: String, _ rangeValues: [SQLValue]) -> Statement {
                Statement(
                    "SELECT r.id, r.document_id, r.record, r.observed, a.since_key AS since_key FROM relation_actor a"
                        + " JOIN relation r ON r.id = a.relation_id WHERE a.root = ?\(range)\(filters)"
                        + " ORDER BY a.since_key, a.relation_id\(limit)",
                    [.text(actor)] + rangeValues + values)
            }
            guard let date = query.asOf else {
                let all = walk("", [])
                return Statement("SELECT id, document_id, record, observed FROM (\(all.sql)) AS walked", all.values)
            }
            // In force on a date: begun by then, or undated. Two bounded walks of the index, so
            // that the undated rows at its end are not reached through every later start.
            let begun = walk(" AND a.since_key <= ?", [.text(date.description + "~")])
            let undated = walk(" AND a.since_key = '~'", [])
            return Statement(
                "SELECT id, document_id, record, observed FROM (SELECT * FROM (\(begun.sql)) AS begun UNION ALL"
                    + " SELECT * FROM (\(undated.sql)) AS undated) AS walked ORDER BY since_key, id\(limit)",
                begun.values + undated.values)
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return Statement(
            "SELECT r.id, r.document_id, r.record, r.observed FROM relation r\(filter)"
                + " ORDER BY COALESCE(r.since, r.observed) IS NULL, COALESCE(r.since, r.observed), r.id\(limit)",
            values)
    }

    static func select(forDocument id: String) -> Statement {
        Statement(
            "SELECT id, document_id, record, observed FROM relation WHERE document_id = ? ORDER BY id", [.text(id)])
    }

    static func storedRelation(_ row: SQLRow, _ decoder: JSONDecoder) throws -> StoredRelation {
        var relation = try decoder.decode(RelationRecord.self, from: Data((row[2].text ?? "").utf8))
        relation.id = row[0].integer
        relation.observed = row[3].text.flatMap { PartialDate(parsing: $0) }
        return StoredRelation(id: row[0].integer ?? 0, doc: row[1].text ?? "", relation: relation)
    }
}
