import Testing
@testable import CXAnalytics

@Suite struct ProportionIntervalTests {
    // Proves the Wilson interval reproduces the published values of Newcombe (1998),
    // Statistics in Medicine 17:857–872, Table II, method 3 (4 decimals, as printed):
    // 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605; 0/20 → 0–0.1611; 1/29 → 0.0061–0.1718.
    @Test(arguments: [
        (81.0, 263.0, 25.53, 36.62), (15.0, 148.0, 6.24, 16.05), (0.0, 20.0, 0.0, 16.11), (1.0, 29.0, 0.61, 17.18),
    ])
    func wilsonMatchesNewcombe1998(successes: Double, n: Double, low: Double, high: Double) {
        let interval = ProportionInterval.wilson(successes: successes, n: n, level: 0.95)
        #expect(abs(interval.low - low) < 0.005)
        #expect(abs(interval.high - high) < 0.005)
        #expect(interval.level == 0.95)
    }

    // Proves full precision, weighted (non-integer) successes and other levels against
    // statsmodels 0.15.0 proportion_confint(method="wilson") (Fixtures/reference/intervals.out.txt).
    @Test(arguments: [
        (81.0, 263.0, 0.95, 25.528851987827423, 36.62095769828),
        (37.4, 91.2, 0.95, 31.4771647122062, 51.267207897919285),
        (37.4, 91.2, 0.90, 32.91520139091252, 49.620440918620645),
        (5.0, 7.0, 0.99, 27.80758506447098, 94.19478200720384),
    ])
    func wilsonMatchesStatsmodels(successes: Double, n: Double, level: Double, low: Double, high: Double) {
        let interval = ProportionInterval.wilson(successes: successes, n: n, level: level)
        #expect(close(interval.low, low, 1e-11))
        #expect(close(interval.high, high, 1e-11))
    }

    // Proves weighted counts use p = successes/total but n = Kish effective n: the same p on a
    // smaller effective n gives the wider interval of wilson(proportion:n:).
    @Test func weightedCountsUseEffectiveSize() {
        let counts = ProportionCounts(successes: 74.8, total: 182.4, effectiveSize: 91.2)
        #expect(close(counts.percentage, 100 * 37.4 / 91.2, 1e-12))
        let interval = ProportionInterval.wilson(counts)
        #expect(close(interval.low, 31.4771647122062, 1e-11))
        #expect(close(interval.high, 51.267207897919285, 1e-11))
    }

    // Proves the interval stays inside 0…100 at the extremes and an empty group gives the whole range.
    @Test func boundsAndEmptyGroup() {
        let all = ProportionInterval.wilson(successes: 12, n: 12)
        #expect(all.high == 100)
        #expect(all.low > 70 && all.low < 100)
        let empty = ProportionInterval.wilson(successes: 0, n: 0)
        #expect(empty.low == 0 && empty.high == 100)
    }
}
