/// Customer effort (CES) on an agreement scale such as "the company made it easy to
/// handle my issue" (1–7): the mean with a t interval, and the share agreeing — the
/// answers above the scale's midpoint (5–7 of 1–7) — with a Wilson interval.
public struct EffortScore: Hashable, Sendable, Encodable {
    public var mean: Double
    public var meanInterval: ConfidenceInterval
    /// Share agreeing, 0…100.
    public var agree: Double
    public var agreeInterval: ConfidenceInterval
    public var n: Int
    public var summary: MeanSummary
    public var agreeCounts: ProportionCounts

    public init?(histogram: ScoreHistogram, confidenceLevel: Double) {
        guard histogram.count > 0, histogram.totalWeight > 0 else { return nil }
        summary = histogram.meanSummary
        mean = summary.mean
        meanInterval = summary.count > 1
            ? summary.confidenceInterval(level: confidenceLevel) : ConfidenceInterval(low: mean, high: mean, level: confidenceLevel)
        let scale = histogram.scale
        // Above the midpoint: 5–7 on 1–7, 4–5 on 1–5.
        let firstAgreeing = (scale.lowerBound + scale.upperBound) / 2 + 1
        agreeCounts = histogram.proportion(in: firstAgreeing...scale.upperBound)
        agree = agreeCounts.percentage
        agreeInterval = ProportionInterval.wilson(agreeCounts, level: confidenceLevel)
        n = histogram.count
    }

    enum CodingKeys: String, CodingKey {
        case mean, low, high, agree, agreeLow = "agree_low", agreeHigh = "agree_high", n
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(mean, forKey: .mean)
        try container.encode(meanInterval.low, forKey: .low)
        try container.encode(meanInterval.high, forKey: .high)
        try container.encode(agree, forKey: .agree)
        try container.encode(agreeInterval.low, forKey: .agreeLow)
        try container.encode(agreeInterval.high, forKey: .agreeHigh)
        try container.encode(n, forKey: .n)
    }
}
