import ArgumentParser
import AttacheExtraction
import AttacheKnowledge
import Foundation

/// The knowledge the pipeline uses: the built-in files, overridden by a folder of the user's.
struct KnowledgeOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "A folder of knowledge files (countries.tsv, officials.tsv, ...) that add to or replace the built-in rows.",
            valueName: "dir"))
    var knowledge: String?

    func lexicon() throws -> ActorLexicon {
        guard let knowledge else { return .builtIn }
        do {
            return ActorLexicon(knowledge: try KnowledgeBase.load(overriding: URL(fileURLWithPath: knowledge)))
        } catch {
            throw ValidationError("--knowledge: \(error)")
        }
    }
}
