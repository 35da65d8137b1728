import ArgumentParser
import AttacheCore
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

    /// The pipeline `analyze`, `actors` and `eval` run, with the user's knowledge if given, and
    /// the stamp its records carry.
    func pipeline() throws -> (pipeline: Pipeline, lexicon: ActorLexicon, stamp: EngineStamp) {
        guard let knowledge else {
            return (try Pipeline.standard(), .builtIn, EngineStamp(knowledge: KnowledgeBase.builtIn.fingerprint))
        }
        do {
            let base = try KnowledgeBase.load(overriding: URL(fileURLWithPath: knowledge))
            let lexicon = ActorLexicon(knowledge: base)
            let pipeline = try Pipeline.standard(
                lexicon: lexicon, patterns: try EventPatterns(knowledge: base), lemmatizer: Lemmatizer(knowledge: base))
            return (pipeline, lexicon, EngineStamp(knowledge: base.fingerprint))
        } catch let error as KnowledgeError {
            throw CommandFailure("--knowledge: \(error)")
        }
    }
}
