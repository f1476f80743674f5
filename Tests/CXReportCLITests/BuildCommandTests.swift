import Foundation
import Testing
@testable import CXReportCLI

/// `cxreport build` from the outside: exit codes, one-line located errors, and that a
/// failed build never touches the previous output.
struct BuildCommandTests {
    /// A good build exits 0 and says where the report is.
    @Test func buildSucceeds() throws {
        let project = try CommandHarness.copyOfTinyProject()
        let outcome = CommandHarness.run(["build", "--project", project])
        #expect(outcome.code == 0, "\(outcome.error)")
        #expect(outcome.out.contains("built 3 pages from 20 responses"))
        #expect(FileManager.default.fileExists(atPath: project + "/output/index.html"))
    }

    /// Builds the project once, breaks it with `breakIt`, builds again, and checks the
    /// exit code, the first error line, and that output/ is byte-for-byte unchanged.
    func expectFailure(code: Int32, firstLine: String, options: [String] = [], _ breakIt: (String) throws -> Void) throws {
        let project = try CommandHarness.copyOfTinyProject()
        #expect(CommandHarness.run(["build", "--project", project]).code == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: project + "/output/index.html"))
        try breakIt(project)
        let outcome = CommandHarness.run(["build", "--project", project] + options)
        #expect(outcome.code == code)
        #expect(outcome.error.split(separator: "\n").first.map(String.init) == firstLine)
        let after = try Data(contentsOf: URL(fileURLWithPath: project + "/output/index.html"))
        #expect(before == after)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project).filter { $0.hasPrefix(".output") }
        #expect(leftovers.isEmpty)
    }

    /// No cxreport.yml: a configuration error (exit 2) naming the file.
    @Test func missingConfig() throws {
        try expectFailure(code: 2, firstLine: "cxreport.yml: error: no such file") { project in
            try FileManager.default.removeItem(atPath: project + "/cxreport.yml")
        }
    }

    /// The dataset named in cxreport.yml is gone: a data error (exit 1) at the `file:` setting.
    @Test func missingDataset() throws {
        try expectFailure(code: 1, firstLine: "cxreport.yml:6:11: error: no such file") { project in
            try FileManager.default.removeItem(atPath: project + "/content/data/responses.csv")
        }
    }

    /// A mapped column that the dataset lacks: exit 2, the column and the file named.
    @Test func missingMappedColumn() throws {
        try expectFailure(code: 2, firstLine: "cxreport.yml:11:12: error: column \"recomend\" is not in content/data/responses.csv") { project in
            let path = project + "/cxreport.yml"
            let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "nps: recommend", with: "nps: recomend")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// A broken chart directive in a narrative: exit 1 at the narrative's line.
    @Test func unknownChartKind() throws {
        try expectFailure(code: 1, firstLine: "content/index.md:19:7: error: \"pie\" is not valid for \"kind\": expected one of bar, trend, composition, heatmap, histogram, drivers, driver-weights, gaps, sacrifice, journey, moments, crm, themes") { project in
            let path = project + "/content/index.md"
            let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "kind: bar", with: "kind: pie")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// --strict turns a data problem into a failing build, before anything is written.
    @Test func strictFailsOnDataProblems() throws {
        try expectFailure(code: 1, firstLine: "content/data/responses.csv:3:4: error: \"ten\" in column \"recommend\" is not a whole number on the 0–10 scale",
                          options: ["--strict"]) { project in
            let path = project + "/content/data/responses.csv"
            let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "2,2025-01-09,North,10", with: "2,2025-01-09,North,ten")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            // Without --strict the same data builds, with the problem as a warning.
            let lenient = CommandHarness.run(["build", "--project", project, "--output", project + "/lenient"])
            #expect(lenient.code == 0 && lenient.error.hasPrefix("content/data/responses.csv:3:4: warning: \"ten\""))
        }
    }

    /// Usage errors exit 2 with the parser's message; --help exits 0 and teaches.
    @Test func usageAndHelp() {
        let bad = CommandHarness.run(["build", "--no-such-flag"])
        #expect(bad.code == 2)
        #expect(bad.error.contains("Unknown option '--no-such-flag'"))
        let help = CommandHarness.run(["build", "--help"])
        #expect(help.code == 0)
        #expect(help.out.contains("--project <dir>") && help.out.contains("previous output untouched"))
    }
}

/// Where the report date comes from, and the progress lines people see on a terminal.
struct BuildEnvironmentTests {
    /// Without report_date, SOURCE_DATE_EPOCH sets the date (1767225600 s = 2026-01-01 UTC);
    /// a malformed value is a usage error.
    @Test func sourceDateEpoch() throws {
        let project = try CommandHarness.copyOfTinyProject()
        let path = project + "/cxreport.yml"
        let config = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "report_date: 2025-07-01\n", with: "")
        try config.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(CommandHarness.run(["build", "--project", project], environment: ["SOURCE_DATE_EPOCH": "1767225600"]).code == 0)
        #expect(try String(contentsOfFile: project + "/output/index.html", encoding: .utf8).contains("report date 2026-01-01"))
        #expect(CommandHarness.run(["build", "--project", project], environment: ["SOURCE_DATE_EPOCH": "yesterday"]).code == 2)
        // Without either, the latest period in the data dates the report.
        #expect(CommandHarness.run(["build", "--project", project]).code == 0)
        #expect(try String(contentsOfFile: project + "/output/index.html", encoding: .utf8).contains("report date 2025-Q2"))
    }

    /// Step lines appear on an interactive terminal, not with --quiet or in CI.
    @Test func progressLines() throws {
        let project = try CommandHarness.copyOfTinyProject()
        let shown = CommandHarness.run(["build", "--project", project], interactive: true)
        #expect(shown.error.contains("[1/4] read configuration cxreport.yml\n[2/4] load and analyse data content/data/responses.csv\n"))
        #expect(!CommandHarness.run(["build", "--project", project, "--quiet"], interactive: true).error.contains("[1/4]"))
        #expect(!CommandHarness.run(["build", "--project", project], environment: ["CI": "true"], interactive: true).error.contains("[1/4]"))
    }
}
