/// A tested difference in one measure between two groups (this quarter vs the last,
/// a segment vs everyone else), with the honest phrase a narrative should use.
public struct MeasureChange: Hashable, Sendable, Encodable {
    public enum Measure: String, Hashable, Sendable, Codable {
        /// NPS points, two-sample z on the NPS standard errors.
        case nps
        /// Percentage points of top-2-box share, pooled two-proportion z.
        case csat
        /// Mean effort rating, Welch t.
        case ces
    }

    public var measure: Measure
    /// The baseline group ("2025-Q3", or "rest" for a segment comparison).
    public var from: String
    public var to: String
    public var comparison: Comparison
    public var significant: Bool
    /// "up 6.2 points, significant at 95%" or "no significant change (−1.1 points, n = 212)".
    public var phrase: String

    public init(measure: Measure, from: String, to: String, comparison: Comparison, level: Double) {
        self.measure = measure
        self.from = from
        self.to = to
        self.comparison = comparison
        significant = comparison.isSignificant(at: level)
        let unit = measure == .ces ? "on the scale" : "points"
        phrase = ComparisonPhrase(level: level, unit: unit, decimals: measure == .ces ? 2 : 1).text(for: comparison)
    }

    /// Tests each measure both groups have; measures missing on either side are skipped.
    public static func between(_ first: GroupResult, _ second: GroupResult, from: String, to: String,
                               level: Double) -> [MeasureChange] {
        var changes: [MeasureChange] = []
        if let a = first.nps, let b = second.nps {
            changes.append(MeasureChange(measure: .nps, from: from, to: to,
                                         comparison: .netPromoterScore(from: a.counts, to: b.counts), level: level))
        }
        if let a = first.csat, let b = second.csat {
            changes.append(MeasureChange(measure: .csat, from: from, to: to,
                                         comparison: .twoProportions(from: a.counts, to: b.counts), level: level))
        }
        if let a = first.ces, let b = second.ces {
            changes.append(MeasureChange(measure: .ces, from: from, to: to,
                                         comparison: .welch(from: a.summary, to: b.summary), level: level))
        }
        return changes
    }

    enum CodingKeys: String, CodingKey {
        case measure, from, to, difference, standardError = "standard_error", statistic, pValue = "p_value", significant, phrase
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(measure, forKey: .measure)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(comparison.difference, forKey: .difference)
        try container.encode(comparison.standardError.isFinite ? comparison.standardError : nil, forKey: .standardError)
        try container.encode(comparison.statistic.isFinite ? comparison.statistic : nil, forKey: .statistic)
        try container.encode(comparison.pValue, forKey: .pValue)
        try container.encode(significant, forKey: .significant)
        try container.encode(phrase, forKey: .phrase)
    }
}
