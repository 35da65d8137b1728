// Measures the throughput of the pipeline in a release build, on a corpus made by repeating the
// sample texts until it reaches the requested size, and prints a Markdown row for BENCHMARKS.md.
//
//   swift run -c release attache-bench [--megabytes 20] [--corpus Examples/corpus]
import AttacheCore
import AttacheText
import Foundation

struct Options {
    var megabytes = 20
    var corpus = "Examples/corpus"
    var repetitions = 3

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--megabytes": megabytes = iterator.next().flatMap(Int.init) ?? megabytes
            case "--corpus": corpus = iterator.next() ?? corpus
            case "--repetitions": repetitions = iterator.next().flatMap(Int.init) ?? repetitions
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
let pipeline = try Pipeline([Cleaner(), Segmenter()])
var best = Duration.seconds(1_000_000)
var sentences = 0
var tokens = 0
for _ in 0..<options.repetitions {
    sentences = 0
    tokens = 0
    let start = ContinuousClock.now
    for (index, bytes) in corpus.enumerated() {
        let document = try reader.document(from: bytes, id: "doc\(index).txt", file: "doc\(index).txt")
        let annotated = try pipeline.run(document)
        sentences += annotated.sentences.count
        tokens += annotated.tokens.count
    }
    best = min(best, ContinuousClock.now - start)
}
let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
let megabytes = Double(corpusBytes) / 1_048_576
print(
    "| read + clean + segment | \(String(format: "%.1f", megabytes)) MB, \(corpus.count) documents | \(String(format: "%.2f", seconds)) s | \(String(format: "%.1f", megabytes / seconds)) MB/s | \(String(format: "%.0f", Double(corpus.count) / seconds)) docs/s | \(String(format: "%.0f", peakMemoryMegabytes())) MB |"
)
print("sentences: \(sentences), tokens: \(tokens) (best of \(options.repetitions) runs)")
