import AttacheCore
import GRDB

/// Events as rows of the `event` table: written on ingest, read back by queries.
enum EventRows {
    /// " ALB USA ": roots padded with spaces, so that `LIKE '% ALB %'` finds one exactly.
    static func roots(_ codes: [String]) -> String {
        " " + codes.map { ActorCode(parsing: $0)?.root ?? $0 }.joined(separator: " ") + " "
    }

    static func insert(_ event: EventRecord, document: String, into db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO event (document_id, type, mode, source, target, source_roots, target_roots, date,
                    location_name, location_country, negated, hypothetical, quantity_value, quantity_unit, evidence, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                document, event.type.rawValue, event.mode, event.source.joined(separator: " "),
                event.target.joined(separator: " "), roots(event.source), roots(event.target), event.date?.description,
                event.location?.name, event.location?.country, event.negated, event.hypothetical, event.quantity?.value,
                event.quantity?.unit, event.evidence, event.rule,
            ])
        try insertActors(
            event: db.lastInsertedRowID, sourceRoots: roots(event.source), targetRoots: roots(event.target), into: db)
    }

    static func insertActors(event id: Int64, sourceRoots: String, targetRoots: String, into db: Database) throws {
        for (side, roots) in [("source", sourceRoots), ("target", targetRoots)] {
            for root in Set(roots.split(separator: " ")) {
                try db.execute(
                    sql: "INSERT INTO event_actor (event_id, root, side) VALUES (?, ?, ?)",
                    arguments: [id, String(root), side])
            }
        }
    }

    static func fetch(_ query: EventQuery, from db: Database) throws -> [StoredEvent] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let actor = query.actor {
            conditions.append("id IN (SELECT event_id FROM event_actor WHERE root = ?)")
            arguments.append(actor)
        }
        if let (first, second) = query.dyad {
            let side = "SELECT event_id FROM event_actor WHERE root = ? AND side = ?"
            conditions.append(
                "((id IN (\(side)) AND id IN (\(side))) OR (id IN (\(side)) AND id IN (\(side))))")
            arguments += [first, "source", second, "target", second, "source", first, "target"]
        }
        if let type = query.type {
            conditions.append("type = ?")
            arguments.append(type.rawValue)
        }
        // Dates are stored as YYYY[-MM[-DD]] text, which sorts in time order.
        if let since = query.since {
            conditions.append("date >= ?")
            arguments.append(since.description)
        }
        if let until = query.until {
            conditions.append("date <= ?")
            arguments.append(until.description + "~")
        }
        if let text = query.text {
            for word in text.split(separator: " ") {
                conditions.append("evidence LIKE ?")
                arguments.append("%\(word)%")
            }
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try Row.fetchAll(
            db,
            sql:
                "SELECT * FROM event \(filter) ORDER BY date IS NULL, date, id\(query.limit.map { " LIMIT \($0)" } ?? "")",
            arguments: StatementArguments(arguments))
        return rows.map { StoredEvent(id: $0["id"], doc: $0["document_id"], event: event(from: $0)) }
    }

    static func fetch(forDocument id: String, from db: Database) throws -> [EventRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM event WHERE document_id = ? ORDER BY id", arguments: [id]).map(event)
    }

    static func event(from row: Row) -> EventRecord {
        let codes = { (text: String) in text.split(separator: " ").map(String.init) }
        let locationName: String? = row["location_name"]
        let quantityUnit: String? = row["quantity_unit"]
        return EventRecord(
            type: EventType(rawValue: row["type"]) ?? .consult, mode: row["mode"], source: codes(row["source"]),
            target: codes(row["target"]), date: (row["date"] as String?).flatMap { PartialDate(parsing: $0) },
            location: locationName.map { Location(name: $0, country: row["location_country"]) },
            negated: row["negated"],
            hypothetical: row["hypothetical"],
            quantity: quantityUnit.map { Quantity(value: row["quantity_value"], unit: $0) }, evidence: row["evidence"],
            rule: row["rule"])
    }
}
