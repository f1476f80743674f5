import Foundation
import Testing
@testable import CXAnalytics

@Suite struct StudentTDistributionTests {
    // Proves the cdf reproduces printed t tables (e.g. Student's t table, df = 10:
    // t₀.₉₇₅ = 2.228; df = 1: 12.706; df = 30: 2.042; df = 5: t₀.₉₉₅ = 4.032).
    @Test func cdfMatchesPrintedTables() {
        #expect(close(StudentTDistribution(degreesOfFreedom: 10).cdf(2.228), 0.975, 1e-4))
        #expect(close(StudentTDistribution(degreesOfFreedom: 1).cdf(12.706), 0.975, 1e-4))
        #expect(close(StudentTDistribution(degreesOfFreedom: 30).cdf(2.042), 0.975, 1e-4))
        #expect(close(StudentTDistribution(degreesOfFreedom: 5).cdf(4.032), 0.995, 1e-4))
    }

    // Proves the incomplete-beta route against closed forms: df = 1 is Cauchy,
    // F(t) = ½ + atan(t)/π; df = 2 has F(t) = ½ + t/(2√(2 + t²)).
    @Test func cdfMatchesClosedFormsForOneAndTwoDegreesOfFreedom() {
        for t in stride(from: -20.0, through: 20.0, by: 0.7) {
            #expect(close(StudentTDistribution(degreesOfFreedom: 1).cdf(t), 0.5 + atan(t) / Double.pi, 1e-14))
            #expect(close(StudentTDistribution(degreesOfFreedom: 2).cdf(t), 0.5 + t / (2 * (2 + t * t).squareRoot()), 1e-14))
        }
    }

    // Proves fractional and large df (as Welch produces) against scipy 1.17.1 t.cdf
    // (Fixtures/reference/distributions.out.txt).
    @Test(arguments: [
        (3.0, 1.2, 0.8418689426509474), (7.5, -2.1, 0.035618535729039044), (30.0, 0.4, 0.654004741742904),
        (200.0, 1.97, 0.9748906977409376), (45.3, 3.3, 0.9990552378523483),
        (1e5, 2.0, 0.9772485182712467), (2.5, 12.0, 0.9985818924849609),
    ])
    func cdfMatchesScipy(df: Double, t: Double, expected: Double) {
        #expect(close(StudentTDistribution(degreesOfFreedom: df).cdf(t), expected, 1e-12))
    }

    // Proves the two-sided p-value equals 2·min(F, 1 − F) and tends to the normal one as df → ∞.
    @Test func twoSidedPValueIsTwiceTheTailAndApproachesNormal() {
        let t7 = StudentTDistribution(degreesOfFreedom: 7.5)
        #expect(close(t7.twoSidedPValue(t: -2.1), 2 * 0.035618535729039044, 1e-12))
        #expect(close(t7.twoSidedPValue(t: 2.1), 2 * 0.035618535729039044, 1e-12))
        #expect(t7.twoSidedPValue(t: 0) == 1)
        let normal = NormalDistribution.twoSidedPValue(z: 1.96)
        #expect(StudentTDistribution(degreesOfFreedom: .infinity).twoSidedPValue(t: 1.96) == normal)
        #expect(close(StudentTDistribution(degreesOfFreedom: 1e7).twoSidedPValue(t: 1.96), normal, 1e-7))
    }

    // Proves the quantile against scipy t.ppf, including df = 1 (tan(0.4π) = 3.0776835…).
    @Test(arguments: [
        (4.0, 0.975, 2.7764451051977934), (12.7, 0.95, 1.7741379366456707),
        (100.0, 0.995, 2.6258905214380173), (1.0, 0.9, 3.0776835371752544),
    ])
    func quantileMatchesScipy(df: Double, p: Double, expected: Double) {
        let t = StudentTDistribution(degreesOfFreedom: df)
        #expect(close(t.quantile(p), expected, 1e-12))
        #expect(close(t.quantile(1 - p), -expected, 1e-12))
    }

    /// The quantile by bisection from [0, 2ᵏ] alone, as it was found before the search
    /// started from a narrow bracket: the two must meet at the same crossing.
    static func bisectedFromZero(_ distribution: StudentTDistribution, _ p: Double) -> Double {
        let upper = p > 0.5 ? 1 - p : p
        func tail(_ t: Double) -> Double { 0.5 * distribution.twoSidedPValue(t: t) }
        var low = 0.0, high = max(1.0, -NormalDistribution.quantile(upper))
        while tail(high) > upper { low = high; high *= 2 }
        for _ in 0..<200 {
            let mid = 0.5 * (low + high)
            if mid <= low || mid >= high { break }
            if tail(mid) > upper { low = mid } else { high = mid }
        }
        let t = 0.5 * (low + high)
        return p > 0.5 ? t : -t
    }

    // Proves the search from a narrow bracket around the Newton estimate finds the crossing
    // bisection from [0, 2ᵏ] finds, over whole, fractional (Welch) and huge degrees of
    // freedom and levels from just above ½ to 1 − 10⁻⁹ on either side. The tail is worked
    // out to about 10⁻¹⁵, so at its last bits it wobbles rather than falls, and where it
    // does the two searches may stop a few doubles apart: within 10⁻¹⁴ relative (this
    // grid's worst is 22 units in the last place, 3·10⁻¹⁵, at 5·10⁷ degrees of freedom),
    // and most points agree to the bit.
    @Test func narrowBracketFindsTheSameCrossing() {
        let dfs = [1, 1.5, 2, 3, 4.7, 5, 9, 10, 29, 30, 31.25, 99, 100, 299.5, 1_000, 12_345, 1e5, 1e6, 5e7]
        let ps = [0.5000001, 0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 0.995, 0.9995, 0.999999, 1 - 1e-9, 0.025, 0.005, 0.1, 0.4999]
        var exact = 0, largest: UInt64 = 0
        for df in dfs {
            let t = StudentTDistribution(degreesOfFreedom: df)
            for p in ps {
                let narrow = t.quantile(p), wide = Self.bisectedFromZero(t, p)
                let apart = max(narrow.bitPattern, wide.bitPattern) - min(narrow.bitPattern, wide.bitPattern)
                #expect(narrow.sign == wide.sign && abs(narrow - wide) <= 1e-14 * abs(wide), "df \(df), p \(p): \(narrow) against \(wide)")
                if apart == 0 { exact += 1 }
                largest = max(largest, apart)
            }
        }
        #expect(exact > dfs.count * ps.count * 9 / 10)
        #expect(largest < 64)
    }
}
