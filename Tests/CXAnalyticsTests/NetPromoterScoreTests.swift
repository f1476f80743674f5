import CXData
import Testing
@testable import CXAnalytics

/// NPS against values counted and computed by hand (arithmetic in the comments).
struct NetPromoterScoreTests {
    /// 20 answers: 10,10,9,9,9,8,8,7,6,5 | 3,0,10,9,7,7,6,2,9,10
    /// promoters (9–10): 9; passives (7–8): 5; detractors (0–6): 6.
    static let scores = [10, 10, 9, 9, 9, 8, 8, 7, 6, 5, 3, 0, 10, 9, 7, 7, 6, 2, 9, 10]

    static func histogram(_ scores: [Int], weight: Double = 1) -> ScoreHistogram {
        var histogram = ScoreHistogram(scale: 0...10)
        for score in scores { histogram.add(score, weight: weight) }
        return histogram
    }

    /// NPS = 100·(9 − 6)/20 = 15; shares 45% / 25% / 30%.
    @Test func scoreAndSharesMatchHandCount() throws {
        let nps = try #require(NetPromoterScore(histogram: Self.histogram(Self.scores), confidenceLevel: 0.95))
        #expect(abs(nps.score - 15) < 1e-12)
        #expect(abs(nps.promoters - 45) < 1e-12)
        #expect(abs(nps.passives - 25) < 1e-12)
        #expect(abs(nps.detractors - 30) < 1e-12)
        #expect(nps.n == 20)
    }

    /// Adjusted Wald by hand: p̂ = (9 + ¾)/23 = 0.4239130, d̂ = (6 + ¾)/23 = 0.2934783,
    /// centre = 0.1304348, SE = √((0.4239130 + 0.2934783 − 0.1304348²)/23) = 0.1745028,
    /// 1.959964 × 0.1745028 = 0.3420193, interval = 100·(0.1304348 ± 0.3420193) = −21.158 … 47.245.
    @Test func adjustedWaldIntervalMatchesHandComputation() throws {
        let nps = try #require(NetPromoterScore(histogram: Self.histogram(Self.scores), confidenceLevel: 0.95))
        #expect(abs(nps.interval.low - -21.1584) < 1e-3)
        #expect(abs(nps.interval.high - 47.2454) < 1e-3)
        // Plain SE for comparisons: 100·√((0.45 + 0.30 − 0.15²)/20) = 100·√(0.7275/20) = 19.0722.
        #expect(abs(nps.standardError - 19.0722) < 1e-3)
    }

    /// Equal weights of 2.5 leave shares and Kish n unchanged: (Σw)²/Σw² = 50²/125 = 20.
    @Test func uniformWeightsDoNotChangeTheResult() throws {
        let plain = try #require(NetPromoterScore(histogram: Self.histogram(Self.scores), confidenceLevel: 0.95))
        let weighted = try #require(NetPromoterScore(histogram: Self.histogram(Self.scores, weight: 2.5), confidenceLevel: 0.95))
        #expect(abs(weighted.score - plain.score) < 1e-9)
        #expect(abs(weighted.effectiveN - 20) < 1e-9)
        #expect(abs(weighted.interval.low - plain.interval.low) < 1e-9)
    }

    /// All promoters: NPS 100, and the interval stays inside −100…100.
    @Test func extremeScoresStayOnTheScale() throws {
        let nps = try #require(NetPromoterScore(histogram: Self.histogram([10, 9, 10]), confidenceLevel: 0.95))
        #expect(nps.score == 100)
        #expect(nps.interval.high <= 100 && nps.interval.low >= -100)
        #expect(NetPromoterScore(histogram: ScoreHistogram(scale: 0...10), confidenceLevel: 0.95) == nil)
    }

    /// Merging the histograms of two halves equals folding all rows at once.
    @Test func histogramsMergeExactly() {
        var first = Self.histogram(Array(Self.scores.prefix(7)), weight: 1.5)
        let second = Self.histogram(Array(Self.scores.dropFirst(7)), weight: 1.5)
        first.merge(second)
        #expect(first == Self.histogram(Self.scores, weight: 1.5))
    }

    /// Groups under the suppression threshold get no NPS; under the low-base threshold a flag.
    @Test func smallGroupsAreSuppressedOrFlagged() {
        var group = GroupStatistics(csatScale: 1...5, cesScale: 1...7)
        var row = ResponseRow(segmentCount: 0, driverCount: 0)
        for score in [10, 9, 3, 7] { row.nps = score; group.add(row) }
        let settings = AnalysisSettings(confidenceLevel: 0.95, suppressBelow: 5, lowBaseBelow: 30)
        let tiny = GroupResult(group, settings: settings)
        #expect(tiny.suppressed && tiny.nps == nil && !tiny.lowBase)
        row.nps = 8
        group.add(row)
        let small = GroupResult(group, settings: settings)
        #expect(!small.suppressed && small.lowBase && small.nps != nil)
    }
}
