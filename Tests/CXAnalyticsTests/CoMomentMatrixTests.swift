import Foundation
import Testing
@testable import CXAnalytics

/// Reference numbers from Fixtures/reference/moments.py (numpy 2.4.6 on Fixtures/mtcars.csv,
/// columns mpg, cyl, disp, hp, gear).
@Suite struct CoMomentMatrixTests {
    static let columns = ["mpg", "cyl", "disp", "hp", "gear"]

    static func rows() throws -> [[Double]] {
        let data = try Fixtures.mtcars()
        let columns = columns.map { data[$0]! }
        return (0..<columns[0].count).map { row in columns.map { $0[row] } }
    }

    // Proves the Pearson matrix of mtcars matches numpy.corrcoef (upper triangle, 1e-13).
    @Test func correlationsMatchNumpy() throws {
        var matrix = CoMomentMatrix(dimension: 5)
        for row in try Self.rows() { matrix.add(row) }
        let expected: [(Int, Int, Double)] = [
            (0, 1, -0.8521619594266129), (0, 2, -0.8475513792624785), (0, 3, -0.7761683718265862),
            (0, 4, 0.4802847573388421), (1, 2, 0.9020328721469988), (1, 3, 0.8324474527218194),
            (1, 4, -0.49268659938947124), (2, 3, 0.7909485863698066), (2, 4, -0.5555691985624825),
            (3, 4, -0.12570425822547415),
        ]
        let r = matrix.correlationMatrix()
        for (i, j, value) in expected {
            #expect(close(r[i][j], value, 1e-13))
            #expect(r[j][i] == r[i][j])
        }
        #expect((0..<5).allSatisfy { r[$0][$0] == 1 })
    }

    // Proves weighted covariances match numpy.cov(aweights=) with wᵢ = 1 + 0.5·(i mod 3).
    @Test func weightedCovarianceMatchesNumpy() throws {
        var matrix = CoMomentMatrix(dimension: 5)
        for (i, row) in try Self.rows().enumerated() { matrix.add(row, weight: 1 + 0.5 * Double(i % 3)) }
        #expect(close(matrix.covariance(0, 0), 36.37022471910112, 1e-13))
        #expect(close(matrix.covariance(0, 3), -316.43396010089424, 1e-13))
        #expect(close(matrix.covariance(2, 3), 6674.941722082092, 1e-13))
        #expect(close(matrix.covariance(4, 4), 0.5462049988534738, 1e-13))
        #expect(close(matrix.means[0], 20.189473684210522, 1e-14))
    }

    // Proves listwise deletion: rows with a missing value change neither means nor co-moments,
    // while pairwise-complete counts still count the pairs that were present.
    @Test func listwiseDeletionAndPairwiseCounts() throws {
        let rows = try Self.rows()
        var complete = CoMomentMatrix(dimension: 5)
        for row in rows { complete.add(row) }
        var withGaps = complete
        withGaps.add([1, .nan, 3, 4, 5])
        withGaps.add([nil, 2, 3, nil, 5] as [Double?])
        #expect(withGaps.count == 32 && withGaps.offeredCount == 34)
        #expect(withGaps.means == complete.means && withGaps.coMoments == complete.coMoments)
        #expect(withGaps.pairwiseCount(0, 0) == 33)  // mpg present in one incomplete row
        #expect(withGaps.pairwiseCount(2, 4) == 34)  // disp and gear present in both
        #expect(withGaps.pairwiseCount(1, 3) == 32)  // cyl/hp: each incomplete row misses one
        #expect(withGaps.pairwiseCount(0, 1) == withGaps.pairwiseCount(1, 0))
    }

    // Proves a constant variable yields NaN correlations instead of a fabricated number.
    @Test func constantVariableHasNoCorrelation() {
        var matrix = CoMomentMatrix(dimension: 2)
        for x in [1.0, 2, 3, 4] { matrix.add([x, 7]) }
        #expect(matrix.correlation(0, 1).isNaN)
        #expect(matrix.correlation(1, 1).isNaN)
        #expect(matrix.correlation(0, 0) == 1)
    }

    // Proves the accumulator survives a JSON round trip (it is cached and may be stored).
    @Test func codableRoundTrip() throws {
        var matrix = CoMomentMatrix(dimension: 5)
        for row in try Self.rows() { matrix.add(row) }
        let decoded = try JSONDecoder().decode(CoMomentMatrix.self, from: JSONEncoder().encode(matrix))
        #expect(decoded == matrix)
    }
}
