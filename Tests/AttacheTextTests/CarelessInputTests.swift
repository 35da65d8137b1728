import AttacheCore
import AttacheText
import Foundation
import Testing

/// Inputs a careless or hostile user gives: each is read correctly or refused with one line naming
/// the file and the problem, and the rest of the batch is still read.
@Suite struct CarelessInputTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attache-careless-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func jsonLines(_ lines: [String]) throws -> ([Document], [String]) {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("feed.jsonl")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let (documents, failures) = Fixtures.read([file.path])
        return (documents, failures.map { String($0.description.dropFirst(folder.path.count + 1)) })
    }

    @Test func aFIFOAndALinkToADeviceInAFolderAreRefusedAndTheRestIsRead() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("queue.jsonl").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("z.jsonl").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("zero.txt").path, withDestinationPath: "/dev/zero")
        try "Peru and Chile signed a pact.".write(
            to: folder.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)

        let (documents, failures) = Fixtures.read([folder.path])
        #expect(documents.map(\.id) == ["story.txt"])
        let messages = failures.map(\.description).sorted()
        #expect(
            messages == [
                "\(folder.path)/queue.jsonl: not a regular file (a FIFO)",
                "\(folder.path)/z.jsonl: not a regular file (a device)",
                "\(folder.path)/zero.txt: not a regular file (a device)",
            ])
    }

    @Test func aLinkToAFolderGivenAsPathIsReadAsTheFolder() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real/nested")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try "Chile recalled its ambassador.".write(
            to: real.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(
            atPath: link, withDestinationPath: folder.appendingPathComponent("real").path)
        // A link back up the tree is followed once, not forever.
        try FileManager.default.createSymbolicLink(
            atPath: real.appendingPathComponent("loop").path,
            withDestinationPath: folder.appendingPathComponent("real").path)

        let (documents, failures) = Fixtures.read([link])
        #expect(documents.map(\.id) == ["nested/a.txt"])
        #expect(failures.isEmpty)
    }

    @Test func aNULAfterTheFirst64KiBMarksTheFileBinary() throws {
        let bytes = Array(String(repeating: "Peru signed a pact. ", count: 4_000).utf8) + [0] + Array(" more".utf8)
        #expect {
            try TextDecoding.decode(bytes, file: "late-nul.txt")
        } throws: { error in
            "\(error)" == "late-nul.txt: binary file, not text (a NUL byte at byte 80000)"
        }
    }

    @Test func aNULInAJSONFieldRefusesThatLineByNumber() throws {
        let (documents, failures) = try Self.jsonLines([
            #"{"id": "a", "text": "Peru\u0000 signed."}"#,
            #"{"id": "b\u0000c", "text": "Peru signed."}"#,
            #"{"id": "d", "text": "Chile signed a pact."}"#,
        ])
        #expect(documents.map(\.id) == ["d"])
        #expect(
            failures == [
                #"feed.jsonl:1: "text" holds a NUL character (\u0000)"#,
                #"feed.jsonl:2: "id" holds a NUL character (\u0000)"#,
            ])
    }

    @Test func jsonFieldsOfTheWrongTypeAreNamed() throws {
        let (documents, failures) = try Self.jsonLines([
            #"{"id": "a", "text": 5}"#,
            #"{"id": "b", "text": "Peru signed a pact.", "published": 2024, "title": 7}"#,
            #"{"id": "c", "text": "Peru signed a pact.", "published": true}"#,
        ])
        #expect(failures == [#"feed.jsonl:1: "text" must be a string, not a number"#])
        #expect(documents.map(\.id) == ["b", "c"])
        #expect(documents.first?.published == PartialDate(year: 2024))
        #expect(
            documents.first?.diagnostics.map(\.description) == [
                #"warning: reader: "title" is a number, not a string: left out"#
            ])
        #expect(documents.last?.published == nil)
        #expect(
            documents.last?.diagnostics.map(\.description) == [
                #"warning: reader: "published" is a boolean, not a date: left out"#
            ])
    }

    @Test func utf16WithoutAByteOrderMarkIsReadWithANote() throws {
        let text = "Peru and Chile signed a pact in Lima.\n"
        let little = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let readLittle = try TextDecoding.decode(little, file: "le.txt")
        #expect(readLittle.text == text)
        #expect(readLittle.note == "transcoded from UTF-16LE (it has no byte order mark)")
        #expect(try TextDecoding.decode(big, file: "be.txt").text == text)
    }

    @Test func binaryBytesAfterAUTF16ByteOrderMarkAreRefused() {
        let bytes: [UInt8] = [0xFF, 0xFE] + (0..<2_560).map { UInt8($0 % 256) }
        #expect {
            try TextDecoding.decode(bytes, file: "blob.txt")
        } throws: { error in
            "\(error)".hasPrefix("blob.txt: invalid UTF-16") || "\(error)".hasPrefix("blob.txt: binary file")
        }
        let odd: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x42]
        #expect {
            try TextDecoding.decode(odd, file: "odd.txt")
        } throws: { error in
            "\(error)" == "odd.txt: invalid UTF-16 (an odd number of bytes)"
        }
    }
}
