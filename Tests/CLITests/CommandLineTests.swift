import Foundation
import Testing

/// Runs the built `attache` binary the way a user does, and checks its output and exit status.
@Suite struct CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static var binary: URL {
        // The test bundle sits beside the products in .build/<configuration>/.
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("attache")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/attache")
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func attache(_ arguments: [String], input: String? = nil) throws -> Run {
        try run(Self.binary, arguments, input: input)
    }

    /// Runs a program in the repository folder and collects its output and exit status.
    func run(_ program: URL, _ arguments: [String], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = Self.repository
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A program on the PATH, if installed.
    func program(_ name: String) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return folders.map { URL(fileURLWithPath: "\($0)/\(name)") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }

    @Test func analyzeWritesOneRecordPerSampleDocument() throws {
        let run = try attache(["analyze", "Examples/corpus"])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 5)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["doc"] as? String == "000_106f9b74362bbeb3.txt")
        #expect(first["published"] as? String == "2024-02-15")
        #expect(first["events"] is [Any] && first["relations"] is [Any])
        #expect((first["sentences"] as? Int ?? 0) > 30)
    }

    @Test func analyzeTableAndStandardInput() throws {
        let run = try attache(
            ["analyze", "-", "--format", "table", "--published", "2023-05"],
            input: "Peru and Chile signed a pact.\nSubscribe\n")
        #expect(run.status == 0)
        #expect(run.output.contains("stdin"))
        #expect(run.output.contains("2023-05"))
        // The document's summary line, then its event and relation under it.
        let lines = run.output.split(separator: "\n")
        #expect(
            lines.first?.hasPrefix("stdin  published 2023-05, 1 sentences, 1 removed, 1 events, 1 relations") == true)
        #expect(lines.contains { $0.hasPrefix("    ") && $0.contains("AGREE") && $0.contains("PER") })
        #expect(lines.contains { $0.hasPrefix("    agreement") && $0.contains("pact") })
    }

    @Test func badInputIsReportedAndTheRestIsWritten() throws {
        let run = try attache([
            "analyze", "Examples/corpus/004_165a67314147b747.txt", "Tests/AttacheTextTests/Fixtures/binary.bin",
            "no/such/file.txt",
        ])
        #expect(run.status == 0)
        #expect(run.output.split(separator: "\n").count == 1)
        let errors = run.errors.split(separator: "\n")
        #expect(errors.count == 2)
        #expect(errors.contains { $0.hasPrefix("attache: Tests/AttacheTextTests/Fixtures/binary.bin: binary file") })
        #expect(errors.contains { $0 == "attache: no/such/file.txt: no such file or folder" })
    }

    @Test func nothingReadableFailsTheRun() throws {
        let run = try attache(["analyze", "Tests/AttacheTextTests/Fixtures/empty.txt"])
        #expect(run.status != 0)
        #expect(run.errors.contains("empty.txt: empty file"))
    }

    @Test func unknownFlagsAndBadDatesAreRefusedByName() throws {
        let unknown = try attache(["analyze", "--colour", "Examples/corpus"])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("--colour"))
        let badDate = try attache(["analyze", "--published", "yesterday", "Examples/corpus"])
        #expect(badDate.status != 0)
        #expect(badDate.errors.contains("--published 'yesterday'"))
    }

    @Test func textShowsMetadataSentencesAndRemovedBoilerplate() throws {
        let run = try attache(["text", "Examples/corpus/003_5278bba505018955.txt", "--show-removed"])
        #expect(run.status == 0)
        #expect(run.output.contains("# published: 2025-01-21 (from byline)"))
        #expect(
            run.output.contains(
                "\nAlbania, a member of NATO, previously signed a joint cooperation agreement with Ukraine in February 2024.\n"
            ))
        #expect(run.output.contains("[news-feed] News Feed"))
    }

    @Test func actorsListsResolvedMentionsWithTheirRules() throws {
        let run = try attache(["actors", "Examples/corpus/003_5278bba505018955.txt", "--format", "jsonl"])
        #expect(run.status == 0)
        let rows = run.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(
            rows.contains {
                $0["evidence"] as? String == "Albanian Prime Minister Edi Rama" && $0["actor"] as? String == "ALB-GOV"
                    && $0["rule"] as? String == "title+name"
            })
        #expect(rows.contains { $0["evidence"] as? String == "Tirana" && $0["actor"] as? String == "ALB-GOV" })

        // The raw matches, with every reading, in JSON Lines too.
        let matches = try attache([
            "actors", "Examples/corpus/003_5278bba505018955.txt", "--matches", "--format", "jsonl",
        ])
        #expect(matches.status == 0)
        let matchRows = matches.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(
            matchRows.contains {
                $0["evidence"] as? String == "Tirana"
                    && ($0["readings"] as? [String])?.contains { $0.contains("ALB") } == true
            })
    }

    @Test func evalReportsScoresAndDetails() throws {
        let run = try attache(["eval", "--gold", "Examples/gold", "Examples/corpus", "--details"])
        #expect(run.status == 0)
        #expect(run.output.contains("documents scored: 5"))
        #expect(run.output.contains("events + date"))
        #expect(run.output.contains("event locations"))
        #expect(run.output.contains("  membership"))
        #expect(run.output.contains("missed ("))
        let missingGold = try attache(["eval", "--gold", "no/such/folder", "Examples/corpus"])
        #expect(missingGold.status != 0)
        #expect(missingGold.errors.contains("--gold no/such/folder"))
    }

    @Test func evalReadsGoldAsJSONLinesAndNamesABadLine() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.jsonl")
        try """
        {"id": "t1", "text": "Estonia expelled two Russian diplomats on Monday.", "published": "2024-03-04"}
        {"id": "t2", "text": "Peru and Chile signed a trade pact.", "published": "2024-03-04"}

        """.write(to: input, atomically: true, encoding: .utf8)
        let goldLines = [
            #"{"doc": "t1", "events": [{"type": "SANCTION", "source": ["RUS"], "target": ["EST"], "#
                + #""evidence": "Estonia expelled two Russian diplomats"}], "relations": []}"#,
            "",
            #"{"doc": "t2.txt", "events": [{"type": "AGREE", "source": ["PER", "CHL"], "target": [], "#
                + #""evidence": "Peru and Chile signed a trade pact"}], "relations": []}"#,
        ]
        let gold = folder.appendingPathComponent("gold.jsonl")
        try goldLines.joined(separator: "\n").write(to: gold, atomically: true, encoding: .utf8)
        let run = try attache(["eval", "--gold", gold.path, input.path, "--undirected"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("documents scored: 2"))
        #expect(run.output.contains("--undirected"))
        #expect(run.output.contains("error class"))

        let broken = folder.appendingPathComponent("broken.jsonl")
        try (goldLines + [#"{"doc": "t3", "events": [{"type": "AGREE"#]).joined(separator: "\n")
            .write(to: broken, atomically: true, encoding: .utf8)
        let failed = try attache(["eval", "--gold", broken.path, input.path])
        #expect(failed.status != 0)
        #expect(failed.errors.contains("broken.jsonl:4: not a document"))

        // Another build's records, scored against the same gold: here, the gold itself.
        let scoredGold = try attache([
            "eval", "--gold", gold.path, input.path, "--undirected", "--predictions", gold.path,
        ])
        #expect(scoredGold.status == 0, "\(scoredGold.errors)")
        #expect(scoredGold.output.contains("events           1.000  1.000  1.000  2"))
    }

    @Test func analyzeWritesEventsAndRelations() throws {
        let run = try attache(
            ["analyze", "-", "--published", "2024-03-04"], input: "Estonia expelled two Russian diplomats on Monday.\n")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let events = try #require(record["events"] as? [[String: Any]])
        let event = try #require(events.first)
        #expect(event["type"] as? String == "SANCTION")
        #expect(event["source"] as? [String] == ["EST"])
        #expect(event["date"] as? String == "2024-03-04")
    }

    @Test(arguments: StoreKind.available) func ingestSkipsWhatIsStoredAndEventsQueryIt(kind: StoreKind) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try kind.newStore(in: folder)
        let first = try attache(["ingest", "Examples/corpus"] + store)
        #expect(first.output.contains("5 added, 0 replaced, 0 recoded, 0 unchanged"))
        let second = try attache(["ingest", "Examples/corpus"] + store)
        #expect(second.output.contains("0 added, 0 replaced, 0 recoded, 5 unchanged"))
        let events = try attache(["events"] + store + ["--dyad", "ALB,UKR", "--type", "AGREE", "--format", "jsonl"])
        #expect(events.status == 0)
        #expect(events.output.contains("\"doc\":\"003_5278bba505018955.txt\""))
        let export = try attache(["export"] + store)
        #expect(export.output.split(separator: "\n").count == 5)
        let csv = try attache(["export"] + store + ["--format", "csv"])
        #expect(csv.output.hasPrefix("GLOBALEVENTID,SQLDATE,MonthYear,Year,FractionDate,Actor1Code"))
        #expect(csv.output.contains(",AGREE,sign,"))
        let graph = try attache(["export"] + store + ["--format", "graphml"])
        #expect(
            graph.output.contains("<node id=\"ALB\">")
                && graph.output.contains("<data key=\"e_kind\">membership</data>")
        )
        let plover = try attache(["export"] + store + ["--format", "plover"])
        #expect(plover.output.contains("\"Event Type\":\"AGREE\"") && plover.output.contains("\"Recipient Name\":"))
        let dyad = try attache(["dyad", "ALB", "UKR"] + store)
        #expect(dyad.output.contains("embassy-opened") && dyad.output.contains("AGREE"))
        let sheet = try attache(["factsheet", "USA", "ALB"] + store)
        #expect(
            sheet.output.contains("## Diplomatic relations")
                && sheet.output.contains(
                    "[The United States and Albania: NATO Allies and Close Friends, U.S. Department of State, 2024-02-15; 000_106f9b74362bbeb3.txt]"
                ))
        let merged = try attache(["events"] + store + ["--merged", "--actor", "ALB"])
        #expect(merged.output.hasPrefix("id "))
        let explain = try attache(["explain", "1"] + store)
        #expect(
            explain.output.hasPrefix("event 1: ") && explain.output.contains("- report 1 in ")
        )
        let stats = try attache(["stats"] + store)
        #expect(stats.output.hasPrefix("documents: 5, sentences: "))
        let search = try attache(["search", "cyber", "defense", "--format", "jsonl"] + store)
        #expect(search.output.contains("\"doc\":\"000_106f9b74362bbeb3.txt\""))
        let located = try attache(["events", "--text", "cyber", "--format", "jsonl"] + store)
        #expect(located.status == 0 && !located.output.isEmpty)
        let eventsCSV = try attache(["events", "--actor", "UKR", "--format", "csv"] + store)
        #expect(eventsCSV.output.hasPrefix("GLOBALEVENTID,SQLDATE") && eventsCSV.output.contains(",UKR"))
        let badType = try attache(["events"] + store + ["--type", "HUG"])
        #expect(badType.status != 0 && badType.errors.contains("--type 'HUG'"))
    }

    /// Kill an ingest at random moments, run it again, and the store equals a clean ingest.
    @Test(arguments: StoreKind.available) func ingestSurvivesBeingKilled(kind: StoreKind) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 150 documents as JSON Lines, made from the sample texts under distinct ids.
        let samples = try FileManager.default.contentsOfDirectory(
            atPath: Self.repository.appendingPathComponent("Examples/corpus").path
        )
        .filter { $0.hasSuffix(".txt") }.sorted()
        .map {
            try String(contentsOf: Self.repository.appendingPathComponent("Examples/corpus/\($0)"), encoding: .utf8)
        }
        var lines: [String] = []
        for index in 0..<150 {
            let object: [String: Any] = [
                "id": "doc-\(index)", "text": samples[index % samples.count] + "\nCopy \(index).",
            ]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        let corpus = folder.appendingPathComponent("corpus.jsonl").path
        try lines.joined(separator: "\n").write(toFile: corpus, atomically: true, encoding: .utf8)
        let crashed = try kind.newStore(in: folder)
        let clean = try kind.newStore(in: folder)

        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["ingest", corpus] + crashed
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Loading the knowledge takes a few hundred milliseconds; the ingest itself about two seconds.
            usleep(UInt32.random(in: 200_000...2_400_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        #expect(try attache(["ingest", corpus] + crashed).status == 0)
        #expect(try attache(["ingest", corpus] + clean).status == 0)
        let afterCrashes = try attache(["export"] + crashed).output
        let cleanly = try attache(["export"] + clean).output
        #expect(afterCrashes.split(separator: "\n").count == 150)
        #expect(afterCrashes == cleanly, "the store after 20 killed ingests differs from a clean ingest")
    }

    @Test func everyCommandHasHelp() throws {
        for command in [
            [], ["analyze"], ["text"], ["actors"], ["eval"], ["ingest"], ["events"], ["relations"], ["export"],
        ] {
            let run = try attache(command + ["--help"])
            #expect(run.status == 0)
            #expect(run.output.contains("USAGE:"))
        }
    }
}
