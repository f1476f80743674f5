import Foundation

/// The standard normal distribution N(0, 1): cumulative probabilities, two-sided
/// p-values and quantiles (critical values for confidence intervals).
///
/// - cdf: Φ(z) = ½·erfc(−z/√2) (Abramowitz & Stegun 1964, 7.1.2 and 26.2.2).
/// - quantile: Φ⁻¹(p) by Wichura's algorithm AS 241 (PPND16), accurate to about
///   1 part in 10¹⁶: Wichura, M. J. (1988). The percentage points of the normal
///   distribution. *Applied Statistics* 37(3), 477–484.
public enum NormalDistribution {
    /// Φ(z) = P(Z ≤ z) = ½·erfc(−z/√2).
    public static func cdf(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// Upper tail P(Z > z) = ½·erfc(z/√2), without the cancellation of 1 − Φ(z).
    public static func survival(_ z: Double) -> Double {
        0.5 * erfc(z / 2.0.squareRoot())
    }

    /// Two-sided p-value of a z statistic: P(|Z| ≥ |z|) = erfc(|z|/√2).
    public static func twoSidedPValue(z: Double) -> Double {
        if z.isNaN { return .nan }
        return erfc(abs(z) / 2.0.squareRoot())
    }

    /// Critical value z for a two-sided interval at `level` (e.g. 0.95 → 1.959964):
    /// z = Φ⁻¹(1 − (1 − level)/2).
    public static func criticalValue(level: Double) -> Double {
        quantile(1 - (1 - level) / 2)
    }

    /// Φ⁻¹(p), the z with Φ(z) = p, by AS 241 (Wichura 1988). Returns −∞ for p = 0,
    /// +∞ for p = 1 and NaN outside [0, 1].
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            // Central region 0.075 ≤ p ≤ 0.925: rational function in r = 0.180625 − q².
            let r = 0.180625 - q * q
            return q * polynomial(r, centralNumerator) / polynomial(r, centralDenominator)
        }
        // Tails: r = √(−ln min(p, 1 − p)).
        var r = (-log(q < 0 ? p : 1 - p)).squareRoot()
        let value: Double
        if r <= 5 {
            r -= 1.6
            value = polynomial(r, intermediateNumerator) / polynomial(r, intermediateDenominator)
        } else {
            r -= 5
            value = polynomial(r, farNumerator) / polynomial(r, farDenominator)
        }
        return q < 0 ? -value : value
    }

    /// Horner evaluation of c[0] + c[1]·x + … + c[n]·xⁿ.
    private static func polynomial(_ x: Double, _ coefficients: [Double]) -> Double {
        var result = 0.0
        for c in coefficients.reversed() { result = result * x + c }
        return result
    }

    // AS 241 coefficients (Wichura 1988, PPND16), lowest power first.
    private static let centralNumerator: [Double] = [
        3.387132872796366608, 133.14166789178437745, 1971.5909503065514427,
        13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
        33430.575583588128105, 2509.0809287301226727,
    ]
    private static let centralDenominator: [Double] = [
        1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
        21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
        5226.495278852854561,
    ]
    private static let intermediateNumerator: [Double] = [
        1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055,
        3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
        0.0227238449892691845833, 7.7454501427834140764e-4,
    ]
    private static let intermediateDenominator: [Double] = [
        1.0, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
        0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
        1.05075007164441684324e-9,
    ]
    private static let farNumerator: [Double] = [
        6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358,
        0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386,
        2.71155556874348757815e-5, 2.01033439929228813265e-7,
    ]
    private static let farDenominator: [Double] = [
        1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
        7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
        2.04426310338993978564e-15,
    ]
}
