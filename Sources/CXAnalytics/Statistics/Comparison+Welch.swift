extension Comparison {
    /// Welch's unequal-variance t test for two means (e.g. CES this quarter vs last):
    ///
    ///     SE = √(s₁²/n₁ + s₂²/n₂),  t = (x̄₂ − x̄₁)/SE
    ///     ν = (s₁²/n₁ + s₂²/n₂)² / ( (s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1) )
    ///     p = 2·P(T_ν ≥ |t|)
    ///
    /// References: Welch, B. L. (1947). The generalization of "Student's" problem when several
    /// different population variances are involved. *Biometrika* 34, 28–35; Satterthwaite,
    /// F. E. (1946). *Biometrics Bulletin* 2(6), 110–114.
    public static func welch(from first: MeanSummary, to second: MeanSummary) -> Comparison {
        let n1 = first.count, n2 = second.count
        guard n1 > 1, n2 > 1 else {
            return Comparison(
                method: .welchT, fromEstimate: first.mean, toEstimate: second.mean, standardError: 0,
                statistic: 0, degreesOfFreedom: 0, pValue: 1, fromSize: n1, toSize: n2)
        }
        let a = max(0, first.variance) / n1
        let b = max(0, second.variance) / n2
        let standardError = (a + b).squareRoot()
        let t = ratio(second.mean - first.mean, standardError)
        let dfDenominator = a * a / (n1 - 1) + b * b / (n2 - 1)
        // Both variances 0: ν is 0/0; the test is then degenerate and df is reported as n₁ + n₂ − 2.
        let df = dfDenominator > 0 ? (a + b) * (a + b) / dfDenominator : n1 + n2 - 2
        let p = t.isInfinite ? 0 : StudentTDistribution(degreesOfFreedom: df).twoSidedPValue(t: t)
        return Comparison(
            method: .welchT, fromEstimate: first.mean, toEstimate: second.mean, standardError: standardError,
            statistic: t, degreesOfFreedom: df, pValue: p, fromSize: n1, toSize: n2)
    }
}
