import CXData
import Foundation
import Testing
@testable import CXAnalytics

/// The full responses analysis on a 2,000-row synthetic survey, against an independent
/// computation with pandas, statsmodels, scipy and numpy:
/// Fixtures/reference/response_measures.py → response_measures.out.txt.
struct ResponseAnalysisTests {
    static func dataset() -> ResponseDataset {
        let here = SourceLocation(file: "test.yml")
        func column(_ name: String) -> ColumnReference { ColumnReference(name: name, location: here) }
        var dataset = ResponseDataset(file: "responses-2000.csv", fileLocation: here)
        dataset.missingValues = ["", "NA", "N/A", "Don't know"]
        dataset.date = column("submitted_at")
        dataset.segments = [column("region"), column("channel")]
        dataset.nps = column("likelihood_to_recommend")
        dataset.csat = ScaleColumn(column: column("satisfaction"), scale: 1...5)
        dataset.ces = ScaleColumn(column: column("effort"), scale: 1...7)
        dataset.drivers = ["product_quality", "delivery", "support", "price", "website"].map {
            ScaleColumn(column: column($0), scale: 1...5)
        }
        return dataset
    }

    /// Loads the fixture and folds it, splitting the rows into `chunks` interleaved
    /// accumulators that are merged at the end (1 = a single pass).
    static func analyze(chunks: Int = 1) throws -> ResponseAnalysis {
        let loader = try ResponseLoader(dataset: dataset(), projectDirectory: Fixtures.directory.appendingPathComponent("reference").path)
        let empty = ResponseStatistics(periodLength: .quarter, segmentCount: 2, csatScale: 1...5, cesScale: 1...7, driverCount: 5)
        var parts = Array(repeating: empty, count: chunks)
        var index = 0
        let quality = try loader.forEachRow { row in
            parts[(index * 7919) % chunks].add(row)
            index += 1
        }
        var statistics = parts[0]
        for part in parts.dropFirst().reversed() { statistics.merge(part) }
        return ResponseAnalysis(statistics: statistics, segmentNames: loader.segmentNames, segmentValues: loader.segmentValues,
                                driverNames: loader.driverNames, dataQuality: quality, settings: AnalysisSettings())
    }

    /// Overall NPS (adjusted Wald), CSAT top-2-box (Wilson, statsmodels) and CES (t interval, scipy).
    @Test func headlineMeasuresMatchReference() throws {
        let overall = try Self.analyze().overall
        let nps = try #require(overall.nps), csat = try #require(overall.csat), ces = try #require(overall.ces)
        #expect(abs(nps.score - 33.7067209776) < 1e-8 && nps.n == 1964)
        #expect(abs(nps.interval.low - 30.5862298942) < 1e-8 && abs(nps.interval.high - 36.7243954235) < 1e-8)
        #expect(abs(csat.score - 88.2) < 1e-8 && csat.n == 2000)
        #expect(abs(csat.interval.low - 86.7123611659) < 1e-8 && abs(csat.interval.high - 89.5411764218) < 1e-8)
        #expect(abs(ces.mean - 5.6748010610) < 1e-8 && ces.n == 1885)
        #expect(abs(ces.meanInterval.low - 5.6298252336) < 1e-8 && abs(ces.meanInterval.high - 5.7197768884) < 1e-8)
        #expect(abs(ces.agree - 88.0106100796) < 1e-8)
    }

    /// Q3 → Q4: NPS z (significant), CSAT pooled two-proportion z and CES Welch t (both not),
    /// and the phrases say so.
    @Test func latestChangeMatchesReference() throws {
        let changes = try Self.analyze().latestChange
        let nps = try #require(changes.first { $0.measure == .nps })
        #expect(nps.from == "2025-Q3" && nps.to == "2025-Q4")
        #expect(abs(nps.comparison.difference - 11.3054614558) < 1e-8)
        #expect(abs(nps.comparison.statistic - 2.5303133661) < 1e-8 && abs(nps.comparison.pValue - 0.0113960695) < 1e-8)
        #expect(nps.significant && nps.phrase == "up 11.3 points, significant at 95%")
        let csat = try #require(changes.first { $0.measure == .csat })
        #expect(abs(csat.comparison.difference - 0.4) < 1e-8 && abs(csat.comparison.statistic - 0.1990034974) < 1e-8)
        #expect(abs(csat.comparison.pValue - 0.8422600088) < 1e-8)
        #expect(!csat.significant && csat.phrase.hasPrefix("no significant change (+0.4 points, n = "))
        let ces = try #require(changes.first { $0.measure == .ces })
        #expect(abs(ces.comparison.difference - 0.0907214255) < 1e-8 && abs(ces.comparison.statistic - 1.3710491873) < 1e-8)
        #expect(abs(ces.comparison.pValue - 0.1706875685) < 1e-8 && !ces.significant)
    }

