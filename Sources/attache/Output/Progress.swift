import Foundation

/// A count of documents done, rewritten in place on standard error about once a second while a
/// long `analyze` or `ingest` runs: only when standard error is a terminal (a log file or a pipe
/// gets nothing) and not with `--quiet`.
struct Progress {
    let isShown: Bool
    private var done = 0
    private var lastShown = Date()

    init(quiet: Bool) { isShown = !quiet && isatty(STDERR_FILENO) == 1 }

    mutating func advance() {
        done += 1
        guard isShown, Date().timeIntervalSince(lastShown) >= 1 else { return }
        lastShown = Date()
        FileHandleOutput.writeStandardError("\rattache: \(done) documents read")
    }

    /// Clears the line, so that what follows starts at its beginning.
    func finish() {
        guard isShown, done > 0 else { return }
        FileHandleOutput.writeStandardError("\r\u{1B}[K")
    }
}
