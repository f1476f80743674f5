/// Net Promoter Score of a group: the share of promoters (9–10) minus the share of
/// detractors (0–6) on the 0–10 likelihood-to-recommend question, in points −100…100.
///
/// - NPS = 100·(p − d), p and d the weighted shares of promoters and detractors.
/// - Standard error (for comparisons): SE = 100·√((p + d − (p − d)²)/n).
/// - Interval: adjusted Wald (Rocks 2016; Sauro & Lewis, *Quantifying the User
///   Experience*): add ¾ to promoters and to detractors and 3 to n, then
///   NPS_adj ± z·SE_adj. It keeps its coverage for small n and extreme scores, where
///   the plain Wald interval does not.
/// With survey weights, n is Kish's effective sample size and counts are shares × n.
public struct NetPromoterScore: Hashable, Sendable, Codable {
    /// −100…100.
    public var score: Double
    public var interval: ConfidenceInterval
    public var standardError: Double
    /// Shares in percent (0…100) of the weighted total.
    public var promoters: Double
    public var passives: Double
    public var detractors: Double
    /// Unweighted number of answers.
    public var n: Int
    /// Kish effective n used for the interval and SE.
    public var effectiveN: Double

    /// nil when the histogram is empty.
    public init?(histogram: ScoreHistogram, confidenceLevel: Double, z: Double) {
        precondition(histogram.scale == 0...10, "NPS needs the 0–10 scale")
        let total = histogram.totalWeight
        guard histogram.count > 0, total > 0 else { return nil }
        let p = histogram.weight(in: 9...10) / total
        let d = histogram.weight(in: 0...6) / total
        let n = histogram.effectiveCount
        score = 100 * (p - d)
        promoters = 100 * p
        detractors = 100 * d
        passives = 100 * (1 - p - d)
        standardError = 100 * max(0, (p + d - (p - d) * (p - d)) / n).squareRoot()
        let adjustedN = n + 3
        let pAdjusted = (p * n + 0.75) / adjustedN
        let dAdjusted = (d * n + 0.75) / adjustedN
        let centre = pAdjusted - dAdjusted
        let se = max(0, (pAdjusted + dAdjusted - centre * centre) / adjustedN).squareRoot()
        interval = ConfidenceInterval(low: 100 * max(-1, centre - z * se), high: 100 * min(1, centre + z * se),
                                      level: confidenceLevel)
        self.n = histogram.count
        effectiveN = n
    }
}
