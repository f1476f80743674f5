import Foundation

/// Student's t distribution with ν degrees of freedom (ν may be fractional, as with
/// the Welch–Satterthwaite approximation; ν = +∞ is the standard normal).
///
/// - Tail: P(|T| ≥ |t|) = I_x(ν/2, ½) with x = ν/(ν + t²), the regularized incomplete
///   beta function (Abramowitz & Stegun 1964, 26.7.1 and 26.5.27; *Numerical Recipes*
///   3rd ed., §6.14.10).
/// - cdf: F(t) = 1 − ½·I_x(ν/2, ½) for t ≥ 0, and ½·I_x(ν/2, ½) for t < 0.
public struct StudentTDistribution: Hashable, Sendable, Codable {
    /// ν > 0.
    public var degreesOfFreedom: Double

    public init(degreesOfFreedom: Double) {
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½).
    public func twoSidedPValue(t: Double) -> Double {
        let nu = degreesOfFreedom
        guard nu > 0, !t.isNaN else { return .nan }
        if nu.isInfinite { return NormalDistribution.twoSidedPValue(z: t) }
        if t.isInfinite { return 0 }
        let t2 = t * t
        // x = ν/(ν + t²) and 1 − x = t²/(ν + t²), both without cancellation.
        return IncompleteBeta.regularized(x: nu / (nu + t2), y: t2 / (nu + t2), a: nu / 2, b: 0.5)
    }

    /// F(t) = P(T ≤ t).
    public func cdf(_ t: Double) -> Double {
        if degreesOfFreedom.isInfinite { return NormalDistribution.cdf(t) }
        let tail = 0.5 * twoSidedPValue(t: t)
        return t >= 0 ? 1 - tail : tail
    }

    /// F⁻¹(p): the t with P(T ≤ t) = p, by bracketing and bisection on the cdf
    /// (monotone), refined to the last bit. Returns ±∞ for p = 0 or 1, NaN outside [0, 1].
    public func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1, degreesOfFreedom > 0 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if degreesOfFreedom.isInfinite { return NormalDistribution.quantile(p) }
        if p == 0.5 { return 0 }
        // Solve for the upper tail on the positive side; the distribution is symmetric.
        let upper = p > 0.5 ? 1 - p : p
        var low = 0.0
        var high = max(1.0, -NormalDistribution.quantile(upper))
        while 0.5 * twoSidedPValue(t: high) > upper { low = high; high *= 2 }
        for _ in 0..<200 {
            let mid = 0.5 * (low + high)
            if mid <= low || mid >= high { break }
            if 0.5 * twoSidedPValue(t: mid) > upper { low = mid } else { high = mid }
        }
        let t = 0.5 * (low + high)
        return p > 0.5 ? t : -t
    }

    /// Critical value for a two-sided interval: F⁻¹(1 − (1 − level)/2).
    public func criticalValue(level: Double) -> Double {
        quantile(1 - (1 - level) / 2)
    }
}
