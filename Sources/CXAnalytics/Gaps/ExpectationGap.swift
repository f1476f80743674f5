/// The SERVQUAL-style gap of one service dimension: how perception (P) compares with
/// expectation (E), over the responses that rated both.
///
///     gap = mean(P − E)  with the paired t interval  gap ± t_{n−1}·s_d/√n
///
/// where s_d is the standard deviation of the per-response differences (a paired design:
/// the same person rated both). A negative gap means the dimension falls short of what
/// customers expected. Mean E and mean P over the same responses are given for a dumbbell
/// chart, so `perceived − expected == gap`. With weights, means are weighted and n in the
/// interval is Kish's effective n. Fewer than `suppressBelow` complete pairs: no figures.
public struct ExpectationGap: Hashable, Sendable, Encodable {
    /// The dimension's name in cxreport.yml, e.g. "reliability".
    public var dimension: String
    /// Responses with both ratings.
    public var n: Int
    /// Mean expected rating; nil when suppressed.
    public var expected: Double?
    /// Mean perceived rating; nil when suppressed.
    public var perceived: Double?
    /// Mean of P − E; nil when suppressed.
    public var gap: Double?
    public var interval: ConfidenceInterval?
    public var suppressed: Bool
    public var lowBase: Bool

    public init(dimension: String, statistics: PairedGapStatistics, settings: AnalysisSettings) {
        self.dimension = dimension
        n = statistics.count
        suppressed = settings.isSuppressed(n)
        lowBase = settings.isLowBase(n)
        guard !suppressed else { return }
        expected = statistics.expected.mean
        perceived = statistics.actual.mean
        let summary = statistics.difference.summary
        gap = summary.mean
        interval = summary.confidenceInterval(level: settings.confidenceLevel)
    }

    enum CodingKeys: String, CodingKey {
        case dimension, n, expected, perceived, gap, low, high, suppressed, lowBase = "low_base"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dimension, forKey: .dimension)
        try container.encode(n, forKey: .n)
        try container.encode(expected, forKey: .expected)
        try container.encode(perceived, forKey: .perceived)
        try container.encode(gap, forKey: .gap)
        try container.encode(interval?.low, forKey: .low)
        try container.encode(interval?.high, forKey: .high)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(lowBase, forKey: .lowBase)
    }
}
