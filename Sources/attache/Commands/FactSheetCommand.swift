import ArgumentParser
import AttacheCore
import AttacheExport
import AttacheKnowledge
import AttacheStore

struct FactSheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factsheet",
        abstract: "A fact sheet on one actor's foreign relations, or on a pair, every line cited to its sources.",
        discussion: """
            Sections: diplomatic relations, memberships and candidacies, agreements, security
            cooperation and deployments, assistance, recent events. Each line is generated from
            stored records, says each fact once at its latest status, and is followed by the
            documents that state it (title, publisher and date, linked to their address). The HTML
            is one self-contained, printable page.

            Examples:
              attache factsheet USA ALB
              attache factsheet ALB --format html > albania.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html }

    @OptionGroup var store: StoreOptions

    @Argument(help: "The actor root the sheet is about.")
    var actor: String

    @Argument(help: "A second actor root: the sheet covers the pair.")
    var partner: String?

    @Option(help: "Output format.")
    var format: Format = .md

    func validate() throws {
        if partner?.uppercased() == actor.uppercased() { throw ValidationError("give two different actors") }
    }

    func run() throws {
        let names = ActorNames(knowledge: .builtIn)
        let sheet = try FactSheet(
            store: try store.open(), actor: actor.uppercased(), partner: partner?.uppercased(), names: names)
        // A code the knowledge base does not know, with nothing stored about it, is a mistake.
        let codes = [actor.uppercased()] + (partner.map { [$0.uppercased()] } ?? [])
        if let unknown = codes.first(where: { names.all[$0] == nil }), sheet.sections.allSatisfy(\.lines.isEmpty) {
            throw CommandFailure(
                "unknown actor code '\(unknown)': no country or organisation has it, and nothing stored names it")
        }
        FileHandleOutput.write(format == .md ? sheet.markdown() : sheet.html())
        FileHandleOutput.flush()
    }
}
