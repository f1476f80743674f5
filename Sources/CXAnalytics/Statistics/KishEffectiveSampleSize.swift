/// Kish's effective sample size of a weighted sample, as a mergeable accumulator:
///
///     n_eff = (Σ wᵢ)² / Σ wᵢ²
///
/// Equal weights give n_eff = n; unequal weights give less, which is the n to use in
/// standard errors of weighted estimates (design effect deff = n / n_eff).
///
/// Kish, L. (1965). *Survey Sampling*. New York: Wiley, §11.7.
public struct KishEffectiveSampleSize: Hashable, Sendable, Codable {
    /// Number of positive weights added.
    public private(set) var count: Int = 0
    /// Σ wᵢ.
    public private(set) var weightSum: Double = 0
    /// Σ wᵢ².
    public private(set) var squaredWeightSum: Double = 0

    public init() {}

    /// n_eff of a whole sequence of weights.
    public init(weights: some Sequence<Double>) {
        for weight in weights { add(weight) }
    }

    /// Adds one respondent's weight; weights that are not positive and finite carry no
    /// information and are ignored.
    public mutating func add(_ weight: Double) {
        guard weight > 0, weight.isFinite else { return }
        count += 1
        weightSum += weight
        squaredWeightSum += weight * weight
    }

    /// Combines two disjoint samples (sums add, so the merge is exact).
    public mutating func merge(_ other: KishEffectiveSampleSize) {
        count += other.count
        weightSum += other.weightSum
        squaredWeightSum += other.squaredWeightSum
    }

    /// (Σw)²/Σw², or 0 for an empty sample.
    public var value: Double {
        squaredWeightSum > 0 ? weightSum * weightSum / squaredWeightSum : 0
    }

    /// Design effect due to weighting, deff = n / n_eff (1 when all weights are equal).
    public var designEffect: Double {
        value > 0 ? Double(count) / value : 1
    }
}
