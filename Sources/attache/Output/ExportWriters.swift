import AttacheCore
import AttacheKnowledge
import Foundation

/// The formats `attache export` writes besides the spec's JSON Lines.
enum ExportWriters {
    /// GDELT-style CSV: one row per event, actors split into code, country and sector, the PLOVER
    /// type with its nearest CAMEO root and a Goldstein-like intensity (`plover-cameo.tsv`).
    static func csv(_ records: [DocumentRecord], knowledge: KnowledgeBase) -> String {
        var scale: [String: (root: String, intensity: String)] = [:]
        for row in knowledge.extraFiles["plover-cameo"]?.rows ?? [] {
            scale[row.field(0)] = (row.field(1), row.field(2))
        }
        var lines = [
            [
                "date", "actor1_code", "actor1_country", "actor1_sector", "actor2_code", "actor2_country",
                "actor2_sector", "event_type", "event_mode", "cameo_root", "intensity", "negated", "hypothetical",
                "location", "location_country", "mentions", "source_documents", "evidence",
            ].joined(separator: ",")
        ]
        for record in records {
            for event in record.events {
                let first = event.source.first.flatMap { ActorCode(parsing: $0) }
                let second = event.target.first.flatMap { ActorCode(parsing: $0) }
                let cells: [String?] = [
                    event.date?.description, event.source.joined(separator: ";"), first?.root, first?.sector,
                    event.target.joined(separator: ";"), second?.root, second?.sector, event.type.rawValue, event.mode,
                    scale[event.type.rawValue]?.root, scale[event.type.rawValue]?.intensity, "\(event.negated)",
                    "\(event.hypothetical)", event.location?.name, event.location?.country, "1", record.doc,
                    event.evidence,
                ]
                lines.append(cells.map { quote($0 ?? "") }.joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting, only where needed.
    static func quote(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// PLOVER-style JSON records, one per line, for tools built around POLECAT.
    static func plover(_ records: [DocumentRecord]) throws -> String {
        var lines: [String] = []
        for record in records {
            for (index, event) in record.events.enumerated() {
                let object: [String: Any] = [
                    "id": "\(record.doc)#\(index + 1)", "date": event.date?.description ?? NSNull(),
                    "event": event.type.rawValue, "mode": event.mode ?? "", "context": "",
                    "actor": event.source.joined(separator: ";"), "recipient": event.target.joined(separator: ";"),
                    "event_text": event.evidence, "story_date": record.published?.description ?? NSNull(),
                    "negated": event.negated, "hypothetical": event.hypothetical,
                    "location": event.location?.name ?? NSNull(), "country": event.location?.country ?? NSNull(),
                ]
                let data = try JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
                lines.append(String(decoding: data, as: UTF8.self))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// GraphML: actors as nodes (by root), relations as edges labelled with their kind and status,
    /// for Gephi or networkx.
    static func graphML(_ records: [DocumentRecord]) -> String {
        var nodes: [String] = []
        var edges: [(String, String, RelationRecord, String)] = []
        func node(_ code: String) -> String {
            let root = ActorCode(parsing: code)?.root ?? code
            if !nodes.contains(root) { nodes.append(root) }
            return root
        }
        for record in records {
            for relation in record.relations {
                let pairs: [(String, String)]
                switch relation.kind {
                case .membership, .deployment:
                    pairs = [(relation.subject, relation.object ?? relation.location)].compactMap { pair in
                        pair.0.flatMap { first in pair.1.map { (first, $0) } }
                    }
                case .aid: pairs = relation.donor.flatMap { d in relation.recipient.map { [(d, $0)] } } ?? []
                case .agreement, .diplomatic:
                    let parties = relation.parties ?? []
                    pairs = parties.indices.dropFirst().map { (parties[0], parties[$0]) }
                }
                for (from, to) in pairs { edges.append((node(from), node(to), relation, record.doc)) }
            }
        }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="kind" for="edge" attr.name="kind" attr.type="string"/>
              <key id="status" for="edge" attr.name="status" attr.type="string"/>
              <key id="since" for="edge" attr.name="since" attr.type="string"/>
              <key id="doc" for="edge" attr.name="doc" attr.type="string"/>
              <graph id="relations" edgedefault="directed">

            """
        for name in nodes { xml += "    <node id=\"\(escape(name))\"/>\n" }
        for (index, (from, to, relation, doc)) in edges.enumerated() {
            let status = relation.status ?? relation.sector ?? relation.mission ?? relation.category ?? ""
            xml += "    <edge id=\"e\(index)\" source=\"\(escape(from))\" target=\"\(escape(to))\">"
            xml += "<data key=\"kind\">\(relation.kind.rawValue)</data><data key=\"status\">\(escape(status))</data>"
            xml += "<data key=\"since\">\((relation.since ?? relation.signed)?.description ?? "")</data>"
            xml += "<data key=\"doc\">\(escape(doc))</data></edge>\n"
        }
        return xml + "  </graph>\n</graphml>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
