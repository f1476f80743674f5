extension Comparison {
    /// Pooled two-proportion z test (e.g. CSAT top-2-box this quarter vs last):
    ///
    ///     p̄ = (x₁ + x₂)/(n₁ + n₂),  SE = √(p̄(1 − p̄)(1/n₁ + 1/n₂)),  z = (p₂ − p₁)/SE
    ///
    /// with xᵢ = pᵢ·nᵢ and nᵢ the effective sizes; estimates, difference and SE are in percent
    /// (so the difference is in percentage points). Reference: Agresti, A. (2013),
    /// *Categorical Data Analysis* 3rd ed., §3.1.2; Fleiss, Levin & Paik (2003) §2.5.
    public static func twoProportions(from first: ProportionCounts, to second: ProportionCounts) -> Comparison {
        let n1 = first.effectiveSize, n2 = second.effectiveSize
        let p1 = first.proportion, p2 = second.proportion
        guard n1 > 0, n2 > 0 else {
            return Comparison(
                method: .twoProportionZ, fromEstimate: 100 * p1, toEstimate: 100 * p2, standardError: 0,
                statistic: 0, pValue: 1, fromSize: n1, toSize: n2)
        }
        let pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
        let standardError = (pooled * (1 - pooled) * (1 / n1 + 1 / n2)).squareRoot()
        let z = ratio(p2 - p1, standardError)
        return Comparison(
            method: .twoProportionZ, fromEstimate: 100 * p1, toEstimate: 100 * p2,
            standardError: 100 * standardError, statistic: z,
            pValue: NormalDistribution.twoSidedPValue(z: z), fromSize: n1, toSize: n2)
    }
}
