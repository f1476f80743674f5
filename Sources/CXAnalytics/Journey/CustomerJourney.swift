import CXData

/// The customer journey from touchpoint events (DESIGN.md "Journey"): how each stage and
/// touchpoint felt, the emotion curve, which moments of truth let most customers down,
/// and whether the peak and end of a journey predict the customer's rating better than
/// its average.
///
/// - `stages`: before, during and after the purchase, in that order — the emotion curve
///   is their `mean` in order (`curve`).
/// - `touchpoints`: per touchpoint within its stage, in stage order then by name.
/// - `peakEnd`: see `PeakEndFit`; nil without customer ratings to join.
/// - `momentsOfTruth`: see `MomentOfTruth` for the ranking rule.
/// Every group carries n and the small-group flags of `AnalysisSettings`.
public struct CustomerJourney: Hashable, Sendable, Encodable {
    public var stages: [JourneyGroup]
    public var touchpoints: [JourneyGroup]
    public var peakEnd: PeakEndFit?
    public var momentsOfTruth: [MomentOfTruth]
    /// Customers with at least one valence.
    public var customers: Int
    public var events: Int
    public var unplaced: Int
    public var withoutValence: Int

    /// - Parameters:
    ///   - touchpointNames / labelNames: values by code (`TouchpointLoader.touchpointValues`, `.emotionLabelValues`).
    ///   - ratings: each customer's latest 0–10 rating, with customer codes shared with the touchpoints;
    ///     nil leaves out the peak-end comparison (a caller may compute it apart, on another
    ///     thread, as `PeakEndFit(_:ratings:settings:)`, and set `peakEnd`).
    public init(_ statistics: JourneyStatistics, touchpointNames: [String], labelNames: [String],
                ratings: CustomerRatings?, settings: AnalysisSettings) {
        func name(_ code: Int32) -> String { Int(code) < touchpointNames.count ? touchpointNames[Int(code)] : "#\(code)" }
        let sorted = statistics.touchpoints
            .sorted { a, b in a.key.stage != b.key.stage ? a.key.stage.rawValue < b.key.stage.rawValue : name(a.key.touchpoint) < name(b.key.touchpoint) }
        touchpoints = sorted.map {
            JourneyGroup(stage: $0.key.stage, touchpoint: name($0.key.touchpoint), statistics: $0.value, labels: labelNames, settings: settings)
        }
        // A stage is its touchpoints merged in name order, not code order: touchpoint codes
        // differ from run to run, and the stage's mean must not. Counts, labels and the
        // customers reached (a union) are exact in any order.
        var stageStatistics = [TouchpointStatistics](repeating: TouchpointStatistics(), count: JourneyStage.allCases.count)
        for (key, group) in sorted { stageStatistics[key.stage.rawValue].merge(group) }
        stages = JourneyStage.allCases.map {
            JourneyGroup(stage: $0, touchpoint: nil, statistics: stageStatistics[$0.rawValue], labels: labelNames, settings: settings)
        }
        momentsOfTruth = MomentOfTruth.rank(touchpoints)
        customers = statistics.customerCount
        events = statistics.events
        unplaced = statistics.unplaced
        withoutValence = statistics.withoutValence
        peakEnd = ratings.map { PeakEndFit(statistics, ratings: $0, settings: settings) }
    }

    /// Mean valence per stage in journey order; nil where a stage is suppressed.
    public var curve: [Double?] { stages.map(\.mean) }

    enum CodingKeys: String, CodingKey {
        case stages, touchpoints, curve, peakEnd = "peak_end", momentsOfTruth = "moments_of_truth", customers, events
        case unplaced, withoutValence = "without_valence"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(stages, forKey: .stages)
        try container.encode(touchpoints, forKey: .touchpoints)
        try container.encode(curve, forKey: .curve)
        try container.encode(peakEnd, forKey: .peakEnd)
        try container.encode(momentsOfTruth, forKey: .momentsOfTruth)
        try container.encode(customers, forKey: .customers)
        try container.encode(events, forKey: .events)
        try container.encode(unplaced, forKey: .unplaced)
        try container.encode(withoutValence, forKey: .withoutValence)
    }
}
