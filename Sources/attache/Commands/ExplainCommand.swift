import ArgumentParser
import AttacheCore
import AttacheStore

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show why an event is in the store: every report merged into it, with evidence, document and rule.",
        discussion: """
            Example:
              attache events --merged --actor ALB
              attache explain 12
            """
    )

    @OptionGroup var store: StoreOptions

    @Argument(help: "An event id, as `attache events` shows it.")
    var id: Int64

    func run() throws {
        let all = try store.open().events(matching: EventQuery())
        guard let merged = EventMerging.merge(all).first(where: { event in event.reports.contains { $0.id == id } })
        else {
            throw CommandFailure("no stored event has id \(id) in \(store.name) (attache events lists the ids)")
        }
        let event = merged.event
        var lines = [
            "event \(merged.id): \(event.type.rawValue) \(event.source.joined(separator: ","))>\(event.target.joined(separator: ",")) \(event.date?.description ?? "undated")",
            "merged from \(merged.reports.count) report(s) in \(merged.documents.count) document(s): \(EventMerging.rule)",
        ]
        for report in merged.reports {
            lines.append(
                "- report \(report.id) in \(report.doc), rule \(report.event.rule ?? "-"), date \(report.event.date?.description ?? "-")"
            )
            lines.append("    \"\(report.event.evidence)\"")
        }
        FileHandleOutput.write(lines.joined(separator: "\n") + "\n")
        FileHandleOutput.flush()
    }
}
