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
        // (Dated, so that the run has nothing to say about missing publication dates.)
        let run = try cli.attache(
            ["analyze", "-", "--max-size", "1", "--published", "2024-01-01"], input: lines.joined(separator: "\n"))
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
        let run = try shell(#"\#(asUser)"$ATTACHE" analyze "\#(folder.path)" --format table --published 2024"#)
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

    @Test func anUnknownEventIdAndAnUnreachableServerExitOneWithoutTheUsageHint() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.db").path
        #expect(try cli.attache(["ingest", "Examples/corpus/003_5278bba505018955.txt", "--db", path]).status == 0)
        let explain = try cli.attache(["explain", "999999", "--db", path])
        #expect(explain.status == 1)
        #expect(explain.errors.hasPrefix("Error: no stored event has id 999999"))
        #expect(!explain.errors.contains("Usage:") && explain.errors.split(separator: "\n").count == 1)
        let server = try cli.attache(["stats", "--postgres", "postgres://attache@127.0.0.1:1/attache"])
        #expect(server.status == 1)
        #expect(server.errors.hasPrefix("Error: postgres://attache@127.0.0.1:1/attache: cannot connect"))
        #expect(!server.errors.contains("Usage:") && server.errors.split(separator: "\n").count == 1)
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

/// The store under concurrent and careless use.
@Suite struct StoreOpeningTests {
    let cli = CommandLineTests()

    @Test func queriesReadAStoreWhileAnotherProcessHoldsAWriteTransaction() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.db").path
        #expect(try cli.attache(["ingest", "Examples/corpus", "--db", path]).status == 0)
        // A writer that holds its transaction until it is told to stop.
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        writer.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN IMMEDIATE');"
                + " c.execute('DELETE FROM mention'); print('holding', flush=True); sys.stdin.read(); c.execute('ROLLBACK')",
            path,
        ]
        let toWriter = Pipe()
        let fromWriter = Pipe()
        writer.standardInput = toWriter
        writer.standardOutput = fromWriter
        try writer.run()
        defer {
            try? toWriter.fileHandleForWriting.close()
            writer.waitUntilExit()
        }
        // The line may arrive in two reads; its first word is enough to know the writer holds.
        #expect(String(decoding: fromWriter.fileHandleForReading.availableData, as: UTF8.self).hasPrefix("holding"))

        let stats = try cli.attache(["stats", "--db", path])
        #expect(stats.status == 0)
        #expect(stats.output.hasPrefix("documents: 5, sentences: "))
        let events = try cli.attache(["events", "--db", path, "--actor", "ALB", "--format", "jsonl"])
        #expect(events.status == 0 && !events.output.isEmpty)
        // A second writer cannot have the store, and says so in one line.
        let ingest = try cli.attache(["ingest", "Examples/corpus", "--db", path])
        #expect(ingest.status == 1)
        #expect(
            ingest.errors == "Error: \(path): the database is locked by another process; try again when it is done\n")
    }

    @Test func queriesReadAStoreInAReadOnlyFolder() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let path = folder.appendingPathComponent("s.db").path
        #expect(try cli.attache(["ingest", "Examples/corpus", "--db", path]).status == 0)
        chmod(path, 0o444)
        chmod(folder.path, 0o555)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // root writes anywhere: run as nobody then.
        let asUser = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
        process.arguments = ["-c", #"\#(asUser)"\#(CommandLineTests.binary.path)" stats --db "\#(path)""#]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.hasPrefix("documents: 5, sentences: "))
    }

    @Test func aQueryOnAMissingStoreSaysSoAndCreatesNothing() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("typo.db").path
        let run = try cli.attache(["events", "--db", path])
        #expect(run.status == 1)
        #expect(run.errors == "Error: \(path): no store here yet (attache ingest creates one)\n")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aStoreWrittenByANewerVersionIsRefusedNamingBothVersions() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("s.db").path
        #expect(try cli.attache(["ingest", "Examples/corpus/003_5278bba505018955.txt", "--db", path]).status == 0)
        /// Runs Python's sqlite3 on the store and returns what it prints.
        func sqlite(_ script: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); " + script, path,
            ]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            defer { process.waitUntilExit() }
            return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        _ = try sqlite("c.execute(\"INSERT INTO grdb_migrations VALUES ('v99: from the future')\"); c.commit()")
        let contents =
            "print(c.execute('SELECT count(*) FROM document').fetchone()[0],"
            + " c.execute('SELECT count(*) FROM grdb_migrations').fetchone()[0])"
        let before = try sqlite(contents)
        for command in [["stats"], ["ingest", "Examples/corpus"]] {
            let run = try cli.attache(command + ["--db", path])
            #expect(run.status == 1, "\(command)")
            #expect(
                run.errors.contains(
                    "\(path): written by a newer Attaché (its schema has migration 'v99: from the future'; this version knows up to 'v"
                ), "\(command)")
        }
        #expect(try sqlite(contents) == before)
    }

    @Test(arguments: StoreKind.available) func twoConcurrentIngestsCountEachDocumentOnce(kind: StoreKind) throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try kind.newStore(in: folder)
        // Create the store first, so that both ingests race on documents, not on the schema.
        #expect(try cli.attache(["ingest", "Examples/corpus/003_5278bba505018955.txt"] + store).status == 0)
        let runs = try (0..<2).map { _ in
            let process = Process()
            process.executableURL = CommandLineTests.binary
            process.arguments = ["ingest", "Examples/corpus"] + store
            process.currentDirectoryURL = CommandLineTests.repository
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            return (process, output)
        }
        var added = 0
        var unchanged = 0
        for (process, output) in runs {
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            // "ingested into STORE: 1 added, 0 replaced, 0 recoded, 4 unchanged"
            let summary = text.components(separatedBy: ": ").last ?? ""
            let numbers = summary.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            #expect(numbers.count == 4, "\(text)")
            if numbers.count == 4 {
                added += numbers[0]
                unchanged += numbers[3]
            }
        }
        #expect(added == 4)
        #expect(unchanged == 6)
    }
}
