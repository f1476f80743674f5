import Testing
@testable import CXAnalytics

@Suite struct MeanSummaryTests {
    // Proves the t interval x̄ ± t_{n−1}·s/√n against scipy 1.17.1 stats.t.interval
    // (Fixtures/reference/comparisons.out.txt), including a small paired-gap style sample.
    @Test(arguments: [
        (5.4, 1.1, 198.0, 0.95, 5.245835490339132, 5.554164509660868),
        (-0.35, 0.9, 14.0, 0.90, -0.7759716728800752, 0.07597167288007495),
    ])
    func tIntervalMatchesScipy(mean: Double, sd: Double, n: Double, level: Double, low: Double, high: Double) {
        let interval = MeanSummary(count: n, mean: mean, variance: sd * sd).confidenceInterval(level: level)
        #expect(close(interval.low, low, 1e-12))
        #expect(close(interval.high, high, 1e-12))
    }

    // Proves a single observation gives no finite interval rather than a fake precise one.
    @Test func singleObservationIsUnbounded() {
        let interval = MeanSummary(count: 1, mean: 3, variance: 0).confidenceInterval()
        #expect(interval.low == -.infinity && interval.high == .infinity)
    }
}
