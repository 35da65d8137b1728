import ArgumentParser
import AttacheCore
import AttacheEval
import AttacheExtraction
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the pipeline against reference annotations (gold files of spec/records.md).",
        discussion: """
            Runs the pipeline on the documents and pairs each with the gold file of the same `doc`
            (*.gold.json in --gold). Events match on type and the sets of source and target roots
            (a second figure also requires the date to agree at the gold precision); relations on
            kind and their identifying fields. Gold events marked boilerplate are left out; uncertain
            ones count when found and are not missed when absent. Organisation codes the spec does
            not list compare as IGO.

            Example:
              attache eval --gold Examples/gold Examples/corpus --details
            """
    )

    @Option(help: ArgumentHelp("The folder of gold files (*.gold.json).", valueName: "dir"))
    var gold: String

    @OptionGroup var input: InputOptions
    @OptionGroup var knowledge: KnowledgeOptions

    @Flag(help: "List every miss and false positive with its evidence.")
    var details = false

    func run() throws {
        let goldRecords = try loadGold()
        let (pipeline, lexicon) = try knowledge.pipeline()
        var predicted: [DocumentRecord] = []
        try input.forEachAnnotated(by: pipeline) { predicted.append($0.record) }
        let codes = ScoredCodes(countryCodes: Set(lexicon.knowledge.countries.keys))
        let evaluation = Evaluation(gold: goldRecords, predicted: predicted, codes: codes)
        FileHandleOutput.write(evaluation.report(details: details))
        FileHandleOutput.flush()
    }

    func loadGold() throws -> [DocumentRecord] {
        let folder = URL(fileURLWithPath: gold)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw ValidationError("--gold \(gold): not a readable folder")
        }
        var records: [DocumentRecord] = []
        for name in names.sorted() where name.hasSuffix(".gold.json") {
            let path = folder.appendingPathComponent(name).path
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                records.append(try JSONDecoder().decode(DocumentRecord.self, from: data))
            } catch {
                StandardError.print("attache: \(path): not a gold file (\(error))")
            }
        }
        guard !records.isEmpty else { throw ValidationError("--gold \(gold): no readable *.gold.json files") }
        return records
    }
}
