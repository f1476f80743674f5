import Foundation
import Testing
@testable import CXSite

/// Broken internal links and anchors are found and reported where the source writes them.
struct LinkCheckTests {
    static func project(index: String, config: String = "title: Links\n") throws -> String {
        let folder = try ProjectFixture.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder + "/content/more", withIntermediateDirectories: true)
        try config.write(toFile: folder + "/cxreport.yml", atomically: true, encoding: .utf8)
        try index.write(toFile: folder + "/content/index.md", atomically: true, encoding: .utf8)
        try "# More\n\n## Known anchor\n\n[home](../index.html#top-section)\n".write(toFile: folder + "/content/more/page.md", atomically: true, encoding: .utf8)
        return folder
    }

    static let index = """
    ---
    title: Home
    ---
    # Top section

    Good: [page](more/page.html), [anchor](more/page.html#known-anchor), [self](#top-section),
    [outside](https://example.com/x), [mail](mailto:a@example.com).
    Bad: [missing page](nope.html) and
    [missing anchor](more/page.html#unknown).
    """

    /// Each broken link is a warning at its line and column; good links are silent.
    @Test func brokenLinksAreLocated() throws {
        let folder = try Self.project(index: Self.index)
        let result = try SiteBuilder(options: .init(projectDirectory: folder, outputDirectory: folder + "/out")).build()
        let messages = result.diagnostics.map(\.description)
        #expect(messages.count == 2, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("content/index.md:8:21: warning: broken link \"nope.html\": no page nope.html in the site") })
        #expect(messages.contains { $0.hasPrefix("content/index.md:9:18: warning: broken link \"more/page.html#unknown\": no heading with anchor #unknown on more/page.html") })
    }

    /// With --strict the same warnings fail the build and nothing is written.
    @Test func strictRefusesBrokenLinks() throws {
        let folder = try Self.project(index: Self.index)
        let failure = try #require(throws: BuildFailure.self) {
            try SiteBuilder(options: .init(projectDirectory: folder, outputDirectory: folder + "/out", strict: true)).build()
        }
        #expect(failure.diagnostics.first?.description.hasPrefix("content/index.md:8:21: error: broken link") == true)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    /// A project without datasets is a plain documentation site; a chart there is a located error.
    @Test func documentationOnlyProject() throws {
        let folder = try Self.project(index: "# Docs\n\nJust text.\n")
        let result = try SiteBuilder(options: .init(projectDirectory: folder, outputDirectory: folder + "/out")).build()
        #expect(result.pages.sorted() == ["index.html", "more/page.html"])
        #expect(result.analysis == nil)
        let chart = try Self.project(index: "# Docs\n\n```chart\nkind: bar\n```\n")
        let failure = try #require(throws: BuildFailure.self) {
            try SiteBuilder(options: .init(projectDirectory: chart, outputDirectory: chart + "/out")).build()
        }
        #expect(failure.diagnostics.first?.description.hasPrefix("content/index.md:3:1: error: \"chart\" is not valid for \"directive\"") == true)
    }
}
