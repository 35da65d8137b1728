import Foundation
import Testing

/// The command line under careless or hostile use: no crash, no hang, one line that says what is
/// wrong, status 64 for a wrong flag or value and 1 for a failure while running.
@Suite struct HostileInputTests {
    let cli = CommandLineTests()

    /// Runs `attache` through the shell, so that a test can give it a folder, a closed descriptor
    /// or an endless stream as standard input.
    func shell(_ script: String) throws -> CommandLineTests.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["ATTACHE": CommandLineTests.binary.path], uniquingKeysWith: { $1 })
        process.currentDirectoryURL = CommandLineTests.repository
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandLineTests.Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    @Test func aNegativeTopIsAUsageErrorNotACrash() throws {
        let run = try cli.attache(["stats", "--db", "/nonexistent/x.db", "--top=-1"])
        #expect(run.status == 64)
        #expect(run.errors.hasPrefix("Error: --top -1 is out of range: give a number at least 0\n"))
    }

    @Test func outOfRangeNumbersAreRefusedByTheirFlag() throws {
        let size = try cli.attache(["analyze", "Examples/corpus", "--max-size", "9223372036854775807"])
        #expect(size.status == 64)
        #expect(size.errors.contains("--max-size 9223372036854775807 is out of range: give a number from 1 to 4096"))
        for command in [["events"], ["relations"], ["search", "treaty"]] {
            let limit = try cli.attache(command + ["--limit=-1"])
            #expect(limit.status == 64, "\(command)")
            #expect(limit.errors.contains("--limit -1 is out of range"), "\(command)")
        }
        let port = try cli.attache(["stats", "--postgres", "postgres://attache@127.0.0.1:99999/attache"])
        #expect(port.status == 1)
        #expect(
            port.errors
                == "Error: postgres://attache@127.0.0.1:99999/attache: port 99999 is out of range (1 to 65535)\n")
    }

    @Test func aFolderOrAClosedDescriptorOnStandardInputIsAnErrorNotACrash() throws {
        let folder = try shell(#""$ATTACHE" analyze - < /tmp"#)
        #expect(folder.status == 1)
        #expect(folder.errors == "attache: stdin: cannot read standard input (Is a directory)\n")
        let closed = try shell(#""$ATTACHE" analyze - <&-"#)
        #expect(closed.status == 1)
        #expect(closed.errors == "attache: stdin: cannot read standard input: it is closed\n")
    }

    @Test func anEndlessStreamOnStandardInputIsRefusedAtMaxSize() throws {
        let run = try shell(#""$ATTACHE" analyze - --max-size 2 < /dev/zero"#)
        #expect(run.status == 1)
        #expect(run.errors == "attache: stdin: document too large: over 2 MB (see --max-size)\n")
    }

    @Test func jsonLinesOnStandardInputAreReadALineAtATime() throws {
        let lines = [
            #"{"id": "a", "text": "Peru and Chile signed a pact."}"#,
            #"{"id": "b", "text": "\#(String(repeating: "x", count: 1_100_000))"}"#,
            #"{"id": "c", "text": "Estonia expelled two Russian diplomats."}"#,
        ]
        let run = try cli.attache(["analyze", "-", "--max-size", "1"], input: lines.joined(separator: "\n"))
        #expect(run.status == 0)
        #expect(run.output.split(separator: "\n").count == 2)
        // Line 2 is refused by size, whether it is seen as too long while read or as too large after.
        #expect(run.errors.hasPrefix("attache: stdin:2: "))
        #expect(run.errors.split(separator: "\n").count == 1)
    }

    @Test func anUnreadableFolderInsideAPathIsReported() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer {
            chmod(folder.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try "Peru and Chile signed a pact.".write(
            to: locked.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Chile recalled its ambassador.".write(
            to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        chmod(folder.path, 0o755)
        chmod(locked.path, 0o000)
        // root reads every folder: run as nobody then.
        let asUser = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        let run = try shell(#"\#(asUser)"$ATTACHE" analyze "\#(folder.path)" --format table"#)
        #expect(run.status == 0)
        #expect(run.output.contains("b.txt"))
        #expect(run.errors == "attache: \(locked.path): cannot list folder (Permission denied)\n")
    }

    @Test func aRuntimeFailureExitsOneWithoutTheUsageHint() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corrupt = folder.appendingPathComponent("corrupt.db").path
        try String(repeating: "not a database ", count: 500).write(toFile: corrupt, atomically: true, encoding: .utf8)
        let run = try cli.attache(["stats", "--db", corrupt])
        #expect(run.status == 1)
        #expect(!run.errors.contains("Usage:"))
        #expect(run.errors.split(separator: "\n").count == 1)
        #expect(run.errors.contains("corrupt.db: not an Attaché database, or a corrupt one"))
    }

    @Test func aDyadOfOneActorWithItselfIsRefused() throws {
        let dyad = try cli.attache(["dyad", "ALB", "alb", "--db", "/nonexistent/x.db"])
        #expect(dyad.status == 64)
        #expect(dyad.errors.hasPrefix("Error: a dyad is two different actors\n"))
        let events = try cli.attache(["events", "--dyad", "ALB,alb", "--db", "/nonexistent/x.db"])
        #expect(events.status == 64)
        #expect(events.errors.hasPrefix("Error: --dyad takes two different roots: A,B\n"))
    }

    @Test func aFactSheetOnAnUnknownActorIsAnError() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ["--db", folder.appendingPathComponent("s.db").path]
        #expect(try cli.attache(["ingest", "Examples/corpus/003_5278bba505018955.txt"] + store).status == 0)
        let unknown = try cli.attache(["factsheet", "ZZZ"] + store)
        #expect(unknown.status == 1)
        #expect(
            unknown.errors
                == "Error: unknown actor code 'ZZZ': no country or organisation has it, and nothing stored names it\n")
        let known = try cli.attache(["factsheet", "ALB"] + store)
        #expect(known.status == 0 && known.output.hasPrefix("# Albania\n"))
    }
}
