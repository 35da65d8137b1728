import ArgumentParser
import AttacheCore
import AttacheExport
import AttacheStore

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract:
            "Show why an event is in the store: every report merged into it, with evidence, rule and the document's title, publisher, address and date.",
        discussion: """
            Example:
              attache events --merged --actor ALB
              attache explain 12
              attache explain 12 --format jsonl
            """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "An event id, as `attache events` shows it.")
    var id: Int64

    @Option(help: "Output format: text, or one JSON line (the merged event with its reports).")
    var format: OutputFormat = .table

    func run() throws {
        let database = try store.open()
        let all = try database.events(matching: EventQuery())
        guard let merged = EventMerging.merge(all).first(where: { event in event.reports.contains { $0.id == id } })
        else {
            throw CommandFailure("no stored event has id \(id) in \(store.name) (`attache events` lists the ids)")
        }
        let provenance = try database.provenance(of: merged.reports.map(\.doc))
        defer { FileHandleOutput.flush() }
        if format == .jsonl {
            let reports = merged.reports.map { Report(report: $0, document: provenance[$0.doc]) }
            FileHandleOutput.write(
                try JSONLines.line(
                    Explanation(event: EventLine(ExportedEvent(merged, provenance: provenance)), reports: reports))
                    + "\n")
            return
        }
        let event = merged.event
        var lines = [
            "event \(merged.id): \(event.type.rawValue) \(event.source.joined(separator: ","))>\(event.target.joined(separator: ",")) \(event.date?.description ?? "undated")",
            "merged from \(merged.reports.count) report(s) in \(merged.documents.count) document(s): \(EventMerging.rule)",
        ]
        for report in merged.reports {
            let basis = report.event.dateBasis.map { " (from the \($0 == .text ? "text" : $0.rawValue))" } ?? ""
            lines.append(
                "- report \(report.id) in \(report.doc), rule \(report.event.rule ?? "-"), date \(report.event.date?.description ?? "-")\(basis)"
            )
            if let document = provenance[report.doc] {
                let about = [
                    document.title.map { "\"\($0)\"" }, document.source, document.published?.description, document.url,
                ].compactMap { $0 }
                if !about.isEmpty { lines.append("    document: " + about.joined(separator: ", ")) }
                if let version = document.engineVersion {
                    lines.append(
                        "    coded by engine \(version), knowledge \(document.knowledgeFingerprint?.prefix(12) ?? "-")")
                }
            }
            lines.append("    \"\(report.event.evidence)\"")
        }
        FileHandleOutput.write(lines.joined(separator: "\n") + "\n")
    }

    struct Report: Encodable {
        var report: StoredEvent
        var document: Provenance?

        enum Key: String, CodingKey { case id, doc, sentence, event, document }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(report.id, forKey: .id)
            try container.encode(report.doc, forKey: .doc)
            try container.encode(report.sentence, forKey: .sentence)
            try container.encode(report.event, forKey: .event)
            try container.encode(document, forKey: .document)
        }
    }

    struct Explanation: Encodable {
        var event: EventLine
        var reports: [Report]
    }
}
