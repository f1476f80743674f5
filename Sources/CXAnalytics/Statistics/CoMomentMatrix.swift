/// Mergeable weighted means and co-moments of k variables: the sufficient statistics for a
/// covariance or Pearson correlation matrix (key-driver analysis), folded in one pass per
/// chunk and merged exactly.
///
/// Listwise deletion: a row contributes to the means and co-moments only when all k values
/// are present (finite); a missing value is NaN (or nil in the `[Double?]` overload).
/// Pairwise-complete counts are kept as well: how many rows had both xᵢ and xⱼ present, so a
/// report can say how much listwise deletion cost.
///
/// Update for a complete row x with weight w (the multivariate West/Welford step):
///
///     W' = W + w,  δ = x − x̄,  C' = C + (w·W/W')·δδᵀ,  x̄' = x̄ + δ·w/W'
///
/// Merge (Chan, Golub & LeVeque 1979, extended to co-moments; Pébay 2008, eq. 3.3):
///
///     W = W_A + W_B,  δ = x̄_B − x̄_A,  x̄ = x̄_A + δ·W_B/W,  C = C_A + C_B + δδᵀ·W_A·W_B/W
///
/// Pearson correlation rᵢⱼ = Cᵢⱼ / √(Cᵢᵢ·Cⱼⱼ) (the normalisation of the covariance cancels).
///
/// - Pébay, P. (2008). Formulas for robust, one-pass parallel computation of covariances and
///   arbitrary-order statistical moments. Sandia report SAND2008-6212.
public struct CoMomentMatrix: Hashable, Sendable, Codable {
    /// k, the number of variables.
    public let dimension: Int
    /// Rows offered (complete or not) with a positive, finite weight.
    public private(set) var offeredCount: Int = 0
    /// Complete rows that contributed to means and co-moments.
    public private(set) var count: Int = 0
    /// W = Σ wᵢ over complete rows.
    public private(set) var weightSum: Double = 0
    /// Σ wᵢ² over complete rows.
    public private(set) var squaredWeightSum: Double = 0
    /// Weighted means x̄ (length k).
    public private(set) var means: [Double]
    /// Cᵢⱼ for i ≤ j, row-major k × k; the lower triangle stays 0 (the matrix is
    /// symmetric, so a row updates k(k+1)/2 cells, not k²).
    private var upperCoMoments: [Double]
    /// Pairs present in incomplete rows only, row-major k × k: a complete row counts for
    /// every pair through `count`, so it costs one increment, not k².
    private var incompletePairCounts: [Int]

    public init(dimension: Int) {
        precondition(dimension > 0, "a co-moment matrix needs at least one variable")
        self.dimension = dimension
        means = Array(repeating: 0, count: dimension)
        upperCoMoments = Array(repeating: 0, count: dimension * dimension)
        incompletePairCounts = Array(repeating: 0, count: dimension * dimension)
    }

    /// The matrix of rows whose power sums about reference values Kᵢ are known (the
    /// counterpart of `MomentAccumulator`'s initialiser from sums):
    ///
    ///     Sᵢ = Σw(xᵢ − Kᵢ),  Pᵢⱼ = Σw(xᵢ − Kᵢ)(xⱼ − Kⱼ)  (i ≤ j, over complete rows)
    ///     x̄ᵢ = Kᵢ + Sᵢ/W,    Cᵢⱼ = Pᵢⱼ − SᵢSⱼ/W  (Cᵢᵢ never below 0)
    ///
    /// - Parameters:
    ///   - upperProducts: Pᵢⱼ for i ≤ j, row by row (k(k+1)/2 values).
    ///   - incompletePairCounts: row-major k × k, as `pairwiseCounts` minus `count`.
    init(dimension: Int, offeredCount: Int, count: Int, weightSum: Double, squaredWeightSum: Double,
         references: UnsafeBufferPointer<Double>, shiftedSums: UnsafeBufferPointer<Double>,
         upperProducts: UnsafeBufferPointer<Double>, incompletePairCounts: UnsafeBufferPointer<Double>) {
        self.init(dimension: dimension)
        let k = dimension
        self.offeredCount = offeredCount
        for index in 0..<(k * k) { self.incompletePairCounts[index] = Int(incompletePairCounts[index]) }
        guard count > 0, weightSum > 0 else { return }
        self.count = count
        self.weightSum = weightSum
        self.squaredWeightSum = squaredWeightSum
        var packed = 0
        for i in 0..<k {
            means[i] = references[i] + shiftedSums[i] / weightSum
            for j in i..<k {
                let coMoment = upperProducts[packed] - shiftedSums[i] * shiftedSums[j] / weightSum
                upperCoMoments[i * k + j] = i == j ? max(0, coMoment) : coMoment
                packed += 1
            }
        }
    }

    /// Cᵢⱼ = Σ w(xᵢ − x̄ᵢ)(xⱼ − x̄ⱼ), row-major k × k, symmetric.
    public var coMoments: [Double] {
        (0..<(dimension * dimension)).map { coMoment($0 / dimension, $0 % dimension) }
    }

