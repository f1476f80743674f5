/// Sufficient statistics for a proportion (e.g. CSAT top-2-box, CES share agreeing):
/// the (possibly weighted) number of successes out of a (possibly weighted) total, and the
/// sample size that carries the information, which for weighted data is Kish's effective n.
///
/// p = successes / total; intervals and tests use `effectiveSize` as n.
public struct ProportionCounts: Hashable, Sendable, Codable {
    /// Σ wᵢ over respondents counted as a success (an integer count when unweighted).
    public var successes: Double
    /// Σ wᵢ over all valid respondents.
    public var total: Double
    /// n used for standard errors: `total` when unweighted, Kish's n_eff = (Σw)²/Σw² when weighted.
    public var effectiveSize: Double

    /// - Parameter effectiveSize: defaults to `total` (unweighted data).
    public init(successes: Double, total: Double, effectiveSize: Double? = nil) {
        self.successes = successes
        self.total = total
        self.effectiveSize = effectiveSize ?? total
    }

    /// p = successes / total, as a fraction 0…1 (0 for an empty group).
    public var proportion: Double { total > 0 ? successes / total : 0 }

    /// 100·p, the percentage a report shows.
    public var percentage: Double { 100 * proportion }
}
