/// Standard error and confidence interval of a Net Promoter Score, in NPS points (−100…100).
///
/// Standard error (the variance of a difference of two multinomial shares):
///
///     SE = 100 · √( (p + d − (p − d)²) / n )
///
/// Adjusted-Wald interval (Rocks 2016; Sauro & Lewis): add 3 to n and ¾ to promoters and
/// to detractors, then use the same variance:
///
///     p̂ = (P + ¾)/(n + 3),  d̂ = (D + ¾)/(n + 3),  NPS_adj = p̂ − d̂
///     SE_adj = √( (p̂ + d̂ − (p̂ − d̂)²) / (n + 3) )
///     CI = 100 · (NPS_adj ± z·SE_adj), clipped to [−100, 100]
///
/// - Rocks, B. (2016). Interval estimation for the "Net Promoter Score".
///   *The American Statistician* 70(4), 365–372.
/// - Sauro, J. & Lewis, J. R., "Confidence Intervals for Net Promoter Scores" and
///   "Evaluating NPS Confidence Intervals with Real-World Data" (MeasuringU, 2020–2021).
///
/// For weighted data pass shares from weighted counts and n = Kish's effective n; the
/// adjustment then adds ¾ to p·n_eff and d·n_eff.
public enum NPSInterval {
    /// SE of the NPS in points: 100·√((p + d − (p − d)²)/n), with n the effective size.
    public static func standardError(_ counts: NPSCounts) -> Double {
        standardError(promoterShare: counts.promoterShare, detractorShare: counts.detractorShare, n: counts.effectiveSize)
    }

    /// SE of the NPS in points from shares p, d (0…1) and n. Infinite for n ≤ 0.
    public static func standardError(promoterShare p: Double, detractorShare d: Double, n: Double) -> Double {
        guard n > 0 else { return .infinity }
        return 100 * (max(0, p + d - (p - d) * (p - d)) / n).squareRoot()
    }

    /// Adjusted-Wald interval for counts, using the effective size as n.
    public static func adjustedWald(_ counts: NPSCounts, level: Double = 0.95) -> ConfidenceInterval {
        let n = counts.effectiveSize
        return adjustedWald(
            promoters: counts.promoterShare * n, detractors: counts.detractorShare * n, n: n, level: level)
    }

    /// Adjusted-Wald interval from P promoters and D detractors out of n (may be non-integer).
    public static func adjustedWald(promoters: Double, detractors: Double, n: Double, level: Double = 0.95) -> ConfidenceInterval {
        let nAdjusted = max(0, n) + 3
        let p = (promoters + 0.75) / nAdjusted
        let d = (detractors + 0.75) / nAdjusted
        let difference = p - d
        let standardError = (max(0, p + d - difference * difference) / nAdjusted).squareRoot()
        let margin = NormalDistribution.criticalValue(level: level) * standardError
        return ConfidenceInterval(
            low: 100 * max(-1, difference - margin),
            high: 100 * min(1, difference + margin),
            level: level
        )
    }
}