    /// Rows where xᵢ and xⱼ were both present, row-major k × k (diagonal: xᵢ present).
    public var pairwiseCounts: [Int] { incompletePairCounts.map { $0 + count } }

    /// Adds a row of k values; NaN or ±∞ marks a missing value. Rows whose weight is not
    /// positive and finite are ignored.
    public mutating func add(_ row: some Collection<Double>, weight: Double = 1) {
        precondition(row.count == dimension, "row has \(row.count) values, expected \(dimension)")
        let added: Void? = row.withContiguousStorageIfAvailable { addRow($0, weight: weight) }
        if added == nil {
            Array(row).withUnsafeBufferPointer { addRow($0, weight: weight) }
        }
    }

    /// Adds a row of k optional values; nil marks a missing value.
    public mutating func add(_ row: [Double?], weight: Double = 1) {
        add(row.map { $0 ?? .nan }, weight: weight)
    }

    private mutating func addRow(_ x: UnsafeBufferPointer<Double>, weight: Double) {
        guard weight > 0, weight.isFinite else { return }
        let k = dimension
        offeredCount += 1
        var complete = true
        for i in 0..<k where !x[i].isFinite { complete = false }
        guard complete else {
            incompletePairCounts.withUnsafeMutableBufferPointer { pairs in
                for i in 0..<k where x[i].isFinite {
                    for j in 0..<k where x[j].isFinite { pairs[i * k + j] += 1 }
                }
            }
            return
        }
        let newWeightSum = weightSum + weight
        let factor = weight * weightSum / newWeightSum
        let step = weight / newWeightSum
        means.withUnsafeMutableBufferPointer { m in
            upperCoMoments.withUnsafeMutableBufferPointer { c in
                for i in 0..<k {
                    let scaled = factor * (x[i] - m[i])
                    for j in i..<k { c[i * k + j] += scaled * (x[j] - m[j]) }
                }
                for i in 0..<k { m[i] += (x[i] - m[i]) * step }
            }
        }
        weightSum = newWeightSum
        squaredWeightSum += weight * weight
        count += 1
    }

    /// Combines with the accumulator of a disjoint set of rows (same k).
    public mutating func merge(_ other: CoMomentMatrix) {
        precondition(other.dimension == dimension, "cannot merge co-moments of different dimensions")
        let k = dimension
        offeredCount += other.offeredCount
        for index in 0..<(k * k) { incompletePairCounts[index] += other.incompletePairCounts[index] }
        guard other.weightSum > 0 else { return }
        guard weightSum > 0 else {
            means = other.means; upperCoMoments = other.upperCoMoments
            weightSum = other.weightSum; squaredWeightSum = other.squaredWeightSum; count = other.count
            return
        }
        let total = weightSum + other.weightSum
        let delta = (0..<k).map { other.means[$0] - means[$0] }
        let factor = weightSum * other.weightSum / total
        for i in 0..<k {
            for j in i..<k {
                upperCoMoments[i * k + j] = upperCoMoments[i * k + j] + other.upperCoMoments[i * k + j] + factor * delta[i] * delta[j]
            }
            means[i] += delta[i] * other.weightSum / total
        }
        weightSum = total
        squaredWeightSum += other.squaredWeightSum
        count += other.count
    }

    /// The merge as a value.
    public func merging(_ other: CoMomentMatrix) -> CoMomentMatrix {
        var copy = self
        copy.merge(other)
        return copy
    }

    /// Cᵢⱼ.
    public func coMoment(_ i: Int, _ j: Int) -> Double { upperCoMoments[min(i, j) * dimension + max(i, j)] }

    /// Rows where xᵢ and xⱼ were both present.
    public func pairwiseCount(_ i: Int, _ j: Int) -> Int { count + incompletePairCounts[i * dimension + j] }

    /// Kish's effective n of the complete rows, W²/Σw².
    public var effectiveSampleSize: Double {
        squaredWeightSum > 0 ? weightSum * weightSum / squaredWeightSum : 0
    }

    /// Unbiased covariance with reliability weights, Cᵢⱼ/(W − Σw²/W) (n − 1 when unweighted;
    /// numpy `cov(aweights=)`); 0 with fewer than two rows.
    public func covariance(_ i: Int, _ j: Int) -> Double {
        guard weightSum > 0 else { return 0 }
        let denominator = weightSum - squaredWeightSum / weightSum
        return denominator > 0 ? coMoment(i, j) / denominator : 0
    }

    /// Pearson rᵢⱼ = Cᵢⱼ/√(CᵢᵢCⱼⱼ); NaN when either variable is constant (or no rows).
    public func correlation(_ i: Int, _ j: Int) -> Double {
        if i == j { return coMoment(i, i) > 0 ? 1 : .nan }
        let scale = (coMoment(i, i) * coMoment(j, j)).squareRoot()
        guard scale > 0 else { return .nan }
        return min(1, max(-1, coMoment(i, j) / scale))
    }

    /// The k × k Pearson correlation matrix.
    public func correlationMatrix() -> [[Double]] {
        (0..<dimension).map { i in (0..<dimension).map { j in correlation(i, j) } }
    }
}
