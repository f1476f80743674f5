import Testing
@testable import CXAnalytics

@Suite struct NormalDistributionTests {
    // Proves the critical values used for 90/95/99% intervals match printed normal tables
    // (e.g. Abramowitz & Stegun 1964, Table 26.5: 1.644854, 1.959964, 2.575829).
    @Test func criticalValuesMatchPublishedTables() {
        #expect(close(NormalDistribution.criticalValue(level: 0.90), 1.644854, 5e-7))
        #expect(close(NormalDistribution.criticalValue(level: 0.95), 1.959964, 5e-7))
        #expect(close(NormalDistribution.criticalValue(level: 0.99), 2.575829, 5e-7))
    }

    // Proves AS 241 is accurate to ~1e-15 across centre, tails and far tails
    // (reference: scipy 1.17.1 norm.ppf, Fixtures/reference/distributions.out.txt).
    @Test(arguments: [
        (1e-300, -37.0470962993612), (1e-20, -9.262340089798409), (1e-10, -6.361340902404056),
        (0.001, -3.090232306167813), (0.02, -2.053748910631823), (0.3, -0.5244005127080409),
        (0.5, 0.0), (0.6, 0.2533471031357997), (0.9, 1.2815515655446004),
        (0.975, 1.959963984540054), (0.999999, 4.753424308817087),
    ])
    func quantileMatchesScipy(p: Double, expected: Double) {
        #expect(close(NormalDistribution.quantile(p), expected, 1e-14))
    }

    // Proves Φ via erfc matches scipy norm.cdf, including a 6e-16 lower tail, to 1e-13 relative.
    @Test(arguments: [
        (-8.0, 6.22096057427174e-16), (-3.0, 0.0013498980316300933), (-1.0, 0.15865525393145707),
        (0.5, 0.6914624612740131), (1.959963984540054, 0.975), (2.5, 0.9937903346742238),
    ])
    func cdfMatchesScipy(z: Double, expected: Double) {
        #expect(relativelyClose(NormalDistribution.cdf(z), expected, 1e-13))
    }

    // Proves two-sided p-values (p = 2·P(Z > |z|)) match scipy, and are symmetric in the sign of z.
    @Test(arguments: [(0.3, 0.7641771556220948), (1.96, 0.04999579029644087), (4.0, 6.334248366623973e-05)])
    func twoSidedPValueMatchesScipy(z: Double, expected: Double) {
        #expect(relativelyClose(NormalDistribution.twoSidedPValue(z: z), expected, 1e-13))
        #expect(relativelyClose(NormalDistribution.twoSidedPValue(z: -z), expected, 1e-13))
    }

    // Proves quantile inverts cdf and that out-of-range inputs are not silently mapped to numbers.
    // (Only up to z = 3: near 1, Φ(z) itself keeps just absolute precision, so Φ⁻¹(Φ(6)) cannot be exact.)
    @Test func quantileInvertsCdfAndRejectsBadInput() {
        for z in stride(from: -8.0, through: 3.0, by: 0.25) {
            #expect(close(NormalDistribution.quantile(NormalDistribution.cdf(z)), z, 1e-9))
        }
        #expect(NormalDistribution.quantile(0) == -.infinity)
        #expect(NormalDistribution.quantile(1) == .infinity)
        #expect(NormalDistribution.quantile(1.5).isNaN)
        #expect(NormalDistribution.quantile(-0.1).isNaN)
    }
}
