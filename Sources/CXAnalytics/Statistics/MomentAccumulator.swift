/// Mergeable weighted first and second moments of one variable: the sufficient statistics
/// for a mean, its variance and its standard error, folded in one pass and combined
/// exactly across chunks (so chunks can be folded in parallel, or by a database).
///
/// Update for a value x with weight w (West 1979, weighted Welford):
///
///     W' = W + w,  δ = x − x̄,  x̄' = x̄ + δ·w/W',  M2' = M2 + w·δ·(x − x̄')
///
/// Merge of two accumulators A and B (Chan, Golub & LeVeque 1979):
///
///     W = W_A + W_B,  δ = x̄_B − x̄_A,  x̄ = x̄_A + δ·W_B/W,  M2 = M2_A + M2_B + δ²·W_A·W_B/W
///
/// - West, D. H. D. (1979). Updating mean and variance estimates: an improved method.
///   *Communications of the ACM* 22(9), 532–535.
/// - Chan, T. F., Golub, G. H. & LeVeque, R. J. (1979). Updating formulae and a pairwise
///   algorithm for computing sample variances. Stanford CS report STAN-CS-79-773.
public struct MomentAccumulator: Hashable, Sendable, Codable {
    /// Number of values added (with positive, finite weight).
    public private(set) var count: Int = 0
    /// W = Σ wᵢ.
    public private(set) var weightSum: Double = 0
    /// Σ wᵢ², for Kish's effective n.
    public private(set) var squaredWeightSum: Double = 0
    /// Weighted mean x̄ = Σ wᵢxᵢ / W (0 when empty).
    public private(set) var mean: Double = 0
    /// M2 = Σ wᵢ(xᵢ − x̄)².
    public private(set) var sumOfSquaredDeviations: Double = 0

    public init() {}

    /// Folds a sequence of unweighted values.
    public init(_ values: some Sequence<Double>) {
        for value in values { add(value) }
    }

    /// The accumulator of values whose power sums about a reference value K are known:
    /// S₁ = Σw(x − K) and S₂ = Σw(x − K)², over `count` values of total weight W.
    ///
    ///     x̄ = K + S₁/W,  M2 = S₂ − S₁²/W  (never below 0)
    ///
    /// Fold cells keep these sums because adding a value costs two multiply-adds and no
    /// division. With K one of the values (the cell's first), a constant variable gives
    /// M2 = 0 exactly, and ratings with unit weights give exact sums.
    init(count: Int, weightSum: Double, squaredWeightSum: Double, reference: Double, shiftedSum: Double, shiftedSumOfSquares: Double) {
        guard count > 0, weightSum > 0 else { return }
        self.count = count
        self.weightSum = weightSum
        self.squaredWeightSum = squaredWeightSum
        mean = reference + shiftedSum / weightSum
        sumOfSquaredDeviations = max(0, shiftedSumOfSquares - shiftedSum * shiftedSum / weightSum)
    }

    /// Adds one value. Values that are not finite and weights that are not positive and
    /// finite are ignored: the caller decides what counts as missing and reports it.
    public mutating func add(_ value: Double, weight: Double = 1) {
        guard value.isFinite, weight > 0, weight.isFinite else { return }
        count += 1
        squaredWeightSum += weight * weight
        let newWeightSum = weightSum + weight
        let delta = value - mean
        mean += delta * weight / newWeightSum
        sumOfSquaredDeviations += weight * delta * (value - mean)
        weightSum = newWeightSum
    }

    /// Combines with the accumulator of a disjoint set of values.
    public mutating func merge(_ other: MomentAccumulator) {
        guard other.weightSum > 0 else { return }
        guard weightSum > 0 else { self = other; return }
        let total = weightSum + other.weightSum
        let delta = other.mean - mean
        mean += delta * other.weightSum / total
        sumOfSquaredDeviations += other.sumOfSquaredDeviations + delta * delta * weightSum * other.weightSum / total
        weightSum = total
        squaredWeightSum += other.squaredWeightSum
        count += other.count
    }

    /// The merge as a value.
    public func merging(_ other: MomentAccumulator) -> MomentAccumulator {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// Kish's effective n = W²/Σw² (equals `count` when unweighted).
    public var effectiveSampleSize: Double {
        squaredWeightSum > 0 ? weightSum * weightSum / squaredWeightSum : 0
    }

    /// M2/W, the (weighted) population variance.
    public var populationVariance: Double {
        weightSum > 0 ? sumOfSquaredDeviations / weightSum : 0
    }

    /// Unbiased variance with reliability weights, M2/(W − Σw²/W); for unit weights this is
    /// the usual M2/(n − 1). 0 when fewer than two values. (GSL `gsl_stats_wvariance`.)
    public var sampleVariance: Double {
        guard weightSum > 0 else { return 0 }
        let denominator = weightSum - squaredWeightSum / weightSum
        return denominator > 0 ? sumOfSquaredDeviations / denominator : 0
    }

    /// √(sample variance).
    public var standardDeviation: Double { sampleVariance.squareRoot() }

    /// n (effective n when weighted), mean and sample variance for tests and intervals.
    public var summary: MeanSummary {
        MeanSummary(count: effectiveSampleSize, mean: mean, variance: sampleVariance)
    }
}
