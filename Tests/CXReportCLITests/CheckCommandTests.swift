import Foundation
import Testing
@testable import CXReportCLI

/// `cxreport check`: build --strict's verdict without writing, as text or JSON.
struct CheckCommandTests {
    /// The tiny fixture has low-base periods (n = 10 each), which strict rules refuse:
    /// exit 1, every problem reported, and no output folder written.
    @Test func reportsStrictProblemsWithoutWriting() throws {
        let project = try CommandHarness.copyOfTinyProject()
        let outcome = CommandHarness.run(["check", "--project", project])
        #expect(outcome.code == 1)
        #expect(outcome.error.contains("content/index.md:18:1: error: the chart shows period \"2025-Q1\" with a low base (n = 10, fewer than 30)"))
        #expect(!FileManager.default.fileExists(atPath: project + "/output"))
    }

    /// JSON diagnostics carry file, line, column and message for CI annotations.
    @Test func jsonDiagnostics() throws {
        let project = try CommandHarness.copyOfTinyProject()
        let outcome = CommandHarness.run(["check", "--project", project, "--format", "json"])
        #expect(outcome.code == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
        #expect(object["ok"] as? Bool == false && object["exit_code"] as? Int == 1)
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "content/index.md" && first["line"] as? Int == 18 && first["column"] as? Int == 1)
        #expect(first["severity"] as? String == "error")
    }

    /// A configuration error is exit 2; a clean project is exit 0.
    @Test func exitCodes() throws {
        let broken = try CommandHarness.copyOfTinyProject()
        try "title: [unclosed\n".write(toFile: broken + "/cxreport.yml", atomically: true, encoding: .utf8)
        #expect(CommandHarness.run(["check", "--project", broken]).code == 2)
        let clean = try CommandHarness.copyOfTinyProject()
        let config = try String(contentsOfFile: clean + "/cxreport.yml", encoding: .utf8) + "low_base_below: 5\n"
        try config.write(toFile: clean + "/cxreport.yml", atomically: true, encoding: .utf8)
        let outcome = CommandHarness.run(["check", "--project", clean])
        #expect(outcome.code == 0, "\(outcome.error)")
        #expect(outcome.out.contains("check passed"))
    }
}
