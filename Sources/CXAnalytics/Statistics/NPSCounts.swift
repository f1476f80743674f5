/// Sufficient statistics for a Net Promoter Score: (weighted) promoters (9–10),
/// detractors (0–6) and all valid respondents, plus the n that carries the information
/// (Kish's effective n for weighted data).
///
/// NPS = 100·(p − d), with p = promoters/total and d = detractors/total.
public struct NPSCounts: Hashable, Sendable, Codable {
    /// Σ wᵢ over respondents scoring 9 or 10.
    public var promoters: Double
    /// Σ wᵢ over respondents scoring 0 to 6.
    public var detractors: Double
    /// Σ wᵢ over all valid respondents (promoters + passives + detractors).
    public var total: Double
    /// n used for standard errors: `total` when unweighted, Kish's n_eff = (Σw)²/Σw² when weighted.
    public var effectiveSize: Double

    /// - Parameter effectiveSize: defaults to `total` (unweighted data).
    public init(promoters: Double, detractors: Double, total: Double, effectiveSize: Double? = nil) {
        self.promoters = promoters
        self.detractors = detractors
        self.total = total
        self.effectiveSize = effectiveSize ?? total
    }

    /// p, the promoter share 0…1 (0 for an empty group).
    public var promoterShare: Double { total > 0 ? promoters / total : 0 }
    /// d, the detractor share 0…1 (0 for an empty group).
    public var detractorShare: Double { total > 0 ? detractors / total : 0 }
    /// NPS = 100·(p − d), on −100…100.
    public var score: Double { 100 * (promoterShare - detractorShare) }
}
