import AttacheText
import Foundation
import Testing

@Suite struct TextDecodingTests {
    func decode(_ fixture: String) throws(ReadFailure) -> TextDecoding.Decoded {
        let bytes = [UInt8](FileManager.default.contents(atPath: Fixtures.path(fixture)) ?? Data())
        return try TextDecoding.decode(bytes, file: fixture)
    }

    @Test func byteOrderMarkIsDropped() throws {
        #expect(try decode("bom.txt").text == "The BOM should vanish.\n")
    }

    @Test func crlfBecomesNewline() throws {
        #expect(try decode("crlf.txt").text == "The minister visited Paris.\nShe met the president.\n")
    }

    @Test func windows1252IsTranscodedWithANote() throws {
        let decoded = try decode("windows1252.txt")
        #expect(decoded.text == "The “café” talks in Québec ended – without a deal.\n")
        #expect(decoded.note == "transcoded from Windows-1252")
    }

    @Test func corruptUTF8IsRefusedWithItsOffset() {
        #expect {
            try decode("invalid-utf8.txt")
        } throws: { error in
            "\(error)" == "invalid-utf8.txt: invalid UTF-8 at byte 22"
        }
    }

    @Test func binaryAndEmptyFilesAreRefused() {
        #expect(throws: ReadFailure.self) { try decode("binary.bin") }
        #expect {
            try decode("empty.txt")
        } throws: { error in
            "\(error)".contains("empty file")
        }
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("Kyiv".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextDecoding.decode(bytes, file: "u16").text == "Kyiv")
    }
}
