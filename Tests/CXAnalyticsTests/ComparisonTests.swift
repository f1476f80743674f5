import Foundation
import Testing
@testable import CXAnalytics

/// Reference numbers come from Fixtures/reference/comparisons.py (scipy 1.17.1,
/// statsmodels 0.15.0); its output is kept in comparisons.out.txt.
@Suite struct ComparisonTests {
    // Proves Welch's t, Welch–Satterthwaite df, SE and p against scipy ttest_ind_from_stats
    // (equal_var=False), for large, small/unequal-variance and very large samples.
    @Test(arguments: [
        (MeanSummary(count: 212, mean: 5.1, variance: 1.3 * 1.3), MeanSummary(count: 198, mean: 5.4, variance: 1.1 * 1.1),
         2.527997305355351, 404.1297005253978, 0.011851593961742594, 0.11867101256970322),
        (MeanSummary(count: 12, mean: 4.2, variance: 4), MeanSummary(count: 9, mean: 5.9, variance: 0.7 * 0.7),
         2.7299674106181655, 14.360034886945662, 0.01597945324568494, 0.6227180564089801),
        (MeanSummary(count: 5000, mean: 3.0, variance: 1), MeanSummary(count: 4000, mean: 3.02, variance: 1.1 * 1.1),
         0.8921994734909418, 8175.987676308862, 0.3723122814826682, 0.022416511771459896),
    ])
    func welchMatchesScipy(from: MeanSummary, to: MeanSummary, t: Double, df: Double, p: Double, se: Double) throws {
        let c = Comparison.welch(from: from, to: to)
        #expect(c.method == .welchT)
        #expect(close(c.statistic, t, 1e-10))
        #expect(close(try #require(c.degreesOfFreedom), df, 1e-10))
        #expect(relativelyClose(c.pValue, p, 1e-9))
        #expect(close(c.standardError, se, 1e-12))
        #expect(close(c.difference, to.mean - from.mean, 1e-15))
    }

    // Proves the pooled two-proportion z test against statsmodels proportions_ztest, with
    // estimates and SE in percent, for a rise, a non-significant fall and a small-sample fall.
    @Test(arguments: [
        (150.0, 250.0, 180.0, 260.0, 2.18065236918789, 0.029209138523889084, 4.23303106960002),
        (40.0, 100.0, 38.0, 90.0, 0.3109060897804938, 0.755872014783791, 7.147567369269464),
        (9.0, 10.0, 3.0, 12.0, -3.048770243885229, 0.0022978014107260013, 21.320071635561042),
    ])
    func twoProportionsMatchesStatsmodels(x1: Double, n1: Double, x2: Double, n2: Double, z: Double, p: Double, se: Double) {
        let c = Comparison.twoProportions(
            from: ProportionCounts(successes: x1, total: n1), to: ProportionCounts(successes: x2, total: n2))
        #expect(c.method == .twoProportionZ)
        #expect(close(c.statistic, z, 1e-12))
        #expect(relativelyClose(c.pValue, p, 1e-11))
        #expect(close(c.standardError, se, 1e-12))
        #expect(close(c.difference, 100 * (x2 / n2 - x1 / n1), 1e-12))
        #expect(c.degreesOfFreedom == nil)
    }

    // Proves the NPS difference z = Δ/√(SE₁² + SE₂²). By hand for the first case:
    // NPS₁ = 45 − 20 = 25, SE₁ = 100·√((0.65 − 0.0625)/100) = 7.66485;
    // NPS₂ = 50 − 12.5 = 37.5, SE₂ = 100·√((0.625 − 0.140625)/120) = 6.35331;
    // Δ = 12.5, SE = √(58.7500 + 40.3646) = 9.95563, z = 1.25557, p = 0.20927.
    @Test(arguments: [
        (NPSCounts(promoters: 45, detractors: 20, total: 100), NPSCounts(promoters: 60, detractors: 15, total: 120),
         12.5, 9.955630735083204, 1.255570875680488, 0.20927159625518144),
        (NPSCounts(promoters: 300, detractors: 120, total: 700), NPSCounts(promoters: 310, detractors: 118, total: 720),
         0.9523809523809597, 3.8594482346512846, 0.24676609050749732, 0.8050892548919149),
    ])
    func netPromoterScoreDifferenceMatchesHandComputation(
        from: NPSCounts, to: NPSCounts, delta: Double, se: Double, z: Double, p: Double
    ) {
        let c = Comparison.netPromoterScore(from: from, to: to)
        #expect(c.method == .netPromoterScoreZ)
        #expect(close(c.difference, delta, 1e-12))
        #expect(close(c.standardError, se, 1e-12))
        #expect(close(c.statistic, z, 1e-12))
        #expect(relativelyClose(c.pValue, p, 1e-12))
    }

    // Proves significance is p < 1 − level, at each level, for the same comparison (p ≈ 0.0292).
    @Test func significanceDependsOnLevel() {
        let c = Comparison.twoProportions(
            from: ProportionCounts(successes: 150, total: 250), to: ProportionCounts(successes: 180, total: 260))
        #expect(c.isSignificant(at: 0.95))
        #expect(c.isSignificant(at: 0.90))
        #expect(!c.isSignificant(at: 0.99))
    }

    // Proves untestable comparisons are never significant and that degenerate SE = 0 cases are explicit.
    @Test func degenerateComparisons() {
        let empty = Comparison.netPromoterScore(
            from: NPSCounts(promoters: 0, detractors: 0, total: 0), to: NPSCounts(promoters: 5, detractors: 0, total: 5))
        #expect(empty.pValue == 1 && !empty.isSignificant(at: 0.5))
        let single = Comparison.welch(from: MeanSummary(count: 1, mean: 2, variance: 0), to: MeanSummary(count: 30, mean: 6, variance: 1))
        #expect(single.pValue == 1)
        let same = Comparison.welch(from: MeanSummary(count: 8, mean: 5, variance: 0), to: MeanSummary(count: 9, mean: 5, variance: 0))
        #expect(same.statistic == 0 && same.pValue == 1)
        let apart = Comparison.welch(from: MeanSummary(count: 8, mean: 5, variance: 0), to: MeanSummary(count: 9, mean: 4, variance: 0))
        #expect(apart.statistic == -.infinity && apart.pValue == 0)
    }

    // Proves a comparison survives a JSON round trip unchanged (results are Codable values).
    @Test func codableRoundTrip() throws {
        let c = Comparison.welch(from: MeanSummary(count: 12, mean: 4.2, variance: 4), to: MeanSummary(count: 9, mean: 5.9, variance: 0.49))
        let decoded = try JSONDecoder().decode(Comparison.self, from: JSONEncoder().encode(c))
        #expect(decoded == c)
    }
}
