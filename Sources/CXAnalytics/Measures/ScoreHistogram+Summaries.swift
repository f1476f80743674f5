extension ScoreHistogram {
    /// Weighted share of answers in `range`, with Kish's effective n, for Wilson
    /// intervals and two-proportion tests.
    public func proportion(in range: ClosedRange<Int>) -> ProportionCounts {
        ProportionCounts(successes: weight(in: range), total: totalWeight, effectiveSize: effectiveCount)
    }

    /// Weighted mean and variance of the scores, for t intervals and Welch tests.
    ///
    /// mean = Σwx/Σw; variance = Σw(x − mean)²/Σw · n_eff/(n_eff − 1), the weighted
    /// analogue of the sample variance (equal to it when all weights are 1).
    public var meanSummary: MeanSummary {
        let total = totalWeight
        guard total > 0 else { return MeanSummary(count: 0, mean: 0, variance: 0) }
        var sum = 0.0
        for (slot, weight) in weights.enumerated() { sum += weight * Double(scale.lowerBound + slot) }
        let mean = sum / total
        var squares = 0.0
        for (slot, weight) in weights.enumerated() {
            let deviation = Double(scale.lowerBound + slot) - mean
            squares += weight * deviation * deviation
        }
        let n = effectiveCount
        let variance = n > 1 ? squares / total * n / (n - 1) : 0
        return MeanSummary(count: n, mean: mean, variance: variance)
    }

    /// The histogram of everyone not in `part` (part must be a subset of self), for
    /// "this segment versus the rest" comparisons.
    public func subtracting(_ part: ScoreHistogram) -> ScoreHistogram {
        var rest = self
        for slot in weights.indices {
            rest.weights[slot] = max(0, weights[slot] - part.weights[slot])
            rest.counts[slot] = counts[slot] - part.counts[slot]
        }
        rest.sumOfSquaredWeights = max(0, sumOfSquaredWeights - part.sumOfSquaredWeights)
        return rest
    }
}
