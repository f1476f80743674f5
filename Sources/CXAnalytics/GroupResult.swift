/// The headline measures of one group, with its base size and small-group flags.
///
/// A suppressed group (fewer than `suppressBelow` responses) carries no figures at
/// all, so nothing downstream can show them by accident; a measure answered by fewer
/// than `suppressBelow` people is withheld the same way.
public struct GroupResult: Hashable, Sendable, Encodable {
    /// Responses in the group (any answer).
    public var n: Int
    public var nps: NetPromoterScore?
    public var csat: SatisfactionScore?
    public var ces: EffortScore?
    /// Fewer than `suppressBelow` responses: no figure is shown.
    public var suppressed: Bool
    /// Fewer than `lowBaseBelow` responses: figures are shown with a warning.
    public var lowBase: Bool

    public init(_ statistics: GroupStatistics, settings: AnalysisSettings) {
        n = statistics.responses
        suppressed = n < settings.suppressBelow
        lowBase = !suppressed && n < settings.lowBaseBelow
        let level = settings.confidenceLevel
        func enough(_ histogram: ScoreHistogram) -> Bool { !suppressed && histogram.count >= settings.suppressBelow }
        nps = enough(statistics.nps) ? NetPromoterScore(histogram: statistics.nps, confidenceLevel: level) : nil
        csat = enough(statistics.csat) ? SatisfactionScore(histogram: statistics.csat, confidenceLevel: level) : nil
        ces = enough(statistics.ces) ? EffortScore(histogram: statistics.ces, confidenceLevel: level) : nil
    }

    enum CodingKeys: String, CodingKey {
        case n, nps, csat, ces, suppressed, lowBase = "low_base"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(n, forKey: .n)
        try container.encode(nps, forKey: .nps)
        try container.encode(csat, forKey: .csat)
        try container.encode(ces, forKey: .ces)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(lowBase, forKey: .lowBase)
    }
}
