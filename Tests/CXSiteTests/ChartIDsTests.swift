import Foundation
import Testing
@testable import CXSite

/// Chart ids come from chart content, so a chart shown twice must still give a page
/// (and the single-file report) unique ids whose `aria-labelledby` references resolve.
struct ChartIDsTests {
    /// Fixtures/Projects/site plus a page with index.md's NPS trend twice.
    static func project() throws -> String {
        let project = try ProjectFixture.temporaryDirectory() + "/project"
        try FileManager.default.copyItem(atPath: ProjectFixture.project("site"), toPath: project)
        let chart = "```chart\nkind: trend\nmeasure: nps\n```\n"
        try ("---\ntitle: Twice\n---\n\n# Twice\n\n" + chart + "\n" + chart)
            .write(toFile: project + "/content/twice.md", atomically: true, encoding: .utf8)
        return project
    }

    static func ids(in html: String) -> [String] { SharingTests.attributeValues("id", in: html) }

    /// Every id once; every name in every `aria-labelledby` is one of them.
    static func expectUniqueAndResolved(_ html: String, _ where_: String) {
        let ids = ids(in: html)
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "\(where_): repeated ids \(repeated)")
        let known = Set(ids)
        let references = SharingTests.attributeValues("aria-labelledby", in: html).flatMap { $0.split(separator: " ").map(String.init) }
        #expect(!references.isEmpty)
        #expect(references.allSatisfy(known.contains), "\(where_): unresolved \(references.filter { !known.contains($0) })")
    }

    @Test func theSameChartTwiceOnAPage() throws {
        let project = try Self.project()
        let output = try ProjectFixture.temporaryDirectory() + "/site"
        _ = try SiteBuilder(options: .init(projectDirectory: project, outputDirectory: output)).build()
        let html = try ProjectFixture.read(output + "/twice.html")
        #expect(ChartIDs.bases(in: html).count == 1)   // both copies start with the same `cx-` + 16 hex
        Self.expectUniqueAndResolved(html, "twice.html")
        // The first copy keeps the id it has on index.html: ids stay stable from build to build.
        let index = try ProjectFixture.read(output + "/index.html")
        let first = try #require(ChartIDs.bases(in: html).first)
        #expect(index.contains(" id=\"\(first)-title\""))
        #expect(html.contains(" id=\"\(first)-title\"") && html.contains(" id=\"\(first)-2-title\""))
    }

    @Test func theSameChartOnTwoPagesOfTheSingleFile() throws {
        let project = try Self.project()
        let output = try ProjectFixture.temporaryDirectory() + "/report"
        var options = SiteBuilder.Options(projectDirectory: project, outputDirectory: output)
        options.singleFile = true
        _ = try SiteBuilder(options: options).build()
        Self.expectUniqueAndResolved(try ProjectFixture.read(output + "/report.html"), "report.html")
    }
}
