import Foundation
import Testing
@testable import CXSite

/// The complete output of Fixtures/Projects/site against golden files a reviewer can
/// open in a browser (Fixtures/Golden/site/). Re-record only on purpose:
/// `CXREPORT_RECORD=1 swift test --filter SiteGoldenTests`, then look at the pages.
struct SiteGoldenTests {
    static let golden = ProjectFixture.fixtures.appendingPathComponent("Golden/site").path

    @Test func outputMatchesGoldenFiles() throws {
        let (output, result) = try ProjectFixture.build(ProjectFixture.project("site"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let built = try ProjectFixture.snapshot(output)
        if ProcessInfo.processInfo.environment["CXREPORT_RECORD"] == "1" {
            try? FileManager.default.removeItem(atPath: Self.golden)
            for (path, data) in built {
                let target = Self.golden + "/" + path
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try data.write(to: URL(fileURLWithPath: target))
            }
        }
        let expected = try ProjectFixture.snapshot(Self.golden)
        #expect(built.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(built[path] == data, "\(path) differs from its golden file; rerun with CXREPORT_RECORD=1 if the change is intended")
        }
    }

    /// The pages the fixture should produce: nested page, one page per region, appendices;
    /// the draft is left out.
    @Test func pagesAndNavigation() throws {
        let (output, result) = try ProjectFixture.build(ProjectFixture.project("site"))
        #expect(result.pages.sorted() == ["data-quality.html", "guide/setup.html", "index.html", "methodology.html",
                                          "region-east.html", "region-north.html", "region-south.html", "region-west.html"])
        let setup = try ProjectFixture.read(output + "/guide/setup.html")
        #expect(setup.contains("<link rel=\"stylesheet\" href=\"../style.css\">"))
        #expect(setup.contains("<h2 id=\"install\">Install</h2>"))
        let sitemap = try ProjectFixture.read(output + "/sitemap.xml")
        #expect(sitemap.contains("<loc>https://cx.example.com/report/guide/setup.html</loc>"))
        let north = try ProjectFixture.read(output + "/region-north.html")
        #expect(north.contains("<title>Region North · Fixture site</title>"))
        #expect(north.contains("Relative importance of each driver (region North)"))
    }
}
