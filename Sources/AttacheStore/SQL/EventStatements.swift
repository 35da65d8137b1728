import AttacheCore

/// The statements that read events back, and the decoding of their rows.
enum EventStatements {
    static let columnNames = [
        "id", "document_id", "type", "mode", "source", "target", "date", "location_name", "location_country",
        "negated", "hypothetical", "quantity_value", "quantity_unit", "evidence", "rule", "date_basis", "sentence",
    ]
    static let columns = columnNames.joined(separator: ", ")

    static let selected = columnNames.map { "e." + $0 }.joined(separator: ", ")

    /// Events matching the query, oldest first, undated last. With a dyad or an actor, the query
    /// walks a date-ordered index (`event_dyad`, `event_actor`) and stops at the limit, instead of
    /// sorting every event of a frequent actor.
    static func select(_ query: EventQuery, dialect: SQLDialect) -> Statement {
        let filters = filters(query, dialect: dialect)
        let limit = query.limit.map { " LIMIT \($0)" } ?? ""
        if let dyad = query.dyad { return select(dyad: dyad, filters, limit) }
        if let actor = query.actor { return select(actor: actor, filters, limit) }
        let filter = filters.conditions.isEmpty ? "" : " WHERE " + filters.conditions.joined(separator: " AND ")
        return Statement(
            "SELECT \(selected) FROM event e\(filter) ORDER BY e.date IS NULL, e.date, e.id\(limit)", filters.values)
    }

    typealias Filters = (conditions: [String], values: [SQLValue])

    /// Each direction walks the `event_dyad` index in date order; their union is sorted again.
    static func select(dyad: (String, String), _ filters: Filters, _ limit: String) -> Statement {
        func direction(_ source: String, _ target: String) -> Statement {
            let conditions = (["d.source_root = ? AND d.target_root = ?"] + filters.conditions)
                .joined(separator: " AND ")
            return Statement(
                "SELECT \(selected), d.date_key AS date_key FROM event_dyad d JOIN event e ON e.id = d.event_id"
                    + " WHERE \(conditions) ORDER BY d.date_key, d.event_id\(limit)",
                [.text(source), .text(target)] + filters.values)
        }
        let forward = direction(dyad.0, dyad.1)
        let backward = direction(dyad.1, dyad.0)
        return Statement(
            "SELECT \(columns) FROM (SELECT * FROM (\(forward.sql)) AS forward UNION"
                + " SELECT * FROM (\(backward.sql)) AS backward) AS matches ORDER BY date_key, id\(limit)",
            forward.values + backward.values)
    }

    /// The actor's `event_actor` rows in date order; an actor on both sides of one event is
    /// walked once, on its source row.
    static func select(actor: String, _ filters: Filters, _ limit: String) -> Statement {
        let conditions =
            [
                """
                a.root = ? AND NOT (a.side = 'target' AND EXISTS (SELECT 1 FROM event_actor s \
                WHERE s.event_id = a.event_id AND s.root = a.root AND s.side = 'source'))
                """
            ] + filters.conditions
        return Statement(
            "SELECT \(selected) FROM event_actor a JOIN event e ON e.id = a.event_id"
                + " WHERE \(conditions.joined(separator: " AND ")) ORDER BY a.date_key, a.event_id\(limit)",
            [.text(actor)] + filters.values)
    }

    /// The query's conditions on the event row (`e.`), apart from the actors that drive the walk.
    static func filters(_ query: EventQuery, dialect: SQLDialect) -> Filters {
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let actor = query.actor, query.dyad != nil {
            conditions.append("e.id IN (SELECT event_id FROM event_actor WHERE root = ?)")
            values.append(.text(actor))
        }
        if let type = query.type {
            conditions.append("e.type = ?")
            values.append(.text(type.rawValue))
        }
        // Dates are stored as YYYY[-MM[-DD]] text, which sorts in time order; "~" sorts after every
        // date that begins with the bound.
        if let since = query.since {
            conditions.append("e.date >= ?")
            values.append(.text(since.description))
        }
        if let until = query.until {
            conditions.append("e.date <= ?")
            values.append(.text(until.description + "~"))
        }
        if let location = query.location {
            conditions.append("e.location_country = ?")
            values.append(.text(location))
        }
        if let text = query.text {
            conditions.append(
                "(e.document_id, e.sentence) IN (SELECT document_id, number FROM sentence WHERE \(dialect.sentenceMatches))"
            )
            values.append(dialect.searchValue(text))
        }
        return (conditions, values)
    }

    static func select(forDocument id: String) -> Statement {
        Statement("SELECT \(columns) FROM event WHERE document_id = ? ORDER BY id", [.text(id)])
    }

    static func storedEvent(_ row: SQLRow) -> StoredEvent {
        let codes = { (value: SQLValue) in (value.text ?? "").split(separator: " ").map(String.init) }
        var event = EventRecord(
            type: row[2].text.flatMap(EventType.init(rawValue:)) ?? .consult, mode: row[3].text,
            source: codes(row[4]), target: codes(row[5]), date: row[6].text.flatMap { PartialDate(parsing: $0) },
            location: row[7].text.map { Location(name: $0, country: row[8].text) },
            negated: row[9].integer == 1, hypothetical: row[10].integer == 1,
            quantity: row[12].text.map { Quantity(value: row[11].real ?? 0, unit: $0) }, evidence: row[13].text ?? "",
            rule: row[14].text)
        event.id = row[0].integer
        event.dateBasis = row[15].text.flatMap(DateBasis.init(rawValue:))
        return StoredEvent(
            id: row[0].integer ?? 0, doc: row[1].text ?? "", sentence: row[16].integer.map { Int($0) }, event: event)
    }
}