    /// North against all other regions, from histograms with North subtracted.
    @Test func segmentVersusRestMatchesReference() throws {
        let region = try #require(try Self.analyze().segments.first { $0.field == "region" })
        let north = try #require(region.values.first { $0.value == "North" })
        let change = try #require(north.versusRest.first { $0.measure == .nps })
        #expect(change.from == "rest" && change.to == "North")
        #expect(abs(change.comparison.difference - 8.4952765451) < 1e-8)
        #expect(abs(change.comparison.statistic - 2.4013016709) < 1e-8 && abs(change.comparison.pValue - 0.0163368622) < 1e-8)
    }

    /// Johnson's weights from the folded co-moments equal numpy's eigh-based weights, they
    /// sum to numpy's least-squares R², and they recover the generator's true order.
    @Test func keyDriversMatchReference() throws {
        let drivers = try #require(try Self.analyze().drivers)
        #expect(drivers.n == 1695)
        #expect(abs(drivers.r2 - 0.7716750668) < 1e-8)
        let expected: [(String, Double, Double, Double, Double)] = [
            ("product_quality", 0.3232525003, 41.8897168230, 0.7251742553, 3.3846607670),
            ("delivery", 0.1750215070, 22.6807259287, 0.5784914544, 3.2637168142),
            ("support", 0.1355271142, 17.5627177869, 0.5459160677, 3.4973451327),
            ("price", 0.0804658176, 10.4274222510, 0.4613144796, 3.4289085546),
            ("website", 0.0574081277, 7.4394172104, 0.4274596432, 3.3793510324),
        ]
        for (item, reference) in zip(drivers.items, expected) {
            #expect(item.name == reference.0)
            #expect(abs(item.relativeWeight - reference.1) < 1e-8)
            #expect(abs(item.rescaledWeight - reference.2) < 1e-6)
            #expect(abs(item.correlation - reference.3) < 1e-8)
            #expect(abs(item.performance - reference.4) < 1e-8)
        }
        #expect(drivers.ranked.map(\.name) == SampleResponses.driverNames)
        #expect(drivers.topDriver == "product_quality")
    }

    /// Folding in 1, 3 or 8 interleaved chunks and merging gives the same results.
    @Test func chunkedFoldsGiveTheSameAnalysis() throws {
        let single = try Self.analyze(chunks: 1)
        for chunks in [3, 8] {
            let split = try Self.analyze(chunks: chunks)
            #expect(split.overall.nps?.score == single.overall.nps?.score)
            #expect(split.periods.map { $0.result.csat?.score } == single.periods.map { $0.result.csat?.score })
            #expect(abs((split.drivers?.r2 ?? 0) - (single.drivers?.r2 ?? 1)) < 1e-9)
            for (a, b) in zip(split.drivers?.items ?? [], single.drivers?.items ?? []) {
                #expect(abs(a.relativeWeight - b.relativeWeight) < 1e-9)
            }
        }
    }

    /// The JSON of `cxreport analyze --json` has the documented keys and encodes twice the same.
    @Test func jsonShapeIsStable() throws {
        let analysis = try Self.analyze()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(analysis), second = try encoder.encode(analysis)
        #expect(first == second)
        let object = try #require(try JSONSerialization.jsonObject(with: first) as? [String: Any])
        let overall = try #require(object["overall"] as? [String: Any])
        let nps = try #require(overall["nps"] as? [String: Any])
        #expect(Set(["score", "low", "high", "n", "promoters", "passives", "detractors"]).isSubset(of: Set(nps.keys)))
        #expect(Set(["score", "low", "high", "n"]).isSubset(of: Set((overall["csat"] as? [String: Any])?.keys ?? [:].keys)))
        #expect(Set(["mean", "agree", "n"]).isSubset(of: Set((overall["ces"] as? [String: Any])?.keys ?? [:].keys)))
        let periods = try #require(object["periods"] as? [[String: Any]])
        #expect(periods.first?["period"] as? String == "2025-Q1" && periods.first?["nps"] != nil)
        let segments = try #require(object["segments"] as? [String: Any])
        let regions = try #require(segments["region"] as? [[String: Any]])
        #expect(Set(["value", "n", "nps", "csat", "suppressed", "low_base"]).isSubset(of: Set(regions[0].keys)))
        let drivers = try #require(object["drivers"] as? [String: Any])
        let item = try #require((drivers["items"] as? [[String: Any]])?.first)
        #expect(Set(["name", "correlation", "relative_weight", "rescaled_weight", "performance", "quadrant"]).isSubset(of: Set(item.keys)))
        #expect(object["data_quality"] != nil)
    }
}
