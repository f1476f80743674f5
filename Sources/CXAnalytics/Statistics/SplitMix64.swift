import Foundation

/// SplitMix64, a small, fast, seedable pseudo-random generator with a fixed, documented
/// output sequence, for seeded test data and benchmarks (never for anything that reaches a
/// report: output must not depend on randomness).
///
///     state += 0x9E3779B97F4A7C15
///     z = (state ^ (state >> 30)) · 0xBF58476D1CE4E5B9
///     z = (z ^ (z >> 27)) · 0x94D049BB133111EB
///     return z ^ (z >> 31)
///
/// Steele, G. L., Lea, D. & Flood, C. H. (2014). Fast splittable pseudorandom number
/// generators. *OOPSLA 2014*, 453–472; reference C code by S. Vigna (prng.di.unimi.it).
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform Double in [0, 1) from the top 53 bits (same on every platform and Swift
    /// version, unlike `Double.random(in:using:)`).
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal deviate by the Box–Muller transform (Box & Muller 1958).
    public mutating func nextNormal() -> Double {
        let u1 = 1 - nextUnit()  // (0, 1]
        let u2 = nextUnit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
