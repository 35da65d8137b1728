import Foundation
import Testing

/// The HTML fact sheet as a reader sees it: rendered by headless Chromium, printed to PDF and read
/// back as text. Skipped without `chromium` and `pdftotext` unless ATTACHE_REQUIRE_BROWSER is set
/// (`scripts/test` installs both and sets it).
extension CommandLineTests {
    @Test func theFactSheetPageReadsAsAFactSheetInABrowser() throws {
        guard let chromium = program("chromium"), let pdftotext = program("pdftotext") else {
            #expect(
                ProcessInfo.processInfo.environment["ATTACHE_REQUIRE_BROWSER"] == nil,
                "chromium and pdftotext are required (scripts/test installs them)")
            return
        }
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try sampleStore(in: folder)
        let page = folder.appendingPathComponent("sheet.html")
        try attache(["factsheet", "USA", "ALB", "--format", "html"] + store).output.write(
            to: page, atomically: true, encoding: .utf8)
        let pdf = folder.appendingPathComponent("sheet.pdf")
        let render = try run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
                page.absoluteString,
            ])
        #expect(render.status == 0, "\(render.errors)")
        let text = try run(pdftotext, ["-layout", pdf.path, "-"]).output
        let seen = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        // The heading's capitals come from the embedded style (letter-spaced, hence read with spaces).
        #expect(seen.contains { $0.replacingOccurrences(of: " ", with: "") == "FACTSHEET" })
        #expect(seen.contains("United States and Albania"))
        #expect(seen.contains { $0.hasPrefix("As of 2025-") })
        for section in ["Diplomatic relations", "Memberships and candidacies", "Agreements", "Recent events"] {
            #expect(seen.contains(section), "\(section)")
        }
        let flat = seen.joined(separator: " ")
        #expect(flat.contains("established diplomatic relations in 1922"))
        // The partner's own deployments, as a bilateral fact sheet lists them.
        #expect(flat.contains("Albania has forces in Latvia (Enhanced Forward Presence)."))
        #expect(
            flat.contains(
                "The United States and Albania: NATO Allies and Close Friends, U.S. Department of State, 2024-02-15"))
        // Each fact once.
        let facts = seen.filter { $0.hasPrefix("•") }
        #expect(Set(facts).count == facts.count)
    }
}
