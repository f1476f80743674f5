/// The sentiment of a group of comments: shares positive (compound ≥ 0.05), neutral and
/// negative (≤ −0.05), weighted, 0…100, with their unweighted counts; the Wilson interval of
/// the negative share on Kish's effective n; and the weighted mean compound score with its
/// t interval. JSON: `{"positive", "neutral", "negative", "negative_low", "negative_high",
/// "positive_n", "neutral_n", "negative_n", "effective_n", "mean", "mean_low", "mean_high"}`.
public struct SentimentMix: Hashable, Sendable, Encodable {
    public var positive: Double
    public var neutral: Double
    public var negative: Double
    /// Wilson interval of `negative` (percent) on the effective n.
    public var negativeInterval: ConfidenceInterval
    public var positiveCount: Int
    public var neutralCount: Int
    public var negativeCount: Int
    /// Kish's effective n = (Σw)²/Σw².
    public var effectiveN: Double
    /// Weighted mean compound score, −1…1.
    public var meanCompound: Double
    /// t interval of the mean; nil when the effective n is under 2 (no variance to show).
    public var meanInterval: ConfidenceInterval?

    public init(_ group: TextGroupStatistics, confidenceLevel: Double) {
        let total = group.sentiment.weightSum
        func share(_ category: SentimentCategory) -> Double {
            total > 0 ? 100 * group.categoryWeights[TextGroupStatistics.slot(category)] / total : 0
        }
        negative = share(.negative)
        neutral = share(.neutral)
        positive = share(.positive)
        effectiveN = group.sentiment.effectiveSampleSize
        negativeInterval = ProportionInterval.wilson(proportion: negative / 100, n: effectiveN, level: confidenceLevel)
        negativeCount = group.categoryCounts[TextGroupStatistics.slot(.negative)]
        neutralCount = group.categoryCounts[TextGroupStatistics.slot(.neutral)]
        positiveCount = group.categoryCounts[TextGroupStatistics.slot(.positive)]
        meanCompound = group.sentiment.mean
        meanInterval = group.sentiment.summary.meanInterval(level: confidenceLevel)
    }

    enum CodingKeys: String, CodingKey {
        case positive, neutral, negative, negativeLow = "negative_low", negativeHigh = "negative_high"
        case positiveN = "positive_n", neutralN = "neutral_n", negativeN = "negative_n", effectiveN = "effective_n"
        case mean, meanLow = "mean_low", meanHigh = "mean_high"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(positive, forKey: .positive)
        try container.encode(neutral, forKey: .neutral)
        try container.encode(negative, forKey: .negative)
        try container.encode(negativeInterval.low, forKey: .negativeLow)
        try container.encode(negativeInterval.high, forKey: .negativeHigh)
        try container.encode(positiveCount, forKey: .positiveN)
        try container.encode(neutralCount, forKey: .neutralN)
        try container.encode(negativeCount, forKey: .negativeN)
        try container.encode(effectiveN, forKey: .effectiveN)
        try container.encode(meanCompound, forKey: .mean)
        try container.encode(meanInterval?.low, forKey: .meanLow)
        try container.encode(meanInterval?.high, forKey: .meanHigh)
    }
}

extension MeanSummary {
    /// The t interval of the mean, or nil when n < 2 (it would be infinite, which JSON
    /// cannot carry).
    func meanInterval(level: Double) -> ConfidenceInterval? {
        count >= 2 ? confidenceInterval(level: level) : nil
    }
}
