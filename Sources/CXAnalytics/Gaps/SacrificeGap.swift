/// Customer sacrifice on one attribute: the gap between what customers exactly wanted
/// and what they settled for, over the responses that gave both values.
///
///     gap = mean(wanted − received)  with the paired t interval  gap ± t_{n−1}·s_d/√n
///     differing = 100·Σw·[wanted ≠ received] / Σw  with a Wilson interval
///
/// The sign follows the definition: wanting 2 delivery days and receiving 4 is a gap of −2.
/// `differing` is the share of respondents whose gap is non-zero (any sacrifice at all, in
/// either direction). With weights, means and shares are weighted and n in the intervals
/// is Kish's effective n. Fewer than `suppressBelow` complete pairs: no figures.
public struct SacrificeGap: Hashable, Sendable, Encodable {
    /// The attribute's name in cxreport.yml, e.g. "delivery_speed".
    public var attribute: String
    /// Responses with both values.
    public var n: Int
    public var wanted: Double?
    public var received: Double?
    /// Mean of wanted − received; nil when suppressed.
    public var gap: Double?
    public var interval: ConfidenceInterval?
    /// Share (0…100) of respondents with wanted ≠ received.
    public var differing: Double?
    public var differingInterval: ConfidenceInterval?
    public var suppressed: Bool
    public var lowBase: Bool

    public init(attribute: String, statistics: PairedGapStatistics, settings: AnalysisSettings) {
        self.attribute = attribute
        n = statistics.count
        suppressed = settings.isSuppressed(n)
        lowBase = settings.isLowBase(n)
        guard !suppressed else { return }
        wanted = statistics.expected.mean
        received = statistics.actual.mean
        // The statistics hold received − wanted; the sacrifice is its negation (same variance).
        let difference = statistics.difference.summary
        let summary = MeanSummary(count: difference.count, mean: -difference.mean, variance: difference.variance)
        gap = summary.mean
        interval = summary.confidenceInterval(level: settings.confidenceLevel)
        let counts = statistics.differing.proportion(in: 1...1)
        differing = counts.percentage
        differingInterval = ProportionInterval.wilson(counts, level: settings.confidenceLevel)
    }

    enum CodingKeys: String, CodingKey {
        case attribute, n, wanted, received, gap, low, high, differing, differingLow = "differing_low"
        case differingHigh = "differing_high", suppressed, lowBase = "low_base"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(attribute, forKey: .attribute)
        try container.encode(n, forKey: .n)
        try container.encode(wanted, forKey: .wanted)
        try container.encode(received, forKey: .received)
        try container.encode(gap, forKey: .gap)
        try container.encode(interval?.low, forKey: .low)
        try container.encode(interval?.high, forKey: .high)
        try container.encode(differing, forKey: .differing)
        try container.encode(differingInterval?.low, forKey: .differingLow)
        try container.encode(differingInterval?.high, forKey: .differingHigh)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(lowBase, forKey: .lowBase)
    }
}
