/// Net Promoter Score of a group: the share of promoters (9–10) minus the share of
/// detractors (0–6) on the 0–10 likelihood-to-recommend question, in points −100…100.
///
/// - NPS = 100·(p − d), p and d the weighted shares of promoters and detractors.
/// - Standard error (for comparisons): SE = 100·√((p + d − (p − d)²)/n) (`NPSInterval`).
/// - Interval: adjusted Wald (Rocks 2016): add ¾ to promoters and to detractors and 3
///   to n; it keeps its coverage for small n and extreme scores, where Wald does not.
/// With survey weights, n is Kish's effective sample size.
public struct NetPromoterScore: Hashable, Sendable, Encodable {
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
    /// The weighted counts behind the score, for comparisons.
    public var counts: NPSCounts

    /// nil when the histogram is empty.
    public init?(histogram: ScoreHistogram, confidenceLevel: Double) {
        precondition(histogram.scale == 0...10, "NPS needs the 0–10 scale")
        guard histogram.count > 0, histogram.totalWeight > 0 else { return nil }
        counts = NPSCounts(promoters: histogram.weight(in: 9...10), detractors: histogram.weight(in: 0...6),
                           total: histogram.totalWeight, effectiveSize: histogram.effectiveCount)
        score = counts.score
        promoters = 100 * counts.promoterShare
        detractors = 100 * counts.detractorShare
        passives = max(0, 100 - promoters - detractors)
        standardError = NPSInterval.standardError(counts)
        interval = NPSInterval.adjustedWald(counts, level: confidenceLevel)
        n = histogram.count
    }

    /// Kish effective n used for the interval and SE.
    public var effectiveN: Double { counts.effectiveSize }
}

extension NetPromoterScore {
    enum CodingKeys: String, CodingKey {
        case score, low, high, n, promoters, passives, detractors
        case effectiveN = "effective_n", standardError = "standard_error", margin
    }

    /// Encodes the flat shape of `cxreport analyze --json`: score, low, high, n, shares.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(score, forKey: .score)
        try container.encode(interval.low, forKey: .low)
        try container.encode(interval.high, forKey: .high)
        try container.encode(interval.marginOfError, forKey: .margin)
        try container.encode(n, forKey: .n)
        try container.encode(counts.effectiveSize, forKey: .effectiveN)
        try container.encode(standardError, forKey: .standardError)
        try container.encode(promoters, forKey: .promoters)
        try container.encode(passives, forKey: .passives)
        try container.encode(detractors, forKey: .detractors)
    }
}
