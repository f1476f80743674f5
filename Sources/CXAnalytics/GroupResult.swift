/// The headline measures of one group, with its base size and small-group flags.
///
/// A suppressed group (fewer than `suppressBelow` responses) carries no figures at
/// all, so nothing downstream can show them by accident; a measure answered by fewer
/// than `suppressBelow` people is withheld the same way. Gaps and sacrifice are not in
/// this group's JSON object: `ResponseAnalysis` places them (top level and per segment value).
public struct GroupResult: Hashable, Sendable, Encodable {
    /// Responses in the group (any answer).
    public var n: Int
    public var nps: NetPromoterScore?
    public var csat: SatisfactionScore?
    public var ces: EffortScore?
    /// Share answering yes to the yes/no outcome.
    public var outcome: OutcomeShare?
    /// P − E per `expectations:` dimension, in config order; nil for groups that do not
    /// carry them (periods). Each gap has its own n and is suppressed on its own (never
    /// shown when the group is, since it has no more pairs than the group has responses).
    public var gaps: [ExpectationGap]?
    /// Wanted − received per `sacrifice:` attribute, in config order; nil like `gaps`.
    public var sacrifice: [SacrificeGap]?
    /// Fewer than `suppressBelow` responses: no figure is shown.
    public var suppressed: Bool
    /// Fewer than `lowBaseBelow` responses: figures are shown with a warning.
    public var lowBase: Bool

    /// - Parameters:
    ///   - expectationNames: names of the `expectations:` dimensions, in the order folded.
    ///   - sacrificeNames: names of the `sacrifice:` attributes, in the order folded.
    public init(_ statistics: GroupStatistics, settings: AnalysisSettings,
                expectationNames: [String] = [], sacrificeNames: [String] = []) {
        n = statistics.responses
        suppressed = settings.isSuppressed(n)
        lowBase = settings.isLowBase(n)
        let level = settings.confidenceLevel
        func enough(_ histogram: ScoreHistogram) -> Bool { !suppressed && !settings.isSuppressed(histogram.count) }
        nps = enough(statistics.nps) ? NetPromoterScore(histogram: statistics.nps, confidenceLevel: level) : nil
        csat = enough(statistics.csat) ? SatisfactionScore(histogram: statistics.csat, confidenceLevel: level) : nil
        ces = enough(statistics.ces) ? EffortScore(histogram: statistics.ces, confidenceLevel: level) : nil
        outcome = enough(statistics.outcome) ? OutcomeShare(histogram: statistics.outcome, confidenceLevel: level) : nil
        if !statistics.expectations.isEmpty {
            gaps = zip(expectationNames, statistics.expectations).map { ExpectationGap(dimension: $0, statistics: $1, settings: settings) }
        }
        if !statistics.sacrifices.isEmpty {
            sacrifice = zip(sacrificeNames, statistics.sacrifices).map { SacrificeGap(attribute: $0, statistics: $1, settings: settings) }
        }
    }

    enum CodingKeys: String, CodingKey {
        case n, nps, csat, ces, outcome, suppressed, lowBase = "low_base"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(n, forKey: .n)
        try container.encode(nps, forKey: .nps)
        try container.encode(csat, forKey: .csat)
        try container.encode(ces, forKey: .ces)
        try container.encode(outcome, forKey: .outcome)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(lowBase, forKey: .lowBase)
    }
}
