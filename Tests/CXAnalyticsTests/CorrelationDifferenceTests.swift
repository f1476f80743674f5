import Testing
@testable import CXAnalytics

/// Williams' t for two correlations that share a variable (`PeakEndFit.CorrelationDifference`).
@Suite struct CorrelationDifferenceTests {
    // Proves the statistic on Steiger's (1980, Psychological Bulletin 87, p. 247) worked example:
    // n = 103, r_jk = .5, r_jh = .4, r_kh = .1, published T2 = .89. By hand:
    // |R| = 1 − .25 − .16 − .01 + 2·.5·.4·.1 = .62; r̄ = .45;
    // denominator = 2·(102/100)·.62 + .45²·.9³ = 1.2648 + .1476225 = 1.4124225;
    // t = .1·√(102·1.1 / 1.4124225) = .1·√79.43803 = 0.8912799; two-sided p on 100 df = 0.3749185
    // (scipy.stats.t.sf(0.8912799, 100)·2).
    @Test func steigerWorkedExample() throws {
        let difference = try #require(PeakEndFit.CorrelationDifference(rjk: 0.5, rjh: 0.4, rkh: 0.1, n: 103, level: 0.95))
        #expect(close(difference.t, 0.8912799047605414, 1e-12))
        #expect(difference.degreesOfFreedom == 100)
        #expect(close(difference.p, 0.3749185174912553, 1e-9) && !difference.significant)
        // Swapping the two correlations flips the sign only.
        let swapped = try #require(PeakEndFit.CorrelationDifference(rjk: 0.4, rjh: 0.5, rkh: 0.1, n: 103, level: 0.95))
        #expect(close(swapped.t, -difference.t, 1e-12) && close(swapped.p, difference.p, 1e-12))
    }

    // Proves the verdict a report may state: the larger |r| only when significant, "neither"
    // when not, nothing without a test or when the two r have opposite signs (a signed test
    // says nothing about which relation is stronger).
    @Test func verdictFollowsSignificanceAndSign() throws {
        let significant = try #require(PeakEndFit.CorrelationDifference(rjk: 0.5, rjh: 0.4, rkh: 0.9, n: 103, level: 0.95))
        let notSignificant = try #require(PeakEndFit.CorrelationDifference(rjk: 0.5, rjh: 0.4, rkh: 0.1, n: 103, level: 0.95))
        #expect(PeakEndFit.verdict(peakEnd: 0.5, average: 0.4, difference: significant) == .peakEnd)
        let reversed = try #require(PeakEndFit.CorrelationDifference(rjk: 0.4, rjh: 0.5, rkh: 0.9, n: 103, level: 0.95))
        #expect(PeakEndFit.verdict(peakEnd: 0.4, average: 0.5, difference: reversed) == .average)
        let negative = try #require(PeakEndFit.CorrelationDifference(rjk: -0.5, rjh: -0.4, rkh: 0.9, n: 103, level: 0.95))
        #expect(PeakEndFit.verdict(peakEnd: -0.5, average: -0.4, difference: negative) == .peakEnd)  // |−0.5| > |−0.4|
        #expect(PeakEndFit.verdict(peakEnd: 0.5, average: 0.4, difference: notSignificant) == .neither)
        let opposite = try #require(PeakEndFit.CorrelationDifference(rjk: -0.35, rjh: 0.3, rkh: 0.5, n: 500, level: 0.95))
        #expect(opposite.significant && PeakEndFit.verdict(peakEnd: -0.35, average: 0.3, difference: opposite) == nil)
        #expect(PeakEndFit.verdict(peakEnd: 0.5, average: 0.4, difference: nil) == nil)
    }

    // Proves that the same difference in r becomes significant when the two predictors are
    // highly correlated (peak_end and the average are built from the same valences), and that
    // too few customers or a missing r give no test. By hand for r_kh = .9, n = 103:
    // |R| = 1 − .25 − .16 − .81 + .36 = .14; denominator = 2.04·.14 + .2025·.001 = .2858025;
    // t = .1·√(102·1.9 / .2858025) = .1·√678.08 = 2.604, p ≈ 0.0106 < .05.
    @Test func correlatedPredictorsAndEdges() throws {
        let close9 = try #require(PeakEndFit.CorrelationDifference(rjk: 0.5, rjh: 0.4, rkh: 0.9, n: 103, level: 0.95))
        #expect(close(close9.t, 2.6040, 1e-4) && close9.significant)
        #expect(PeakEndFit.CorrelationDifference(rjk: 0.5, rjh: 0.4, rkh: 0.9, n: 3, level: 0.95) == nil)
        #expect(PeakEndFit.CorrelationDifference(rjk: .nan, rjh: 0.4, rkh: 0.9, n: 103, level: 0.95) == nil)
    }
}
