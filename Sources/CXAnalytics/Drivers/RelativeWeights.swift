/// Johnson's relative weights: how much of the explained variance R² of an outcome (e.g.
/// likelihood to recommend) each driver rating accounts for, shared out sensibly even when
/// drivers are correlated with each other — unlike squared betas or squared correlations.
///
/// From the driver correlation matrix Rxx (k × k) and the driver–outcome correlations rxy:
///
///     Rxx = V Λ Vᵀ                     (eigendecomposition, `SymmetricEigen`)
///     Λ½  = V Λ^½ Vᵀ = Rxx^½           (correlations of drivers with their orthogonal counterparts)
///     β   = Rxx^−½ rxy = V Λ^−½ Vᵀ rxy (outcome regressed on the orthogonal counterparts)
///     εⱼ  = Σₖ (Λ½)ⱼₖ² βₖ²             (raw relative weight of driver j)
///     Σⱼ εⱼ = Σₖ βₖ² = rxyᵀ Rxx⁻¹ rxy = R²,   rescaled εⱼ = 100·εⱼ/R²
///
/// - Johnson, J. W. (2000). A heuristic method for estimating the relative weight of
///   predictor variables in multiple regression. *Multivariate Behavioral Research* 35(1), 1–19.
/// - Tonidandel, S. & LeBreton, J. M. (2011). Relative importance analysis: a useful supplement
///   to regression analysis. *Journal of Business and Psychology* 26(1), 1–9.
public struct RelativeWeights: Hashable, Sendable, Codable {
    /// One driver's result.
    public struct Driver: Hashable, Sendable, Codable {
        public var name: String
        /// Pearson correlation of the driver with the outcome (its sign gives the direction).
        public var correlation: Double
        /// εⱼ, the share of R² (the raw weights sum to R²).
        public var rawWeight: Double
        /// 100·εⱼ/R², percent of the explained variance (sums to 100).
        public var rescaledWeight: Double
    }

    /// Why weights cannot be computed.
    public enum Failure: Error, Hashable, Sendable {
        /// Names, Rxx and rxy disagree in size, or there are no drivers.
        case dimensionMismatch
        /// A correlation is NaN/∞ (e.g. a constant driver) or outside [−1, 1].
        case invalidCorrelation
        /// Rxx is not symmetric or the eigensolver failed.
        case decomposition(SymmetricEigen.Failure)
        /// Rxx is (numerically) singular: some drivers are exact linear combinations of others.
        case singularDriverMatrix(smallestEigenvalue: Double)
    }

    /// Drivers in input order.
    public let drivers: [Driver]
    /// R² of the outcome on all drivers, rxyᵀ Rxx⁻¹ rxy.
    public let rSquared: Double

    /// - Parameters:
    ///   - names: driver names, one per row of `driverCorrelations`.
    ///   - driverCorrelations: Rxx, the k × k correlation matrix of the drivers.
    ///   - outcomeCorrelations: rxy, the correlation of each driver with the outcome.
    public init(names: [String], driverCorrelations rxx: [[Double]], outcomeCorrelations rxy: [Double]) throws(Failure) {
        let k = names.count
        guard k > 0, rxx.count == k, rxy.count == k, rxx.allSatisfy({ $0.count == k }) else { throw .dimensionMismatch }
        guard (rxx.flatMap { $0 } + rxy).allSatisfy({ $0.isFinite && abs($0) <= 1 + 1e-12 }) else { throw .invalidCorrelation }
        let eigen: SymmetricEigen
        do { eigen = try SymmetricEigen(rxx) } catch { throw .decomposition(error) }
        let smallest = eigen.values.last!
        guard smallest > 1e-12 * max(1, eigen.values[0]) else { throw .singularDriverMatrix(smallestEigenvalue: smallest) }
        let roots = eigen.values.map { $0.squareRoot() }
        // Λ½ = Σₘ √λₘ vₘvₘᵀ;  β = Σₘ (vₘ·rxy)/√λₘ · vₘ.
        var half = [Double](repeating: 0, count: k * k)
        var beta = [Double](repeating: 0, count: k)
        for m in 0..<k {
            let vector = eigen.vectors[m]
            var projection = 0.0
            for i in 0..<k { projection += vector[i] * rxy[i] }
            let betaScale = projection / roots[m]
            for i in 0..<k {
                beta[i] += betaScale * vector[i]
                let scaled = roots[m] * vector[i]
                for j in 0..<k { half[i * k + j] += scaled * vector[j] }
            }
        }
        let betaSquared = beta.map { $0 * $0 }
        let raw = (0..<k).map { j in (0..<k).reduce(0.0) { $0 + half[j * k + $1] * half[j * k + $1] * betaSquared[$1] } }
        let rSquared = betaSquared.reduce(0, +)
        self.rSquared = rSquared
        drivers = (0..<k).map { j in
            Driver(name: names[j], correlation: rxy[j], rawWeight: raw[j],
                   rescaledWeight: rSquared > 0 ? 100 * raw[j] / rSquared : 0)
        }
    }

    /// Weights from a full correlation matrix of drivers and outcome (e.g.
    /// `CoMomentMatrix.correlationMatrix()`), with the outcome at `outcomeIndex`.
    public init(names: [String], correlationMatrix r: [[Double]], outcomeIndex: Int) throws(Failure) {
        guard r.indices.contains(outcomeIndex), names.count == r.count - 1 else { throw .dimensionMismatch }
        let driverIndices = r.indices.filter { $0 != outcomeIndex }
        guard driverIndices.allSatisfy({ r[$0].count == r.count }) else { throw .dimensionMismatch }
        try self.init(
            names: names,
            driverCorrelations: driverIndices.map { i in driverIndices.map { r[i][$0] } },
            outcomeCorrelations: driverIndices.map { r[$0][outcomeIndex] })
    }
}
