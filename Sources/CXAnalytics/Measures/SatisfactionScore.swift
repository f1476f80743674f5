/// Customer satisfaction (CSAT): the share of answers in the top two boxes of the
/// scale (4–5 on 1–5), in percent, with a Wilson score interval; also the mean rating.
///
/// Wilson rather than Wald because CSAT shares are often near 100% where the Wald
/// interval overshoots; with weights, n is Kish's effective n.
public struct SatisfactionScore: Hashable, Sendable, Encodable {
    /// Top-2-box share, 0…100.
    public var score: Double
    public var interval: ConfidenceInterval
    /// Mean rating on the scale.
    public var mean: Double
    /// Unweighted number of answers.
    public var n: Int
    public var counts: ProportionCounts
    /// The scores counted as satisfied, e.g. 4...5.
    public var topBoxes: ClosedRange<Int>

    public init?(histogram: ScoreHistogram, confidenceLevel: Double) {
        guard histogram.count > 0, histogram.totalWeight > 0 else { return nil }
        topBoxes = max(histogram.scale.lowerBound, histogram.scale.upperBound - 1)...histogram.scale.upperBound
        counts = histogram.proportion(in: topBoxes)
        score = counts.percentage
        interval = ProportionInterval.wilson(counts, level: confidenceLevel)
        mean = histogram.meanSummary.mean
        n = histogram.count
    }

    enum CodingKeys: String, CodingKey {
        case score, low, high, n, mean, margin
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(score, forKey: .score)
        try container.encode(interval.low, forKey: .low)
        try container.encode(interval.high, forKey: .high)
        try container.encode(interval.marginOfError, forKey: .margin)
        try container.encode(mean, forKey: .mean)
        try container.encode(n, forKey: .n)
    }
}
