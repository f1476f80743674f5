/// Means, covariances and Pearson correlations of a few variables over many rows, summed
/// exactly in integers, so the result is the same whatever order the rows are added in.
///
/// Why: a sum of doubles depends on the order of its terms in its last bits, and the
/// per-customer folds (the peak-end fit, revenue per NPS group) go over customers by their
/// codes, which the parallel reads hand out in a different order each run. Summed in
/// doubles, the rows had to be sorted into response order first (a radix sort of 550k
/// customers, then a pass that missed the cache on every customer) for two runs to print
/// the same JSON.
///
/// Each value x is first put on a fixed grid, X = round(x · 2ᵉ), with e chosen from a
/// bound on |x| that the caller supplies (the largest |valence| the journey met, say) so
/// that |X| < 2⁴⁷ within it: the grid keeps 47 bits of the largest value, finer than any
/// figure the report prints (for a bound below 2⁻⁹⁷⁵, fewer: 2ᵉ stops at 2¹⁰²³). A value
/// up to twice the bound still fits; beyond, a precondition stops the program (the callers'
/// bounds come from the values themselves). Then, in 128-bit integers (room for 2³¹ rows),
///
///     Sᵢ = Σ Xᵢ,   Pᵢⱼ = Σ XᵢXⱼ,
///
/// and each covariance comes from the exact integer n·Pᵢⱼ − SᵢSⱼ = n²·cov (256 bits,
/// rounded to a double once), so no cancellation loses digits however large the means:
///
///     x̄ᵢ = Sᵢ / (n·2ᵉ),   sᵢⱼ = (n·Pᵢⱼ − SᵢSⱼ) / (n(n − 1)·2²ᵉ),
///     rᵢⱼ = (n·Pᵢⱼ − SᵢSⱼ) / √((n·Pᵢᵢ − Sᵢ²)(n·Pⱼⱼ − Sⱼ²)).
struct ExactCoMoments: Sendable {
    let dimension: Int
    /// 2ᵉ, the grid's units per 1.
    let scale: Double
    private(set) var count = 0
    private var sums: [Int128]
    /// Pᵢⱼ for i ≤ j, row by row (P₀₀, P₀₁ … P₀,d−1, P₁₁ …).
    private var products: [Int128]

    /// Largest |X| allowed: 2⁴⁸, so XᵢXⱼ ≤ 2⁹⁶ and 2³¹ rows of them fit in 127 bits.
    static let gridBits = 48
    /// Rows that fit: the products' sums stay below 2¹²⁷.
    static let maximumCount = 1 << 31

    /// - Parameter bound: at least the largest |x| that will be added (finite); 0 when
    ///   every value is 0.
    init(dimension: Int, bound: Double) {
        precondition(bound.isFinite && bound >= 0, "bound \(bound) is not a finite magnitude")
        self.dimension = dimension
        // bound < 2^(exponent + 1), so |x|·2^(48 − exponent − 2) < 2^47 for |x| ≤ bound: half
        // the grid's room, so a value a rounding above the bound still fits.
        scale = bound > 0 ? Double(sign: .plus, exponent: min(1023, Self.gridBits - 2 - Int(bound.exponent)), significand: 1) : 1
        sums = Array(repeating: 0, count: dimension)
        products = Array(repeating: 0, count: dimension * (dimension + 1) / 2)
    }

    /// Adds a row of `dimension` values, each within the bound.
    ///
    /// With the dimension a constant (`ConstantDimension`: the peak-end fit's 5, revenue
    /// per customer's 1), the loops unroll.
    @inline(__always)
    mutating func add(_ row: UnsafePointer<Double>) {
        precondition(count < Self.maximumCount, "more than 2³¹ rows")
        count += 1
        ConstantDimension.dispatch(dimension) { add(row, dimension: $0) }
    }

    @inline(__always)
    private mutating func add(_ row: UnsafePointer<Double>, dimension k: Int) {
        let scale = scale
        @inline(__always) func add(_ x: UnsafeMutablePointer<Int64>) {
            for i in 0..<k { x[i] = Self.onGrid(row[i], scale: scale) }
            sums.withUnsafeMutableBufferPointer { sums in
                for i in 0..<k { sums[i] &+= Int128(x[i]) }
            }
            products.withUnsafeMutableBufferPointer { products in
                var packed = 0
                for i in 0..<k {
                    for j in i..<k {
                        products[packed] &+= Int128(x[i]) &* Int128(x[j])
                        packed += 1
                    }
                }
            }
        }
        RowScratch.withBuffer(of: Int64.self, count: k, add)
    }

    /// Adds the rows of `other`, summed on the same grid (same dimension and bound): the
    /// integer sums add, so parts of the rows summed apart give the same as one pass.
    mutating func merge(_ other: ExactCoMoments) {
        precondition(dimension == other.dimension && scale == other.scale, "merging co-moments of other shapes or grids")
        precondition(count + other.count <= Self.maximumCount, "more than 2³¹ rows")
        count += other.count
        for i in sums.indices { sums[i] &+= other.sums[i] }
        for i in products.indices { products[i] &+= other.products[i] }
    }

    /// x · scale rounded to the nearest integer (ties to even); x must be within twice
    /// the bound. Rounded by adding and taking away 1.5 · 2⁵², which leaves no fraction
    /// below 2⁵¹: `rounded()` called the C library's `round` for every value, a fifth of
    /// the fit's time, and truncating would make every mean a little low.
    @inline(__always)
    static func onGrid(_ x: Double, scale: Double) -> Int64 {
        let scaled = x * scale
        precondition(abs(scaled) <= Double(1 << gridBits), "\(x) is beyond the bound given")
        return Int64((scaled + 0x1.8p52) - 0x1.8p52)
    }

    /// x̄ᵢ; NaN without rows.
    func mean(_ i: Int) -> Double {
        count > 0 ? Double(sums[i]) / Double(count) / scale : .nan
    }

    /// The unbiased sample covariance sᵢⱼ (the variance when i = j); 0 with fewer than two rows.
    func covariance(_ i: Int, _ j: Int) -> Double {
        guard count > 1 else { return 0 }
        return centred(i, j) / (Double(count) * Double(count - 1)) / (scale * scale)
    }

    /// Pearson rᵢⱼ; NaN when either variable is constant (or there are no rows).
    func correlation(_ i: Int, _ j: Int) -> Double {
        let spread = centred(i, i) * centred(j, j)
        guard spread > 0 else { return .nan }
        if i == j { return 1 }
        return min(1, max(-1, centred(i, j) / spread.squareRoot()))
    }

    /// n·Pᵢⱼ − SᵢSⱼ, worked out exactly in 256 bits and rounded once.
    private func centred(_ i: Int, _ j: Int) -> Double {
        let (low, high) = (min(i, j), max(i, j))
        let product = products[low * dimension - low * (low - 1) / 2 + (high - low)]
        return WideInteger(Int128(count), product).subtracting(WideInteger(sums[i], sums[j])).doubleValue
    }
}
