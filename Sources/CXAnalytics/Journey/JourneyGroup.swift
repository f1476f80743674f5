import CXData

/// How one stage or one touchpoint of the journey felt:
///
///     mean      = mean valence, t interval x̄ ± t_{n−1}·s/√n
///     negative  = 100·(events with valence below neutral)/n, Wilson interval
///     emotions  = events per emotion label, most frequent first (ties by label)
///
/// n counts events with a valence (unweighted); `customers` the distinct customers with
/// an event here. Fewer than `suppressBelow` events: no figures and no emotion mix.
public struct JourneyGroup: Hashable, Sendable, Encodable {
    public struct Emotion: Hashable, Sendable, Encodable {
        public var label: String
        public var count: Int
    }

    public var stage: JourneyStage
    /// nil for a whole stage.
    public var touchpoint: String?
    public var n: Int
    public var customers: Int
    public var mean: Double?
    public var interval: ConfidenceInterval?
    /// 0…100.
    public var negative: Double?
    public var negativeInterval: ConfidenceInterval?
    public var emotions: [Emotion]
    public var suppressed: Bool
    public var lowBase: Bool

    public init(stage: JourneyStage, touchpoint: String?, statistics: TouchpointStatistics, labels: [String],
                settings: AnalysisSettings) {
        self.stage = stage
        self.touchpoint = touchpoint
        n = statistics.count
        customers = statistics.customers.count
        suppressed = settings.isSuppressed(n)
        lowBase = settings.isLowBase(n)
        emotions = []
        guard !suppressed else { return }
        let summary = statistics.valence.summary
        mean = summary.mean
        interval = summary.confidenceInterval(level: settings.confidenceLevel)
        let counts = ProportionCounts(successes: Double(statistics.negative), total: Double(n))
        negative = counts.percentage
        negativeInterval = ProportionInterval.wilson(counts, level: settings.confidenceLevel)
        emotions = statistics.labels.enumerated().filter { $0.element > 0 }.map { code, count in
            Emotion(label: code < labels.count ? labels[code] : "#\(code)", count: count)
        }.sorted { a, b in a.count != b.count ? a.count > b.count : a.label < b.label }
    }

    enum CodingKeys: String, CodingKey {
        case stage, touchpoint, n, customers, mean, low, high, negative, negativeLow = "negative_low"
        case negativeHigh = "negative_high", emotions, suppressed, lowBase = "low_base"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(stage.description, forKey: .stage)
        try container.encode(touchpoint, forKey: .touchpoint)
        try container.encode(n, forKey: .n)
        try container.encode(customers, forKey: .customers)
        try container.encode(mean, forKey: .mean)
        try container.encode(interval?.low, forKey: .low)
        try container.encode(interval?.high, forKey: .high)
        try container.encode(negative, forKey: .negative)
        try container.encode(negativeInterval?.low, forKey: .negativeLow)
        try container.encode(negativeInterval?.high, forKey: .negativeHigh)
        try container.encode(emotions, forKey: .emotions)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(lowBase, forKey: .lowBase)
    }
}
