import CXData
import Foundation
import Testing
@testable import CXAnalytics

/// `ExactCoMoments` against hand-worked values, against the double co-moments it replaces
/// in the per-customer folds, and for its reason to exist: the same bits in any row order.
@Suite struct ExactCoMomentsTests {
    static func moments(_ rows: [[Double]], bound: Double? = nil) -> ExactCoMoments {
        let largest = rows.joined().map(abs).max() ?? 0
        var moments = ExactCoMoments(dimension: rows.first?.count ?? 1, bound: bound ?? largest)
        for row in rows { row.withUnsafeBufferPointer { moments.add($0.baseAddress!) } }
        return moments
    }

    /// x = 1, 2, 3, 4 and y = 2, 4, 5, 9, by hand: x̄ = 2.5, ȳ = 5;
    /// Σ(x − x̄)(y − ȳ) = (−1.5)(−3) + (−0.5)(−1) + (0.5)(0) + (1.5)(4) = 11, so s_xy = 11/3;
    /// Σ(x − x̄)² = 2.25 + 0.25 + 0.25 + 2.25 = 5 (s² = 5/3); Σ(y − ȳ)² = 9 + 1 + 0 + 16 = 26
    /// (s² = 26/3); r = 11/√(5 · 26) = 11/√130 = 0.9647638212377322.
    @Test func handWorkedFourRows() {
        let moments = Self.moments([[1, 2], [2, 4], [3, 5], [4, 9]])
        #expect(moments.count == 4)
        #expect(moments.mean(0) == 2.5 && moments.mean(1) == 5)
        #expect(abs(moments.covariance(0, 1) - 11.0 / 3) < 1e-15)
        #expect(abs(moments.covariance(0, 0) - 5.0 / 3) < 1e-15)
        #expect(abs(moments.covariance(1, 1) - 26.0 / 3) < 1e-15)
        #expect(abs(moments.correlation(0, 1) - 11 / 130.0.squareRoot()) < 1e-15)
        #expect(moments.correlation(1, 0) == moments.correlation(0, 1))
        #expect(moments.correlation(0, 0) == 1)
    }

    /// A constant variable has no correlation (NaN) and no spread, however large it is;
    /// one row has no covariance; no rows, no mean.
    @Test func constantsAndTooFewRows() {
        let constant = Self.moments([[7e12, 1], [7e12, 2], [7e12, 4]])
        #expect(constant.correlation(0, 1).isNaN && constant.covariance(0, 0) == 0)
        #expect(constant.mean(0) == 7e12)
        let one = Self.moments([[3, 4]])
        #expect(one.covariance(0, 1) == 0 && one.correlation(0, 1).isNaN)
        let none = ExactCoMoments(dimension: 2, bound: 0)
        #expect(none.mean(0).isNaN && none.correlation(0, 1).isNaN)
    }

