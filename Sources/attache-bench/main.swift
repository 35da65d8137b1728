// Measures the throughput of the pipeline in a release build, on a corpus made by repeating the
// sample texts until it reaches the requested size, and prints a Markdown row for BENCHMARKS.md.
//
//   swift run -c release attache-bench [--megabytes 20] [--corpus Examples/corpus]
import AttacheCore
import AttacheExtraction
import AttachePostgres
import AttacheStore
import AttacheText
import Foundation

struct Options {
    var megabytes = 20
    var corpus = "Examples/corpus"
    var repetitions = 3
    /// Documents per batch (`Pipeline.run(batch:)`), as the CLI runs them; 1 runs them one by one.
    var batch = 32
    /// A store to time queries on instead of the pipeline.
    var store: String?
    /// Which pipelines to time: "text", "actors", "whole" (all three by default).
    var stages: Set<String> = ["text", "actors", "whole"]

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = iterator.next().flatMap(Int.init) ?? megabytes
            case "--corpus": corpus = iterator.next() ?? corpus
            case "--repetitions": repetitions = iterator.next().flatMap(Int.init) ?? repetitions
            case "--batch": batch = max(1, iterator.next().flatMap(Int.init) ?? batch)
            case "--components": continue
            case "--store": store = iterator.next()
            case "--stages": stages = Set((iterator.next() ?? "").split(separator: ",").map(String.init))
            default:
                FileHandle.standardError.write(Data("attache-bench: unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

/// Peak resident memory of this process so far, in megabytes.
func peakMemoryMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let options = Options(CommandLine.arguments)
if let path = options.store {
    try measureQueries(path)
    exit(0)
}
let files = try FileManager.default.contentsOfDirectory(atPath: options.corpus).filter { $0.hasSuffix(".txt") }.sorted()
guard !files.isEmpty else {
    FileHandle.standardError.write(Data("attache-bench: no .txt files in \(options.corpus)\n".utf8))
    exit(1)
}
let samples = try files.map {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: options.corpus).appendingPathComponent($0)))
}

// The corpus: the samples repeated, each copy a document of its own, as a batch of files would be.
var corpus: [[UInt8]] = []
var corpusBytes = 0
while corpusBytes < options.megabytes << 20 {
    let sample = samples[corpus.count % samples.count]
    corpus.append(sample)
    corpusBytes += sample.count
}

let reader = DocumentReader()

/// The corpus in batches of `--batch` documents, as index ranges.
let batches = stride(from: 0, to: corpus.count, by: options.batch).map { $0..<min($0 + options.batch, corpus.count) }

/// The documents of one batch, read from their bytes (reading is part of the text stage).
@MainActor func read(_ batch: Range<Int>) throws -> [Document] {
    try batch.map { index in try reader.document(from: corpus[index], id: "doc\(index).txt", file: "doc\(index).txt") }
}

/// Runs each stage's pipeline over the corpus (reading included) and prints a Markdown row for
/// each. The stages take turns batch by batch, in rotating order, so that a machine that speeds up
/// or slows down during the run does so for all of them alike: their ratios are what the targets
/// are about.
@MainActor func measure(_ stages: [(name: String, pipeline: Pipeline)]) throws {
    var best = [Duration](repeating: .seconds(1_000_000), count: stages.count)
    var counts = [(sentences: Int, mentions: Int)](repeating: (0, 0), count: stages.count)
    let clock = ContinuousClock()
    for _ in 0..<options.repetitions {
        var spent = [Duration](repeating: .zero, count: stages.count)
        counts = counts.map { _ in (0, 0) }
        for (number, batch) in batches.enumerated() {
            for turn in stages.indices {
                let stage = (turn + number) % stages.count
                let start = clock.now
                for result in stages[stage].pipeline.run(batch: try read(batch)) {
                    let annotated = try result.get()
                    counts[stage].sentences += annotated.sentences.count
                    counts[stage].mentions += annotated.actors.count
                }
                spent[stage] += clock.now - start
            }
        }
        best = zip(best, spent).map { min($0, $1) }
    }
    let megabytes = Double(corpusBytes) / 1_048_576
    for (stage, time) in zip(stages.indices, best) {
        let seconds = Double(time.components.seconds) + Double(time.components.attoseconds) / 1e18
        let cells = [
            stages[stage].name,
            String(format: "%.1f MB, %d documents, batches of %d", megabytes, corpus.count, options.batch),
            String(format: "%.2f s", seconds), String(format: "%.1f MB/s", megabytes / seconds),
            String(format: "%.0f docs/s", Double(corpus.count) / seconds),
            "\(counts[stage].sentences) sentences, \(counts[stage].mentions) actor mentions",
        ]
        print("| " + cells.joined(separator: " | ") + " |")
    }
    if stages.count > 1 {
        let added = best.dropFirst().map { String(format: "+%.0f%%", 100 * ($0 / best[0] - 1)) }
        print("time over the first stage: " + added.joined(separator: ", "))
    }
    print(String(format: "peak memory: %.0f MB", peakMemoryMegabytes()))
}

