import ArgumentParser
import AttacheCore
import AttacheExport
import AttacheExtraction

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List each document's actor mentions, resolved to actor codes, with their evidence and rule.",
        discussion: """
            Every mention of a state, organisation, person or group is resolved to the actor code of
            spec/records.md (ROOT or ROOT-SECTOR) for the document's published date. The rule column
            says why: title+name, office-holder, state+agent, capital-metonym, coreference, pronoun...

            Examples:
              attache actors Examples/corpus/003_5278bba505018955.txt
              attache actors Examples/corpus --format jsonl
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var knowledge: KnowledgeOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .table

    @Flag(help: "List the raw knowledge-base matches with all their readings instead of resolved actors.")
    var matches = false

    /// A raw knowledge-base match (`--matches`): every reading of the phrase.
    struct MatchRow: Encodable {
        var doc: String
        var sentence: Int
        var evidence: String
        var readings: [String]
    }

    struct Row: Encodable {
        var doc: String
        var sentence: Int
        var actor: String
        var kind: String
        var rule: String
        var evidence: String
        var name: String?
    }

    func run() throws {
        let pipeline = try knowledge.pipeline().pipeline
        defer { FileHandleOutput.flush() }
        var table = TextTable(header: ["doc", "sentence", "actor", "kind", "rule", "evidence"])
        try input.forEachAnnotated(by: pipeline) { annotated in
            let document = annotated.document
            if matches {
                for mention in annotated.mentions {
                    let row = MatchRow(
                        doc: document.id, sentence: mention.sentence + 1, evidence: annotated.string(mention.span),
                        readings: mention.candidates.map { "\($0)" })
                    switch format {
                    case .jsonl: FileHandleOutput.write(try JSONLines.line(row) + "\n")
                    case .table:
                        table.rows.append([
                            row.doc, "\(row.sentence)", "", "", row.readings.joined(separator: "; "), row.evidence,
                        ])
                    }
                }
                return
            }
            for mention in annotated.actors {
                let row = Row(
                    doc: document.id, sentence: mention.sentence + 1, actor: mention.actor.description,
                    kind: mention.isModifier ? "modifier" : mention.kind.rawValue, rule: mention.rule,
                    evidence: annotated.string(mention.span), name: mention.name)
                switch format {
                case .jsonl: FileHandleOutput.write(try JSONLines.line(row) + "\n")
                case .table:
                    table.rows.append([row.doc, "\(row.sentence)", row.actor, row.kind, row.rule, row.evidence])
                }
            }
        }
        if format == .table { FileHandleOutput.write(table.rendered()) }
    }
}
