import Foundation
import Testing
@testable import CXSite

/// The repository's own sample report against an independent pandas computation.
///
/// Expected values were printed by Fixtures/Reference/sample_nps.py (pandas 2,
/// not cxreport) on content/data/responses.csv (seed 42, 4,000 rows):
/// overall 34.847 (n 3,963); 2025Q1 32.093; Q2 36.474; Q3 29.727; Q4 41.088.
struct SampleReportTests {
    @Test func sampleNPSMatchesPandas() throws {
        let (output, built) = try ProjectFixture.build(ProjectFixture.repositoryRoot.path)
        let result = try #require(built.analysis)
        let overall = try #require(result.overall.nps)
        #expect(abs(overall.score - 34.84733787534696) < 1e-9)
        #expect(overall.n == 3963)
        let quarters = result.periods.map { $0.result.nps?.score ?? .nan }
        let pandas = [32.09255533199196, 36.474164133738604, 29.726996966632964, 41.087613293051355]
        #expect(result.periods.map(\.period) == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"])
        for (ours, theirs) in zip(quarters, pandas) { #expect(abs(ours - theirs) < 1e-9) }
        // And the page shows the rounded figure.
        let html = try ProjectFixture.read(output + "/index.html")
        #expect(html.contains("the Net Promoter Score is <strong>35</strong>"))
    }
}
