import Testing
@testable import CXAnalytics

@Suite struct NPSIntervalTests {
    // Proves the adjusted-Wald NPS interval against a hand computation (no published worked
    // example with full numbers was retrievable here), for P = 45, D = 20, n = 100, 95%:
    //   n_adj = 100 + 3 = 103
    //   p̂ = (45 + 0.75)/103 = 45.75/103 = 0.4441748
    //   d̂ = (20 + 0.75)/103 = 20.75/103 = 0.2014563
    //   NPS_adj = p̂ − d̂ = 25/103 = 0.2427184
    //   p̂ + d̂ − (p̂ − d̂)² = 66.5/103 − (25/103)² = 0.6456311 − 0.0589122 = 0.5867190
    //   SE_adj = √(0.5867190/103) = √0.0056963 = 0.0754738
    //   z₀.₉₇₅ = 1.959964, margin = 1.959964 × 0.0754738 = 0.1479260
    //   CI = 100·(0.2427184 ± 0.1479260) = [9.479, 39.064]
    // Full precision from Fixtures/reference/intervals.py (exact fractions, then sqrt):
    // [9.479245486137437, 39.064443834250916].
    @Test func adjustedWaldMatchesHandComputation() {
        let interval = NPSInterval.adjustedWald(promoters: 45, detractors: 20, n: 100, level: 0.95)
        #expect(abs(interval.low - 9.479) < 0.001)
        #expect(abs(interval.high - 39.064) < 0.001)
        #expect(close(interval.low, 9.479245486137437, 1e-12))
        #expect(close(interval.high, 39.064443834250916, 1e-12))
        #expect(close(interval.marginOfError, 14.79260, 1e-5))
    }

    // Proves other levels and sizes against the same reference script (intervals.out.txt).
    @Test(arguments: [
        (7.0, 2.0, 12.0, 0.90, 0.7422867251736576, 65.924379941493),
        (150.0, 90.0, 400.0, 0.99, 5.140998335456184, 24.635676602509076),
    ])
    func adjustedWaldMatchesReferenceScript(p: Double, d: Double, n: Double, level: Double, low: Double, high: Double) {
        let interval = NPSInterval.adjustedWald(promoters: p, detractors: d, n: n, level: level)
        #expect(close(interval.low, low, 1e-12))
        #expect(close(interval.high, high, 1e-12))
    }

    // Proves the plain SE = 100·√((p + d − (p − d)²)/n): for p = 0.45, d = 0.20, n = 100,
    // (0.65 − 0.0625)/100 = 0.005875, √ = 0.0766485 → 7.66485 points (script: 7.664854858377945).
    @Test func standardErrorMatchesFormula() {
        let counts = NPSCounts(promoters: 45, detractors: 20, total: 100)
        #expect(close(counts.score, 25, 1e-12))
        #expect(close(NPSInterval.standardError(counts), 7.664854858377945, 1e-12))
        let larger = NPSCounts(promoters: 150, detractors: 90, total: 400)
        #expect(close(NPSInterval.standardError(larger), 3.799671038392666, 1e-12))
    }

    // Proves weighted counts scale to the effective n: shares from weighted totals, n from Kish.
    @Test func weightedCountsUseEffectiveSize() {
        let weighted = NPSCounts(promoters: 90, detractors: 40, total: 200, effectiveSize: 100)
        let plain = NPSInterval.adjustedWald(promoters: 45, detractors: 20, n: 100)
        #expect(close(NPSInterval.adjustedWald(weighted).low, plain.low, 1e-12))
        #expect(close(NPSInterval.adjustedWald(weighted).high, plain.high, 1e-12))
        #expect(close(NPSInterval.standardError(weighted), 7.664854858377945, 1e-12))
    }

    // Proves the interval is clipped to −100…100 (all promoters, n = 10 would reach 106.3 unclipped).
    @Test func intervalIsClippedToTheScale() {
        let allPromoters = NPSInterval.adjustedWald(promoters: 10, detractors: 0, n: 10)
        #expect(allPromoters.high == 100)
        #expect(allPromoters.low > 40 && allPromoters.low < 100)
        let allDetractors = NPSInterval.adjustedWald(promoters: 0, detractors: 10, n: 10)
        #expect(allDetractors.low == -100)
    }
}
