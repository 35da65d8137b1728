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
            Runs the pipeline on the documents and pairs each with the gold document
            of the same `doc` (without folder or extension). The figures are those of
            shared/tools/score.py --coarse, counted the same way: events match on type
            and the sets of source and target roots, each gold event at most once, in
            gold order; a second figure also asks the date to agree at the gold
            precision (an undated gold event agrees only with an undated one); a third
            ignores the type. Relations match on kind and identifying fields. Gold
            events marked boilerplate are left out; uncertain ones count when found and
            are not missed when absent. Organisation codes the spec does not list
            compare as IGO. A gold document with no output has all its records missed.

            The line "event locations" is Attaché's own (score.py has none): on the
            event pairs the events figure matched, it compares the predicted location's
            country with the gold one's (codes, case aside). A gold location without a
            country agrees with a predicted one without a country or of the same name.
            Precision is agreeing locations over predicted locations on those pairs,
            recall agreeing over gold locations; TP agree, FP are predicted locations
            that do not, FN gold locations not agreed with. Among gold events of one
            type and parties, a prediction is paired with the one it sits near.

            Each miss and false positive gets an error class from the events on the
            other side near it (evidence overlapping in the text or in one sentence):
            no-trigger, elsewhere, direction, source, target, wrong-type, parties,
            other-event, duplicate, spurious; the report counts them overall and per
            event type.

            Examples:
              attache eval --gold Examples/gold Examples/corpus --details
              attache eval --gold gold.jsonl input.jsonl --undirected
            """
    )

    @Option(
        help: ArgumentHelp(
            "The gold documents: a folder of *.gold.json files, or a JSON Lines file with one document a line.",
            valueName: "dir|file"))
    var gold: String

    @OptionGroup var input: InputOptions
    @OptionGroup var knowledge: KnowledgeOptions

    @Flag(help: "Compare an event's parties unordered: its source and target roots as one set.")
    var undirected = false

    @Flag(
        help:
            "Also require a match's evidence to overlap the gold evidence (one contains the other, or 20 characters shared)."
    )
    var evidence = false

    @Flag(help: "List every miss and false positive with its error class and evidence.")
    var details = false

    @Option(
        help: ArgumentHelp(
            "Score these records (JSON Lines, as `analyze --format jsonl` writes them: another build's or another coder's) instead of this build's; the input still gives the texts.",
            valueName: "file"))
    var predictions: String?

    func run() throws {
        let goldRecords = try loadGold()
        let (pipeline, lexicon, _) = try knowledge.pipeline()
        var predicted: [DocumentRecord] = []
        var texts: [String: DocumentText] = [:]
        try input.forEachAnnotated(by: pipeline) { annotated in
            predicted.append(annotated.record)
            texts[annotated.document.id] = DocumentText(annotated)
        }
        if let predictions { predicted = try Self.documents(inLines: predictions, option: "--predictions") }
        let codes = ScoredCodes(countryCodes: Set(lexicon.knowledge.countries.keys))
        let evaluation = Evaluation(
            gold: goldRecords, predicted: predicted, codes: codes, undirected: undirected, evidence: evidence,
            texts: texts)
        FileHandleOutput.write(evaluation.report(details: details))
        FileHandleOutput.flush()
    }

    /// The gold documents of a folder of *.gold.json files or of a JSON Lines file. Any file or
    /// line that is not a document stops the command: a gold set read in part gives wrong figures.
    func loadGold() throws -> [DocumentRecord] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: gold, isDirectory: &isFolder) else {
            throw CommandFailure("--gold \(gold): no such file or folder")
        }
        let records = isFolder.boolValue ? try goldFolder() : try Self.documents(inLines: gold, option: "--gold")
        guard !records.isEmpty else {
            throw CommandFailure("--gold \(gold): no gold documents (*.gold.json files, or JSON Lines)")
        }
        return records
    }

    func goldFolder() throws -> [DocumentRecord] {
        let folder = URL(fileURLWithPath: gold)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw CommandFailure("--gold \(gold): not a readable folder")
        }
        return try names.sorted().filter { $0.hasSuffix(".gold.json") }.map { name in
            let path = folder.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandFailure("--gold \(path): not readable")
            }
            do {
                return try JSONDecoder().decode(DocumentRecord.self, from: data)
            } catch {
                throw CommandFailure("--gold \(path): not a gold document: \(Self.describe(error))")
            }
        }
    }

    /// The documents of a JSON Lines file, one a line; a line that is not one names the file and line.
    static func documents(inLines path: String, option: String) throws -> [DocumentRecord] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(option) \(path): not readable")
        }
        var records: [DocumentRecord] = []
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            do {
                records.append(try JSONDecoder().decode(DocumentRecord.self, from: Data(line.utf8)))
            } catch {
                throw CommandFailure("\(option) \(path):\(index + 1): not a document: \(Self.describe(error))")
            }
        }
        return records
    }

    /// A decoding error in one line: what was wrong, and where in the document.
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : at(context, context.debugDescription)
        case DecodingError.keyNotFound(let key, let context): return at(context, "\"\(key.stringValue)\" missing")
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            return at(context, context.debugDescription)
        default: return "\(error)"
        }
    }

    static func at(_ context: DecodingError.Context, _ message: String) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? message : "\(message) at \(path)"
    }
}