    /// The reason for the type: 2,000 seeded rows with non-integer values, added in file
    /// order and in a shuffled order, give the same means, covariances and correlations,
    /// bit for bit. (Summed in doubles, such a shuffle changes the last digits.)
    @Test func rowOrderDoesNotChangeABit() {
        var random = SeededGenerator(seed: 31)
        let rows = (0..<2_000).map { _ in
            let a = random.normal()
            return [a, 0.6 * a + 0.8 * random.normal(), 250 + 3 * random.uniform(), Double(Int(random.uniform() * 11))]
        }
        var shuffled = rows
        shuffled.shuffle(using: &random)
        let inOrder = Self.moments(rows), reordered = Self.moments(shuffled, bound: rows.joined().map(abs).max()!)
        for i in 0..<4 {
            #expect(inOrder.mean(i).bitPattern == reordered.mean(i).bitPattern)
            for j in 0..<4 {
                #expect(inOrder.covariance(i, j).bitPattern == reordered.covariance(i, j).bitPattern)
                #expect(inOrder.correlation(i, j).bitPattern == reordered.correlation(i, j).bitPattern
                        || (inOrder.correlation(i, j).isNaN && reordered.correlation(i, j).isNaN))
            }
        }
        // And the figures are right: against the double co-moments (shifted sums, one pass)
        // and a two-pass mean and covariance in doubles.
        var doubles = CoMomentMatrix(dimension: 4)
        for row in rows { doubles.add(row) }
        let means = (0..<4).map { i in rows.map { $0[i] }.reduce(0, +) / Double(rows.count) }
        for i in 0..<4 {
            #expect(abs(inOrder.mean(i) - means[i]) <= 1e-12 * max(1, abs(means[i])))
            for j in 0..<4 {
                let twoPass = rows.map { ($0[i] - means[i]) * ($0[j] - means[j]) }.reduce(0, +) / Double(rows.count - 1)
                #expect(abs(inOrder.covariance(i, j) - twoPass) <= 1e-10 * max(1, abs(twoPass)))
                #expect(abs(inOrder.correlation(i, j) - doubles.correlation(i, j)) <= 1e-12)
            }
        }
        #expect(abs(inOrder.correlation(0, 1) - 0.6) < 0.05)
    }

    /// Values far from zero with a small spread (a mean of 10⁹, a standard deviation near
    /// 0.3) keep their correlation: the covariance is an exact integer difference, not a
    /// difference of two rounded sums of squares. Checked against the same rows centred first.
    @Test func largeMeansLoseNoDigits() {
        var random = SeededGenerator(seed: 5)
        let rows = (0..<500).map { _ in
            let a = random.uniform()
            return [1e9 + a, 1e9 + a + random.uniform()]
        }
        let centred = rows.map { [$0[0] - 1e9, $0[1] - 1e9] }
        let far = Self.moments(rows), near = Self.moments(centred)
        #expect(abs(far.correlation(0, 1) - near.correlation(0, 1)) < 1e-6)
        #expect(abs(far.covariance(0, 1) - near.covariance(0, 1)) < 1e-6 * near.covariance(0, 1))
    }

    /// The grid is as fine as the bound allows: the bound itself lands between 2⁴⁶ and 2⁴⁷,
    /// and twice the bound still fits below 2⁴⁸ (beyond, a precondition stops the program).
    /// Below 2⁻⁹⁷⁵ the scale stops at 2¹⁰²³, the largest power of two a double holds.
    @Test func theBoundSetsTheGrid() {
        #expect(ExactCoMoments(dimension: 1, bound: 1e-300).scale == 0x1p1023)
        for bound in [1e-9, 0.001, 3, 4, 10, 1024, 1e15] {
            let scale = ExactCoMoments(dimension: 1, bound: bound).scale
            let top = abs(ExactCoMoments.onGrid(-bound, scale: scale))
            #expect(top < 1 << (ExactCoMoments.gridBits - 1) && top >= 1 << (ExactCoMoments.gridBits - 2))
            #expect(ExactCoMoments.onGrid(2 * bound, scale: scale) <= 1 << ExactCoMoments.gridBits)
        }
        // To the nearest point of the grid, ties to even, either sign.
        #expect([2.4, 2.5, 2.6, 3.5, -2.5, -2.6, 0.49].map { ExactCoMoments.onGrid($0, scale: 1) } == [2, 2, 3, 4, -2, -3, 0])
    }
}

/// The 256-bit integer behind `ExactCoMoments`' covariances.
@Suite struct WideIntegerTests {
    /// Products and differences of known value, positive and negative, near zero and near
    /// 2²⁵⁴, as doubles.
    @Test func productsAndDifferences() {
        let big = Int128(1) << 100
        #expect(WideInteger(big, big).doubleValue == 0x1p200)
        #expect(WideInteger(-big, big).doubleValue == -0x1p200)
        #expect(WideInteger(3, 5).subtracting(WideInteger(4, 4)).doubleValue == -1)
        #expect(WideInteger(4, 4).subtracting(WideInteger(3, 5)).doubleValue == 1)
        #expect(WideInteger(big, big).subtracting(WideInteger(big, big)).doubleValue == 0)
        // 2²⁰⁰ − 1 rounds to 2²⁰⁰; −(2²⁰⁰ + 2¹⁰⁰) is exact in a double.
        #expect(WideInteger(big, big).subtracting(WideInteger(1, 1)).doubleValue == 0x1p200)
        #expect(WideInteger(-big, big).subtracting(WideInteger(big, 1)).doubleValue == -(0x1p200 + 0x1p100))
        #expect(WideInteger(.max, .max).doubleValue == Double(Int128.max) * Double(Int128.max))
        #expect(WideInteger(.min, .max).doubleValue == -Double(Int128.max) * 0x1p127)
    }
}
