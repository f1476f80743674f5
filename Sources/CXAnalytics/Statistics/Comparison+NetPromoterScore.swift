extension Comparison {
    /// Change in NPS between two independent groups:
    ///
    ///     Δ = NPS₂ − NPS₁,  SE_Δ = √(SE₁² + SE₂²),  z = Δ / SE_Δ,  p = 2·(1 − Φ(|z|))
    ///
    /// with SEᵢ = 100·√((pᵢ + dᵢ − (pᵢ − dᵢ)²)/nᵢ) (`NPSInterval.standardError`); n is the
    /// effective size. Reference: Rocks (2016), *The American Statistician* 70(4), §2;
    /// Sauro & Lewis, "How to Compare Two Net Promoter Scores" (MeasuringU).
    public static func netPromoterScore(from first: NPSCounts, to second: NPSCounts) -> Comparison {
        let untestable = first.effectiveSize <= 0 || second.effectiveSize <= 0
        let se1 = NPSInterval.standardError(first)
        let se2 = NPSInterval.standardError(second)
        let standardError = untestable ? 0 : (se1 * se1 + se2 * se2).squareRoot()
        let difference = second.score - first.score
        let z = untestable ? 0 : ratio(difference, standardError)
        return Comparison(
            method: .netPromoterScoreZ, fromEstimate: first.score, toEstimate: second.score,
            standardError: standardError, statistic: z,
            pValue: untestable ? 1 : NormalDistribution.twoSidedPValue(z: z),
            fromSize: first.effectiveSize, toSize: second.effectiveSize)
    }
}
