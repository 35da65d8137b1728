import AttacheCore
public import AttacheStore

/// Actors, relations and events as one GraphML graph for networkx, Gephi or yEd.
///
/// Nodes are actor roots with their `name` and `kind` (state or organisation). Each relation is
/// one edge from its first party to its second (a treaty of several parties: one edge from the
/// first to each other), each event one edge from its first source to its first target; edge
/// `kind` is the relation kind or `event`, and `symmetric` marks agreements and diplomatic ties,
/// which hold both ways (networkx refuses a per-edge `directed`). Dates are ISO strings, since
/// GraphML has no date type. Attributes a record lacks are left out, not written empty.
///
/// ```swift
/// let xml = GraphMLDocument(names: names).xml(relations: relations, events: events)
/// ```
public struct GraphMLDocument: Sendable {
    public var names: ActorNames

    public init(names: ActorNames) { self.names = names }

    /// The edge attributes: name, GraphML type.
    static let edgeKeys: [(String, String)] = [
        ("record_id", "long"), ("kind", "string"), ("type", "string"), ("mode", "string"), ("status", "string"),
        ("name", "string"), ("category", "string"), ("mission", "string"), ("sector", "string"),
        ("quantity", "double"), ("quantity_unit", "string"), ("date", "string"), ("signed", "string"),
        ("since", "string"), ("until", "string"), ("observed", "string"), ("date_basis", "string"),
        ("symmetric", "boolean"), ("negated", "boolean"), ("hypothetical", "boolean"), ("evidence", "string"),
        ("doc", "string"), ("url", "string"),
    ]

    public func xml(relations: [StoredRelation], events: [ExportedEvent]) -> String {
        var edges: [Edge] = []
        for stored in relations {
            let relation = stored.relation
            let parties = RelationParties(relation).all
            guard let first = parties.first else { continue }
            for (index, other) in parties.dropFirst().enumerated() {
                edges.append(
                    Edge(
                        id: index == 0 ? "r\(stored.id)" : "r\(stored.id)-\(index + 1)", source: first, target: other,
                        data: relationData(stored)))
            }
        }
        for exported in events {
            let event = exported.event
            guard let source = event.source.first.map(root), let target = event.target.first.map(root) else {
                continue
            }
            edges.append(Edge(id: "e\(exported.id)", source: source, target: target, data: eventData(exported)))
        }
        var nodes: [String] = []
        var seen: Set<String> = []
        for edge in edges {
            for node in [edge.source, edge.target] where seen.insert(node).inserted { nodes.append(node) }
        }

        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="n_name" for="node" attr.name="name" attr.type="string"/>
              <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>

            """
        for (name, type) in Self.edgeKeys {
            xml += "  <key id=\"e_\(name)\" for=\"edge\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
        }
        xml += "  <graph id=\"attache\" edgedefault=\"directed\">\n"
        for node in nodes {
            xml += "    <node id=\"\(escape(node))\">"
            xml += "<data key=\"n_name\">\(escape(names.name(node)))</data>"
            xml += "<data key=\"n_kind\">\(names.kind(node).rawValue)</data></node>\n"
        }
        for edge in edges {
            xml += "    <edge id=\"\(edge.id)\" source=\"\(escape(edge.source))\" target=\"\(escape(edge.target))\">"
            for (name, _) in Self.edgeKeys {
                guard let value = edge.data[name] else { continue }
                xml += "<data key=\"e_\(name)\">\(escape(value))</data>"
            }
            xml += "</edge>\n"
        }
        return xml + "  </graph>\n</graphml>\n"
    }

    struct Edge {
        var id: String
        var source: String
        var target: String
        var data: [String: String]
    }

    func relationData(_ stored: StoredRelation) -> [String: String] {
        let relation = stored.relation
        var data: [String: String?] = [
            "record_id": String(stored.id), "kind": relation.kind.rawValue, "status": relation.status,
            "name": relation.name, "category": relation.category, "mission": relation.mission,
            "sector": relation.sector, "signed": relation.signed?.description, "since": relation.since?.description,
            "until": relation.until?.description, "observed": relation.observed?.description,
            "date_basis": relation.dateBasis.rawValue, "symmetric": String(RelationParties.isSymmetric(relation.kind)),
            "evidence": relation.evidence, "doc": stored.doc,
        ]
        if let quantity = relation.quantity {
            data["quantity"] = String(quantity.value)
            data["quantity_unit"] = quantity.unit
        }
        return data.compactMapValues { $0 }
    }

    func eventData(_ exported: ExportedEvent) -> [String: String] {
        let event = exported.event
        var data: [String: String?] = [
            "record_id": String(exported.id), "kind": "event", "type": event.type.rawValue, "mode": event.mode,
            "date": event.date?.description, "date_basis": event.dateBasis?.rawValue, "symmetric": "false",
            "negated": String(event.negated), "hypothetical": String(event.hypothetical), "evidence": event.evidence,
            "doc": exported.documents.joined(separator: ";"), "url": exported.firstProvenance?.url,
        ]
        if let quantity = event.quantity {
            data["quantity"] = String(quantity.value)
            data["quantity_unit"] = quantity.unit
        }
        return data.compactMapValues { $0 }
    }

    func root(_ code: String) -> String { ActorCode(parsing: code)?.root ?? code }

    func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            // XML 1.0 allows no other control characters, not even escaped.
            case _ where character.asciiValue.map({ $0 < 0x20 && $0 != 0x09 && $0 != 0x0A }) == true: continue
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
