import AttacheCore

/// The statements that read events back, and the decoding of their rows.
enum EventStatements {
    static let columns = """
        id, document_id, type, mode, source, target, date, location_name, location_country, negated, hypothetical, \
        quantity_value, quantity_unit, evidence, rule
        """

    static func select(_ query: EventQuery, dialect: SQLDialect) -> Statement {
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let actor = query.actor {
            conditions.append("id IN (SELECT event_id FROM event_actor WHERE root = ?)")
            values.append(.text(actor))
        }
        if let (first, second) = query.dyad {
            let side = "SELECT event_id FROM event_actor WHERE root = ? AND side = ?"
            conditions.append("((id IN (\(side)) AND id IN (\(side))) OR (id IN (\(side)) AND id IN (\(side))))")
            values += [first, "source", second, "target", second, "source", first, "target"].map { .text($0) }
        }
        if let type = query.type {
            conditions.append("type = ?")
            values.append(.text(type.rawValue))
        }
        // Dates are stored as YYYY[-MM[-DD]] text, which sorts in time order; "~" sorts after every
        // date that begins with the bound.
        if let since = query.since {
            conditions.append("date >= ?")
            values.append(.text(since.description))
        }
        if let until = query.until {
            conditions.append("date <= ?")
            values.append(.text(until.description + "~"))
        }
        if let location = query.location {
            conditions.append("location_country = ?")
            values.append(.text(location))
        }
        if let text = query.text {
            conditions.append(
                "(document_id, sentence) IN (SELECT document_id, number FROM sentence WHERE \(dialect.sentenceMatches))"
            )
            values.append(dialect.searchValue(text))
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let limit = query.limit.map { " LIMIT \($0)" } ?? ""
        return Statement("SELECT \(columns) FROM event\(filter) ORDER BY date IS NULL, date, id\(limit)", values)
    }

    static func select(forDocument id: String) -> Statement {
        Statement("SELECT \(columns) FROM event WHERE document_id = ? ORDER BY id", [.text(id)])
    }

    static func storedEvent(_ row: SQLRow) -> StoredEvent {
        let codes = { (value: SQLValue) in (value.text ?? "").split(separator: " ").map(String.init) }
        let event = EventRecord(
            type: row[2].text.flatMap(EventType.init(rawValue:)) ?? .consult, mode: row[3].text,
            source: codes(row[4]), target: codes(row[5]), date: row[6].text.flatMap { PartialDate(parsing: $0) },
            location: row[7].text.map { Location(name: $0, country: row[8].text) },
            negated: row[9].integer == 1, hypothetical: row[10].integer == 1,
            quantity: row[12].text.map { Quantity(value: row[11].real ?? 0, unit: $0) }, evidence: row[13].text ?? "",
            rule: row[14].text)
        return StoredEvent(id: row[0].integer ?? 0, doc: row[1].text ?? "", event: event)
    }
}