let lexicon = ActorLexicon.builtIn
var stages: [(name: String, pipeline: Pipeline)] = []
if options.stages.contains("text") {
    stages.append(("read + clean + segment", try Pipeline([Cleaner(), Segmenter()])))
}
if options.stages.contains("actors") {
    stages.append(
        (
            "read + clean + segment + actors",
            try Pipeline([Cleaner(), Segmenter(), MentionTagger(lexicon: lexicon), ActorResolver(lexicon: lexicon)])
        ))
}
if options.stages.contains("whole") {
    stages.append(("whole pipeline (text to records)", try Pipeline.standard(lexicon: lexicon)))
}
if !stages.isEmpty { try measure(stages) }

// Where the pipeline spends its time: each component after the text stage timed on its own,
// batch by batch (`--batch`), right after the components before it ran on the batch.
@MainActor func measureComponents() throws {
    let textPipeline = try Pipeline([Cleaner(), Segmenter()])
    let components = try Pipeline.standard(lexicon: lexicon).components.dropFirst(textPipeline.components.count)
    let clock = ContinuousClock()
    var best = [Duration](repeating: .seconds(1_000_000), count: components.count + 1)
    for _ in 0..<options.repetitions {
        var spent = [Duration](repeating: .zero, count: components.count + 1)
        for batch in batches {
            let start = clock.now
            var documents = try textPipeline.run(batch: try read(batch)).map { try $0.get() }
            spent[0] += clock.now - start
            for (number, component) in components.enumerated() {
                let start = clock.now
                for index in documents.indices {
                    try component.process(&documents[index])
                    documents[index].markAssigned(type(of: component).assigns)
                }
                spent[number + 1] += clock.now - start
            }
        }
        best = zip(best, spent).map { min($0, $1) }
    }
    let share = { (part: Duration) in String(format: "%.0f%%", 100 * (part / best[0])) }
    print("components, as a share of the text stage (\(best[0])):")
    for (number, component) in components.enumerated() {
        print("  \(type(of: component).name): \(best[number + 1]) (\(share(best[number + 1])))")
    }
    let names = components.map { type(of: $0).name }
    let actors = zip(names, best.dropFirst()).filter { ["mention-tagger", "actor-resolver"].contains($0.0) }
    print("actors add \(share(actors.map(\.1).reduce(.zero, +))) to the text stage")
}

if CommandLine.arguments.contains("--components") { try measureComponents() }

/// Median and 99th percentile latency of `events --dyad` and `relations --as-of` on a store: a
/// SQLite file, or a PostgreSQL URL.
func measureQueries(_ location: String) throws {
    let store: any Store =
        location.hasPrefix("postgres") ? try PostgresStore(url: location) : try SQLiteStore(path: location)
    let statistics = try store.statistics()
    let actors = statistics.eventsByActor.prefix(12).map(\.0)
    var generator = SystemRandomNumberGenerator()
    func time(_ label: String, _ runs: Int, _ body: () throws -> Int) rethrows {
        var durations: [Double] = []
        var rows = 0
        for _ in 0..<runs {
            let start = ContinuousClock.now
            rows += try body()
            let elapsed = ContinuousClock.now - start
            durations.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        durations.sort()
        let median = durations[durations.count / 2]
        let p99 = durations[min(durations.count - 1, Int(Double(durations.count) * 0.99))]
        print(
            String(
                format: "| %@ | %d queries | median %.1f ms | p99 %.1f ms | %.0f rows per query |", label, runs, median,
                p99, Double(rows) / Double(runs)))
    }
    print("store: \(statistics.documents) documents, \(statistics.events) events, \(statistics.relations) relations")
    try time("events --dyad A,B --limit 100", 100) {
        let pair = (actors.randomElement(using: &generator)!, actors.randomElement(using: &generator)!)
        return try store.events(matching: EventQuery(dyad: pair, limit: 100)).count
    }
    try time("relations --actor A --as-of Y --limit 100", 100) {
        let year = Int.random(in: 1990...2025, using: &generator)
        return try store.relations(
            matching: RelationQuery(
                actor: actors.randomElement(using: &generator)!, asOf: PartialDate(year: year), limit: 100)
        ).count
    }
}
