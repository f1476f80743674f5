import Testing
@testable import CXAnalytics

/// Reference numbers from Fixtures/reference/moments.py (numpy 2.4.6 on Fixtures/mtcars.csv).
@Suite struct MomentAccumulatorTests {
    // Proves mean and unbiased variance of mtcars mpg against numpy mean / var(ddof=1).
    @Test func unweightedMatchesNumpy() throws {
        let mpg = try #require(try Fixtures.mtcars()["mpg"])
        let moments = MomentAccumulator(mpg)
        #expect(moments.count == 32)
        #expect(close(moments.mean, 20.090625000000003, 1e-14))
        #expect(close(moments.sampleVariance, 36.32410282258064, 1e-13))
        #expect(close(moments.populationVariance, 36.32410282258064 * 31 / 32, 1e-13))
        #expect(moments.summary.count == 32)
    }

    // Proves weighted mean, reliability-weighted variance (numpy cov(aweights=)) and Kish n_eff,
    // with weights wᵢ = 1 + 0.5·(i mod 3).
    @Test func weightedMatchesNumpy() throws {
        let mpg = try #require(try Fixtures.mtcars()["mpg"])
        var moments = MomentAccumulator()
        for (i, value) in mpg.enumerated() { moments.add(value, weight: 1 + 0.5 * Double(i % 3)) }
        #expect(close(moments.mean, 20.189473684210522, 1e-14))
        #expect(close(moments.sampleVariance, 36.37022471910112, 1e-13))
        #expect(close(moments.effectiveSampleSize, 29.785478547854787, 1e-13))
    }

    // Proves the Chan et al. merge of two halves equals one pass, and merging an empty accumulator is a no-op.
    @Test func mergeEqualsOnePass() {
        let values = (0..<101).map { Double($0 * 37 % 101) / 7 + 1e6 }
        let whole = MomentAccumulator(values)
        let merged = MomentAccumulator(values[..<40]).merging(MomentAccumulator(values[40...]))
        #expect(close(merged.mean, whole.mean, 1e-12))
        #expect(close(merged.sampleVariance, whole.sampleVariance, 1e-9))
        #expect(merged.count == whole.count)
        #expect(whole.merging(MomentAccumulator()) == whole)
        #expect(MomentAccumulator().merging(whole) == whole)
    }

    // Proves non-finite values and non-positive weights are ignored rather than poisoning the sums.
    @Test func ignoresInvalidInput() {
        var moments = MomentAccumulator([1, 2, 3])
        moments.add(.nan)
        moments.add(.infinity)
        moments.add(100, weight: 0)
        moments.add(100, weight: -2)
        #expect(moments == MomentAccumulator([1, 2, 3]))
        #expect(moments.sampleVariance == 1)
    }
}
