import ArgumentParser
import AttacheCore

@main
struct Attache: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attache",
        abstract: "Read foreign-affairs text and turn it into source-linked records of international relations.",
        discussion: """
            Start with the bundled sample corpus:
              attache analyze Examples/corpus
              attache text Examples/corpus/003_5278bba505018955.txt --show-removed
            """,
        version: EngineStamp.currentVersion,
        subcommands: [
            AnalyzeCommand.self, ActorsCommand.self, EvalCommand.self, TextCommand.self, IngestCommand.self,
            EventsCommand.self, RelationsCommand.self, DyadCommand.self, StatsCommand.self, ExportCommand.self,
            FactSheetCommand.self, ExplainCommand.self, SearchCommand.self, ReprocessCommand.self,
        ]
    )
}
