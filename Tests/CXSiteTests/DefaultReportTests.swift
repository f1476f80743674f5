import Foundation
import Testing
@testable import CXSite

/// The repository's sample project publishes exactly the default report that
/// `cxreport init` writes, so the two cannot drift apart.
struct DefaultReportTests {
    @Test func samplePagesAreTheDefaultReport() throws {
        let content = ProjectFixture.repositoryRoot.appendingPathComponent("content").path
        let files = try FileManager.default.contentsOfDirectory(atPath: content).filter { $0.hasSuffix(".md") }.sorted()
        #expect(files.map { "content/" + $0 } == DefaultReport.pages.map(\.path).sorted())
        for (path, text) in DefaultReport.pages {
            let onDisk = try ProjectFixture.read(ProjectFixture.repositoryRoot.appendingPathComponent(path).path)
            #expect(onDisk == text, "\(path) differs from DefaultReport; change both")
        }
    }
}
