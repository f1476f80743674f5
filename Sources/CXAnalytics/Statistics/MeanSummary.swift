/// Sufficient statistics for a mean (e.g. CES 1–7, a driver rating, a paired P − E gap):
/// n, mean and unbiased sample variance. `MomentAccumulator.summary` produces one.
///
/// For weighted data, `count` is Kish's effective n and `variance` the reliability-weighted
/// unbiased variance (see `MomentAccumulator.sampleVariance`).
public struct MeanSummary: Hashable, Sendable, Codable {
    /// n (effective n for weighted data).
    public var count: Double
    /// x̄.
    public var mean: Double
    /// s² = Σ(x − x̄)²/(n − 1) (its weighted analogue for weighted data).
    public var variance: Double

    public init(count: Double, mean: Double, variance: Double) {
        self.count = count
        self.mean = mean
        self.variance = variance
    }

    /// Standard error of the mean, s/√n (infinite for n ≤ 0).
    public var standardError: Double {
        count > 0 ? (max(0, variance) / count).squareRoot() : .infinity
    }

    /// t interval x̄ ± t_{n−1, 1−α/2}·s/√n (Student 1908). For a paired design (SERVQUAL
    /// perception − expectation) summarise the per-respondent differences, then call this.
    /// Needs n > 1; otherwise the interval is unbounded.
    public func confidenceInterval(level: Double = 0.95) -> ConfidenceInterval {
        guard count > 1 else { return ConfidenceInterval(low: -.infinity, high: .infinity, level: level) }
        let t = StudentTDistribution(degreesOfFreedom: count - 1).criticalValue(level: level)
        return ConfidenceInterval(low: mean - t * standardError, high: mean + t * standardError, level: level)
    }
}
