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

    /// F⁻¹(p): the t with P(T ≤ t) = p. Returns ±∞ for p = 0 or 1, NaN outside [0, 1].
    ///
    /// The answer is where the upper tail ½·P(|T| ≥ t) crosses 1 − p (p > ½), to the last
    /// bit: the midpoint of the two adjacent doubles `low` < `high` with tail(low) > 1 − p ≥
    /// tail(high), found by bisection. The bisection starts from a bracket a few units in
    /// the twelfth digit wide around a Newton estimate (the density is the tail's slope),
    /// so it takes about a dozen steps, not sixty from [0, 2]: each step is an incomplete
    /// beta function, and a report works out a t quantile for every mean it shows. A bracket
    /// that does not hold falls back to [0, 2ᵏ]. The tail is worked out to about 10⁻¹⁵, so
    /// at its last bits it wobbles rather than falls; where it does, bisections from
    /// different brackets may stop a few doubles apart (at most 3·10⁻¹⁵ relative on the
    /// tests' grid of 285 points, 267 of them to the bit).
    public func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1, degreesOfFreedom > 0 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if degreesOfFreedom.isInfinite { return NormalDistribution.quantile(p) }
        if p == 0.5 { return 0 }
        // Solve for the upper tail on the positive side; the distribution is symmetric.
        let upper = p > 0.5 ? 1 - p : p
        func tail(_ t: Double) -> Double { 0.5 * twoSidedPValue(t: t) }
        var (low, high) = narrowBracket(upper: upper, tail: tail) ?? (0, max(1.0, -NormalDistribution.quantile(upper)))
        while tail(high) > upper { low = high; high *= 2 }
        for _ in 0..<200 {
            let mid = 0.5 * (low + high)
            if mid <= low || mid >= high { break }
            if tail(mid) > upper { low = mid } else { high = mid }
        }
        let t = 0.5 * (low + high)
        return p > 0.5 ? t : -t
    }

    /// [low, high] with tail(low) > `upper` ≥ tail(high), around three Newton steps from
    /// the normal quantile; nil when the steps or the bracket fail (a caller then starts
    /// from [0, 2ᵏ]).
    private func narrowBracket(upper: Double, tail: (Double) -> Double) -> (Double, Double)? {
        let nu = degreesOfFreedom
        // log of the density's constant: Γ((ν + 1)/2) / (√(νπ) Γ(ν/2)).
        let logScale = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * log(nu * Double.pi)
        var t = -NormalDistribution.quantile(upper)
        for _ in 0..<3 {
            let density = exp(logScale - (nu + 1) / 2 * log1p(t * t / nu))
            let next = t + (tail(t) - upper) / density
            guard next.isFinite, next > 0 else { return nil }
            t = next
        }
        var width = t * 1e-12
        for _ in 0..<8 {
            let low = t - width, high = t + width
            if low > 0, tail(low) > upper, tail(high) <= upper { return (low, high) }
            width *= 64
        }
        return nil
    }

    /// Critical value for a two-sided interval: F⁻¹(1 − (1 − level)/2).
    public func criticalValue(level: Double) -> Double {
        quantile(1 - (1 - level) / 2)
    }
}
