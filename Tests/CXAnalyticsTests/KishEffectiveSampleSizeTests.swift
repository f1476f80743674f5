import Testing
@testable import CXAnalytics

@Suite struct KishEffectiveSampleSizeTests {
    // Proves n_eff = (Σw)²/Σw² by hand: weights 1, 1, 2, 4 → 8²/(1 + 1 + 4 + 16) = 64/22.
    @Test func matchesHandComputation() {
        let kish = KishEffectiveSampleSize(weights: [1, 1, 2, 4])
        #expect(close(kish.value, 64.0 / 22.0, 1e-15))
        #expect(close(kish.designEffect, 4 / (64.0 / 22.0), 1e-15))
    }

    // Proves equal weights give n (deff 1), invalid weights are ignored, and merging equals one pass.
    @Test func equalWeightsIgnoredWeightsAndMerge() {
        let equal = KishEffectiveSampleSize(weights: Array(repeating: 2.5, count: 40))
        #expect(close(equal.value, 40, 1e-12))
        #expect(close(equal.designEffect, 1, 1e-12))
        #expect(KishEffectiveSampleSize(weights: [0, -1, .nan, .infinity]).value == 0)
        var left = KishEffectiveSampleSize(weights: [1, 1])
        left.merge(KishEffectiveSampleSize(weights: [2, 4]))
        #expect(left == KishEffectiveSampleSize(weights: [1, 1, 2, 4]))
    }
}
