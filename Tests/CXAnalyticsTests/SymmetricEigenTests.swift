import Foundation
import Testing
@testable import CXAnalytics
import CXData

@Suite struct SymmetricEigenTests {
    /// V·diag(λ)·Vᵀ from a decomposition.
    static func reconstruct(_ eigen: SymmetricEigen) -> [[Double]] {
        let n = eigen.values.count
        return (0..<n).map { i in
            (0..<n).map { j in (0..<n).reduce(0.0) { $0 + eigen.values[$1] * eigen.vectors[$1][i] * eigen.vectors[$1][j] } }
        }
    }

    /// A seeded random symmetric n × n matrix with entries in [−1, 1).
    static func randomSymmetric(_ n: Int, seed: UInt64) -> [[Double]] {
        var generator = SeededGenerator(seed: seed)
        var a = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n { for j in i..<n { a[i][j] = 2 * generator.uniform() - 1; a[j][i] = a[i][j] } }
        return a
    }

    // Proves known spectra: the second-difference matrix tridiag(−1, 2, −1) of order 8 has
    // λₖ = 2 − 2cos(kπ/9) (Golub & Van Loan §4.8), and [[2,0,0],[0,3,4],[0,4,9]] has 11, 2, 1.
    @Test func knownEigenvalues() throws {
        let n = 8
        let tridiagonal = (0..<n).map { i in (0..<n).map { j in i == j ? 2.0 : (abs(i - j) == 1 ? -1.0 : 0.0) } }
        let eigen = try SymmetricEigen(tridiagonal)
        let expected: [Double] = (1...n).map { (k: Int) -> Double in 2 - 2 * cos(Double(k) * Double.pi / Double(n + 1)) }
            .sorted(by: >)
        #expect(zip(eigen.values, expected).allSatisfy { close($0, $1, 1e-13) })
        let small = try SymmetricEigen([[2, 0, 0], [0, 3, 4], [0, 4, 9]])
        #expect(zip(small.values, [11.0, 2, 1]).allSatisfy { close($0, $1, 1e-13) })
        // The eigenvector of 11 is (0, 1, 2)/√5, signed so its largest component is positive.
        #expect(zip(small.vectors[0], [0, 1 / 5.0.squareRoot(), 2 / 5.0.squareRoot()]).allSatisfy { close($0, $1, 1e-13) })
    }

    // Proves A = VΛVᵀ and VᵀV = I to 1e-12 for random symmetric matrices up to 40 × 40.
    @Test(arguments: [(2, 1 as UInt64), (7, 2), (12, 3), (40, 4)])
    func reconstructsAndIsOrthonormal(n: Int, seed: UInt64) throws {
        let a = Self.randomSymmetric(n, seed: seed)
        let eigen = try SymmetricEigen(a)
        #expect(close(Self.reconstruct(eigen), a, 1e-12))
        for i in 0..<n {
            for j in 0..<n {
                let dot = zip(eigen.vectors[i], eigen.vectors[j]).reduce(0) { $0 + $1.0 * $1.1 }
                #expect(abs(dot - (i == j ? 1 : 0)) < 1e-12)
            }
        }
        #expect(zip(eigen.values, eigen.values.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(close(eigen.values.reduce(0, +), (0..<n).reduce(0) { $0 + a[$1][$1] }, 1e-12))  // trace
    }

    // Proves the eigenvalues of the drivers fixture's Rxx match numpy.linalg.eigh
    // (Fixtures/reference/drivers.out.txt).
    @Test func matchesNumpyOnDriverCorrelations() throws {
        let eigen = try SymmetricEigen(try RelativeWeightsTests.driversFixture().correlationMatrix().prefix(5).map { Array($0.prefix(5)) })
        let numpy = [2.1803525430511757, 0.8680728150504379, 0.7357635033119585, 0.6821247898994565, 0.5336863486869713]
        #expect(zip(eigen.values, numpy).allSatisfy { close($0, $1, 1e-13) })
    }

    // Proves a diagonal matrix needs no sweep and invalid input is rejected with the reason.
    @Test func diagonalAndInvalidInput() throws {
        #expect(try SymmetricEigen([[1, 0], [0, 3]]).sweeps == 0)
        #expect(throws: SymmetricEigen.Failure.notSquare) { try SymmetricEigen([[1, 2], [2]]) }
        #expect(throws: SymmetricEigen.Failure.notSymmetric(row: 0, column: 1)) { try SymmetricEigen([[1, 2], [0.5, 1]]) }
        #expect(throws: SymmetricEigen.Failure.notFinite) { try SymmetricEigen([[1, .nan], [.nan, 1]]) }
    }
}
