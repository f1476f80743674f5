import CXData
import Foundation
import Testing
@testable import CXSite

/// The analysis cache: reused while datasets and configuration are the same, redone
/// when either changes, whatever else in the project changes.
@Suite struct AnalysisCacheTests {
    /// Builds the fixture with one cache, as `serve` does.
    struct Builds {
        let fixture: PreviewFixture
        let cache = AnalysisCache()
        init() throws { fixture = try PreviewFixture() }

        @discardableResult
        func build() throws -> SiteBuilder.Result {
            var options = SiteBuilder.Options(projectDirectory: fixture.project)
            options.analysisCache = cache
            return try SiteBuilder(options: options).build()
        }
    }

    @Test func aNarrativeEditHitsTheCache() throws {
        let builds = try Builds()
        defer { builds.fixture.remove() }
        let first = try builds.build()
        try builds.fixture.write("content/index.md", try builds.fixture.read("content/index.md") + "\nAn added paragraph.\n")
        let second = try builds.build()
        #expect(builds.cache.counters == .init(hits: 1, misses: 1, datasetDigests: 1))
        #expect(first.analysis == second.analysis)
        #expect(try String(contentsOfFile: builds.fixture.output + "/index.html", encoding: .utf8).contains("An added paragraph."))
    }

    @Test func aDataEditMissesTheCache() throws {
        let builds = try Builds()
        defer { builds.fixture.remove() }
        let first = try builds.build()
        try builds.fixture.write("content/data/responses.csv",
                                 try builds.fixture.read("content/data/responses.csv") + "999,2025-03-30,North,0\n")
        let second = try builds.build()
        #expect(builds.cache.counters == .init(hits: 0, misses: 2, datasetDigests: 2))
        #expect(first.analysis?.dataQuality.rowsRead != second.analysis?.dataQuality.rowsRead)
    }

    /// The journey and CRM analyses read touchpoints and transactions, so a change to a
    /// linked dataset is a change to the analysis too.
    @Test func aLinkedDatasetEditMissesTheCache() throws {
        let builds = try Builds()
        defer { builds.fixture.remove() }
        try builds.fixture.write("cxreport.yml", try builds.fixture.read("cxreport.yml") + """
              transactions:
                file: content/data/transactions.csv
                columns: { customer: customer, date: date, amount: amount }

            """)
        try builds.fixture.write("content/data/transactions.csv", "customer,date,amount\nC1,2025-03-01,10.00\n")
        try builds.build()
        try builds.build()
        #expect(builds.cache.counters == .init(hits: 1, misses: 1, datasetDigests: 2))
        try builds.fixture.write("content/data/transactions.csv", "customer,date,amount\nC1,2025-03-01,12.50\n")
        try builds.build()
        #expect(builds.cache.counters == .init(hits: 1, misses: 2, datasetDigests: 3))
    }

    @Test func aConfigEditMissesTheCache() throws {
        let builds = try Builds()
        defer { builds.fixture.remove() }
        try builds.build()
        let config = try builds.fixture.read("cxreport.yml")
        try builds.fixture.write("cxreport.yml", config.replacingOccurrences(of: "periods: quarter", with: "periods: month"))
        try builds.build()
        #expect(builds.cache.counters == .init(hits: 0, misses: 2, datasetDigests: 1))
    }

    @Test func touchingTheDatasetWithoutChangingItStillHits() throws {
        let builds = try Builds()
        defer { builds.fixture.remove() }
        try builds.build()
        // Same bytes, new inode and times: the digest is computed again and matches.
        try builds.fixture.write("content/data/responses.csv", try builds.fixture.read("content/data/responses.csv"))
        try builds.build()
        #expect(builds.cache.counters == .init(hits: 1, misses: 1, datasetDigests: 2))
    }

    @Test func theConfigurationKeyIsTheSameForEveryLoad() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.write("cxreport.yml", try fixture.read("cxreport.yml").replacingOccurrences(
            of: "    columns:", with: "    missing: [\"\", NA, \"N/A\", \"n/a\", none, \"-\", \"?\", unknown]\n    columns:"))
        let descriptions = try (0..<8).map { _ in
            AnalysisCache.canonicalDescription(of: try ProjectConfig.load(projectDirectory: fixture.project))
        }
        #expect(Set(descriptions).count == 1)
        #expect(descriptions[0].contains("\"unknown\""))
    }

    @Test func theDigestDoesNotDependOnHowBytesArrive() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var split = ContentHasher()
        split.update(Array(bytes[..<3]))
        split.update(Array(bytes[3..<77]))
        split.update(Array(bytes[77...]))
        #expect(split.finalize() == ContentDigest.of(bytes))
        #expect(ContentDigest.of(bytes) != ContentDigest.of(bytes.dropLast()))
        #expect(ContentDigest.of([0]) != ContentDigest.of([0, 0]))
    }
}
