/// Eigendecomposition A = V·diag(λ)·Vᵀ of a real symmetric matrix by the cyclic Jacobi
/// method: sweeps of plane rotations, each zeroing one off-diagonal element, until the
/// off-diagonal norm is below `tolerance` × ‖A‖_F (default 1e-12). Jacobi is slower than
/// QR for large n but simple, robust and accurate to high relative precision — ample for
/// the k ≤ ~50 driver correlation matrices of key-driver analysis.
///
/// Each rotation (p, q) uses the stable formulas of Golub & Van Loan, §8.5.2:
///
///     θ = (a_qq − a_pp)/(2a_pq),  t = sign(θ)/(|θ| + √(θ² + 1)),  c = 1/√(t² + 1),  s = t·c
///     a'_pp = a_pp − t·a_pq,  a'_qq = a_qq + t·a_pq,  a'_pq = 0,  columns p, q of A and V rotated.
///
/// - Golub, G. H. & Van Loan, C. F. (2013). *Matrix Computations* 4th ed., §8.5 "Jacobi Methods".
/// - Press et al. (2007). *Numerical Recipes* 3rd ed., §11.1.
public struct SymmetricEigen: Hashable, Sendable, Codable {
    /// Why a matrix cannot be decomposed.
    public enum Failure: Error, Hashable, Sendable {
        /// Not square, empty, or rows of different lengths.
        case notSquare
        /// Contains NaN or ±∞.
        case notFinite
        /// |a_ij − a_ji| above tolerance × ‖A‖_F at (row, column).
        case notSymmetric(row: Int, column: Int)
        /// The off-diagonal norm did not fall below the tolerance within the sweep limit.
        case didNotConverge(sweeps: Int)
    }

    /// Eigenvalues in descending order.
    public let values: [Double]
    /// Unit eigenvectors: `vectors[k]` belongs to `values[k]`. Each is signed so that its
    /// largest-magnitude component is positive (deterministic output).
    public let vectors: [[Double]]
    /// Sweeps used.
    public let sweeps: Int

    public init(_ matrix: [[Double]], tolerance: Double = 1e-12, maximumSweeps: Int = 100) throws(Failure) {
        let n = matrix.count
        guard n > 0, matrix.allSatisfy({ $0.count == n }) else { throw .notSquare }
        var a = matrix.flatMap { $0 }
        guard a.allSatisfy(\.isFinite) else { throw .notFinite }
        let norm = a.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for i in 0..<n {
            for j in (i + 1)..<n where abs(a[i * n + j] - a[j * n + i]) > tolerance * max(norm, 1e-300) {
                throw .notSymmetric(row: i, column: j)
            }
        }
        // Use the upper triangle, mirrored, as the symmetric input.
        for i in 0..<n { for j in (i + 1)..<n { a[j * n + i] = a[i * n + j] } }
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        let sweeps = try Self.diagonalize(&a, &v, n: n, threshold: tolerance * norm, maximumSweeps: maximumSweeps)
        // Sort by descending eigenvalue; fix each vector's sign.
        let order = (0..<n).sorted { a[$0 * n + $0] > a[$1 * n + $1] || (a[$0 * n + $0] == a[$1 * n + $1] && $0 < $1) }
        values = order.map { a[$0 * n + $0] }
        vectors = order.map { column in
            var vector = (0..<n).map { v[$0 * n + column] }
            let largest = vector.indices.max { abs(vector[$0]) < abs(vector[$1]) || (abs(vector[$0]) == abs(vector[$1]) && $0 > $1) }!
            if vector[largest] < 0 { vector = vector.map { -$0 } }
            return vector
        }
        self.sweeps = sweeps
    }

    /// Runs cyclic sweeps on the row-major n × n matrix `a`, accumulating rotations in `v`.
    private static func diagonalize(
        _ a: inout [Double], _ v: inout [Double], n: Int, threshold: Double, maximumSweeps: Int
    ) throws(Failure) -> Int {
        for sweep in 0...maximumSweeps {
            var off = 0.0
            for i in 0..<n { for j in 0..<n where j != i { off += a[i * n + j] * a[i * n + j] } }
            if off.squareRoot() <= threshold { return sweep }
            if sweep == maximumSweeps { break }
            a.withUnsafeMutableBufferPointer { a in
                v.withUnsafeMutableBufferPointer { v in
                    for p in 0..<(n - 1) {
                        for q in (p + 1)..<n where a[p * n + q] != 0 {
                            rotate(a, v, n: n, p: p, q: q)
                        }
                    }
                }
            }
        }
        throw .didNotConverge(sweeps: maximumSweeps)
    }

    /// One Jacobi rotation zeroing a[p][q] (Golub & Van Loan Algorithm 8.5.1 and 8.5.2).
    private static func rotate(_ a: UnsafeMutableBufferPointer<Double>, _ v: UnsafeMutableBufferPointer<Double>, n: Int, p: Int, q: Int) {
        let apq = a[p * n + q]
        let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
        let t: Double
        if abs(theta) > 1e150 {
            t = 1 / (2 * theta)  // θ² would overflow; t ≈ 1/(2θ)
        } else {
            t = (theta >= 0 ? 1 : -1) / (abs(theta) + (theta * theta + 1).squareRoot())
        }
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        a[p * n + p] -= t * apq
        a[q * n + q] += t * apq
        a[p * n + q] = 0
        a[q * n + p] = 0
        for k in 0..<n where k != p && k != q {
            let akp = a[k * n + p], akq = a[k * n + q]
            let newP = c * akp - s * akq
            let newQ = s * akp + c * akq
            a[k * n + p] = newP; a[p * n + k] = newP
            a[k * n + q] = newQ; a[q * n + k] = newQ
        }
        for k in 0..<n {
            let vkp = v[k * n + p], vkq = v[k * n + q]
            v[k * n + p] = c * vkp - s * vkq
            v[k * n + q] = s * vkp + c * vkq
        }
    }
}
