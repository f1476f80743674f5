import Foundation
import Testing
@testable import CXReportCLI
@testable import CXSite

/// `cxreport init`: a new project builds as is, and an existing one is not overwritten.
struct InitCommandTests {
    static func folder() -> String { NSTemporaryDirectory() + "cxreport-init-" + UUID().uuidString }

    /// The scaffolded project has the whole default report and builds with --strict: every
    /// page's charts and tables find the data they need in the sample datasets.
    @Test func newProjectBuildsTheDefaultReport() throws {
        let project = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: project) }
        let created = CommandHarness.run(["init", project])
        #expect(created.code == 0, "\(created.error)")
        for (path, text) in DefaultReport.pages {
            #expect(try String(contentsOfFile: project + "/" + path, encoding: .utf8) == text)
        }
        let built = CommandHarness.run(["build", "--project", project, "--strict", "--quiet"])
        #expect(built.code == 0, "\(built.error)")
        for page in ["index", "segments", "drivers", "expectations", "journey", "voice", "customers", "methodology"] {
            #expect(FileManager.default.fileExists(atPath: project + "/output/\(page).html"), "\(page).html")
        }
    }

    /// A second init leaves cxreport.yml alone, says so, and exits 2.
    @Test func existingProjectIsNotOverwritten() throws {
        let project = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: project) }
        #expect(CommandHarness.run(["init", project]).code == 0)
        let config = project + "/cxreport.yml"
        try "title: mine\n".write(toFile: config, atomically: true, encoding: .utf8)
        let again = CommandHarness.run(["init", project])
        #expect(again.code == 2)
        #expect(again.error.contains("already has a cxreport.yml"))
        #expect(try String(contentsOfFile: config, encoding: .utf8) == "title: mine\n")
    }

    /// `--from FILE` writes a commented mapping and a first page; the project then builds.
    @Test func fromFileProposesAMappingThatBuilds() throws {
        let project = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: project) }
        try FileManager.default.createDirectory(atPath: project + "/content/data", withIntermediateDirectories: true)
        var csv = "id,submitted,region,How likely are you to recommend us?\n"
        for row in 1...60 { csv += "\(row),2025-0\(1 + row % 6)-1\(row % 10),\(["North", "South"][row % 2]),\(row % 11)\n" }
        try csv.write(toFile: project + "/content/data/survey.csv", atomically: true, encoding: .utf8)
        let proposed = CommandHarness.run(["init", project, "--from", project + "/content/data/survey.csv"])
        #expect(proposed.code == 0, "\(proposed.error)")
        let config = try String(contentsOfFile: project + "/cxreport.yml", encoding: .utf8)
        #expect(config.contains("nps:") && config.contains("How likely are you to recommend us?"))
        #expect(!FileManager.default.fileExists(atPath: project + "/content/journey.md"))
        let built = CommandHarness.run(["build", "--project", project, "--quiet"])
        #expect(built.code == 0, "\(built.error)")
    }
}
