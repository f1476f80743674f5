import Foundation

/// The regularized incomplete beta function
/// I_x(a, b) = B(x; a, b) / B(a, b) = (1/B(a, b)) ∫₀ˣ t^(a−1) (1 − t)^(b−1) dt,
/// evaluated by its continued fraction with the modified Lentz method.
///
/// Reference: Press, Teukolsky, Vetterling & Flannery, *Numerical Recipes*
/// (3rd ed., 2007), §6.4 "Incomplete Beta Function", eq. 6.4.5–6.4.6; Lentz's method §5.2.
enum IncompleteBeta {
    /// I_x(a, b) for a, b > 0. `y` must be 1 − x; it is passed separately so that callers
    /// who know 1 − x exactly (e.g. t²/(ν + t²)) do not lose digits to cancellation.
    static func regularized(x: Double, y: Double, a: Double, b: Double) -> Double {
        guard a > 0, b > 0, x >= 0, y >= 0, !x.isNaN, !y.isNaN else { return .nan }
        if x == 0 { return 0 }
        if y == 0 { return 1 }
        // front = x^a (1 − x)^b / B(a, b), in logs; ln x = ln(1 − y) via log1p when x is near 1.
        let logX = x > 0.5 ? log1p(-y) : log(x)
        let logY = y > 0.5 ? log1p(-x) : log(y)
        let logFront = a * logX + b * logY - logBeta(a, b)
        let front = exp(logFront)
        // The continued fraction converges fast for x < (a + 1)/(a + b + 2);
        // otherwise use the symmetry I_x(a, b) = 1 − I_{1−x}(b, a).
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x: x, a: a, b: b) / a
        }
        return 1 - front * continuedFraction(x: y, a: b, b: a) / b
    }

    /// ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). For a large argument the difference
    /// ln Γ(big + small) − ln Γ(big) is taken from Stirling's series so that it does not
    /// cancel: (big − ½)·log1p(small/big) + small·ln(big + small) − small + S(big + small) − S(big),
    /// with S the Stirling correction (Abramowitz & Stegun 6.1.41).
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let big = max(a, b), small = min(a, b)
        guard big >= 20 else { return lgamma(a) + lgamma(b) - lgamma(a + b) }
        let sum = big + small
        let growth = (big - 0.5) * log1p(small / big) + small * log(sum) - small
            + stirlingCorrection(sum) - stirlingCorrection(big)
        return lgamma(small) - growth
    }

    /// S(x) = ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π] ≈ 1/(12x) − 1/(360x³) + 1/(1260x⁵)
    /// − 1/(1680x⁷) + 1/(1188x⁹); truncation error below 1e-17 for x ≥ 20.
    private static func stirlingCorrection(_ x: Double) -> Double {
        let inverse = 1 / x, inverse2 = inverse * inverse
        return inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 * (1.0 / 1260 - inverse2 * (1.0 / 1680 - inverse2 / 1188))))
    }

    /// The continued fraction of NR eq. 6.4.5 by the modified Lentz method.
    private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        let epsilon = 1e-16
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        // Convergence takes O(√max(a, b)) terms; the cap only guards against NaN input.
        for m in 1...1_000_000 {
            let m = Double(m), m2 = 2 * m
            // Even step: d_{2m} = m(b − m)x / ((a + 2m − 1)(a + 2m)).
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            // Odd step: d_{2m+1} = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)).
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) <= epsilon { break }
        }
        return h
    }
}
