import CXData

/// Mergeable statistics of one pair of ratings per response — expected and perceived
/// (an expectation gap) or wanted and received (a customer sacrifice) — over the
/// responses that gave both values.
///
/// Keeps the weighted moments of each value and of the per-response difference
/// d = actual − expected, so the paired t interval on d needs no rows; and a 0/1
/// histogram of "the two values differ", for the share of respondents with any gap.
/// Incomplete pairs (either value missing) are left out of all four.
public struct PairedGapStatistics: Hashable, Sendable, Codable {
    /// Expected (or wanted) values of complete pairs.
    public var expected = MomentAccumulator()
    /// Perceived (or received) values of complete pairs.
    public var actual = MomentAccumulator()
    /// d = actual − expected per complete pair.
    public var difference = MomentAccumulator()
    /// 1 when actual ≠ expected, 0 when equal.
    public var differing = ScoreHistogram(scale: 0...1)

    public init() {}

    public mutating func add(_ pair: ScorePair, weight: Double = 1) {
        guard pair.isComplete, pair.expected.isFinite, pair.actual.isFinite, weight > 0, weight.isFinite else { return }
        expected.add(pair.expected, weight: weight)
        actual.add(pair.actual, weight: weight)
        difference.add(pair.actual - pair.expected, weight: weight)
        differing.add(pair.actual != pair.expected ? 1 : 0, weight: weight)
    }

    public mutating func merge(_ other: PairedGapStatistics) {
        expected.merge(other.expected)
        actual.merge(other.actual)
        difference.merge(other.difference)
        differing.merge(other.differing)
    }

    /// Complete pairs (unweighted).
    public var count: Int { difference.count }
}
