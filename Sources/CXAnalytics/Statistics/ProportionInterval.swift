/// Confidence intervals for a single proportion, on the 0…100 percentage scale.
///
/// Wilson score interval (Wilson 1927; Newcombe 1998, method 3):
///
///     centre = (p + z²/2n) / (1 + z²/n)
///     half   = z / (1 + z²/n) · √( p(1 − p)/n + z²/4n² )
///     CI     = 100 · (centre ± half)
///
/// It never leaves [0, 100] and keeps close to nominal coverage for small n and extreme p,
/// unlike the Wald interval.
///
/// - Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
///   inference. *JASA* 22(158), 209–212.
/// - Newcombe, R. G. (1998). Two-sided confidence intervals for the single proportion:
///   comparison of seven methods. *Statistics in Medicine* 17(8), 857–872.
public enum ProportionInterval {
    /// Wilson interval for p = successes/n. Successes may be weighted (non-integer).
    public static func wilson(successes: Double, n: Double, level: Double = 0.95) -> ConfidenceInterval {
        wilson(proportion: n > 0 ? successes / n : 0, n: n, level: level)
    }

    /// Wilson interval for counts, using p = successes/total and n = effective size.
    public static func wilson(_ counts: ProportionCounts, level: Double = 0.95) -> ConfidenceInterval {
        wilson(proportion: counts.proportion, n: counts.effectiveSize, level: level)
    }

    /// Wilson interval for a proportion p (0…1) observed on n (e.g. Kish's effective n for
    /// weighted data, where p = Σw·x/Σw). An empty sample (n ≤ 0) gives the whole range 0…100.
    public static func wilson(proportion p: Double, n: Double, level: Double = 0.95) -> ConfidenceInterval {
        guard n > 0 else { return ConfidenceInterval(low: 0, high: 100, level: level) }
        let z = NormalDistribution.criticalValue(level: level)
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        return ConfidenceInterval(
            low: 100 * max(0, centre - half),
            high: 100 * min(1, centre + half),
            level: level
        )
    }
}
