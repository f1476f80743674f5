/// What the report says about one theme in one group: how many comments mention it, how
/// negative they are, and a few redacted examples. Figures and examples are withheld when
/// the theme's volume is below the suppression threshold.
///
/// - share = 100·Σw(mentions)/Σw(group comments);
/// - negative = 100·Σw(mentions with compound ≤ −0.05)/Σw(mentions), Wilson interval on
///   Kish's effective n of the mentions;
/// - mean = Σw·compound/Σw over the mentions, t interval on the effective n.
///
/// JSON: `{"name", "volume", "suppressed", "low_base", "share", "negative", "negative_low",
/// "negative_high", "mean", "mean_low", "mean_high", "negative_examples", "positive_examples"}`.
public struct ThemeResult: Hashable, Sendable, Encodable {
    public var name: String
    /// Comments mentioning the theme (unweighted): the theme's n.
    public var volume: Int
    /// Fewer than `suppressBelow` mentions: no figures, no examples.
    public var suppressed: Bool
    /// Fewer than `lowBaseBelow` mentions: shown with a warning.
    public var lowBase: Bool
    /// Weighted percentage of the group's comments that mention the theme.
    public var share: Double?
    /// Weighted percentage of the mentions that are negative (compound ≤ −0.05).
    public var negativeShare: Double?
    public var negativeInterval: ConfidenceInterval?
    /// Weighted mean compound score of the mentions.
    public var meanCompound: Double?
    /// nil when the effective n is under 2.
    public var meanInterval: ConfidenceInterval?
    /// Most negative mentions first, redacted.
    public var negativeExamples: [Verbatim]
    /// Most positive mentions first, redacted.
    public var positiveExamples: [Verbatim]

    public init(name: String, _ theme: ThemeStatistics, groupWeight: Double, settings: AnalysisSettings) {
        self.name = name
        volume = theme.volume
        suppressed = settings.isSuppressed(volume)
        lowBase = settings.isLowBase(volume)
        negativeExamples = []
        positiveExamples = []
        guard !suppressed, volume > 0 else { return }
        let weight = theme.sentiment.weightSum
        share = groupWeight > 0 ? 100 * weight / groupWeight : nil
        let proportion = weight > 0 ? theme.negativeWeight / weight : 0
        negativeShare = 100 * proportion
        negativeInterval = ProportionInterval.wilson(proportion: proportion, n: theme.sentiment.effectiveSampleSize,
                                                     level: settings.confidenceLevel)
        meanCompound = theme.sentiment.mean
        meanInterval = theme.sentiment.summary.meanInterval(level: settings.confidenceLevel)
        negativeExamples = theme.examples.negative
        positiveExamples = theme.examples.positive
    }

    enum CodingKeys: String, CodingKey {
        case name, volume, suppressed, lowBase = "low_base", share, negative
        case negativeLow = "negative_low", negativeHigh = "negative_high", mean, meanLow = "mean_low", meanHigh = "mean_high"
        case negativeExamples = "negative_examples", positiveExamples = "positive_examples"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(volume, forKey: .volume)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(lowBase, forKey: .lowBase)
        try container.encode(share, forKey: .share)
        try container.encode(negativeShare, forKey: .negative)
        try container.encode(negativeInterval?.low, forKey: .negativeLow)
        try container.encode(negativeInterval?.high, forKey: .negativeHigh)
        try container.encode(meanCompound, forKey: .mean)
        try container.encode(meanInterval?.low, forKey: .meanLow)
        try container.encode(meanInterval?.high, forKey: .meanHigh)
        try container.encode(negativeExamples, forKey: .negativeExamples)
        try container.encode(positiveExamples, forKey: .positiveExamples)
    }
}
