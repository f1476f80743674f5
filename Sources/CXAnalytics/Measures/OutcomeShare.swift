/// A yes/no outcome (`outcome:` in cxreport.yml, e.g. "was your issue resolved?"): the
/// weighted share answering yes, in percent, with a Wilson score interval.
///
///     share = 100·Σw·yes / Σw,  interval = Wilson(share, n_eff)   (`ProportionInterval`)
///
/// The answers are folded as a histogram on 0…1 (0 = no, 1 = yes), so they merge exactly
/// like every other score and "this group versus the rest" subtracts histograms. With
/// weights, n in the interval is Kish's effective n; `n` reports the unweighted answers.
public struct OutcomeShare: Hashable, Sendable, Encodable {
    /// Share answering yes, 0…100.
    public var score: Double
    public var interval: ConfidenceInterval
    /// Unweighted number of yes/no answers.
    public var n: Int
    /// The weighted counts behind the share, for two-proportion tests.
    public var counts: ProportionCounts

    /// The scale outcome answers are folded on: 0 = no, 1 = yes.
    public static let scale = 0...1

    /// nil when nobody answered.
    public init?(histogram: ScoreHistogram, confidenceLevel: Double) {
        precondition(histogram.scale == OutcomeShare.scale, "a yes/no outcome is folded on 0…1")
        guard histogram.count > 0, histogram.totalWeight > 0 else { return nil }
        counts = histogram.proportion(in: 1...1)
        score = counts.percentage
        interval = ProportionInterval.wilson(counts, level: confidenceLevel)
        n = histogram.count
    }

    enum CodingKeys: String, CodingKey {
        case score, low, high, margin, n, effectiveN = "effective_n"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(score, forKey: .score)
        try container.encode(interval.low, forKey: .low)
        try container.encode(interval.high, forKey: .high)
        try container.encode(interval.marginOfError, forKey: .margin)
        try container.encode(n, forKey: .n)
        try container.encode(counts.effectiveSize, forKey: .effectiveN)
    }
}
