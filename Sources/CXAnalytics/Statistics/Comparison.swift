/// The result of testing whether an estimate differs between two independent groups
/// (two periods, or two segments), computed from summary statistics only.
///
/// `difference` = `toEstimate` − `fromEstimate`, so a positive difference is a rise from the
/// first group ("from", e.g. last quarter) to the second ("to", e.g. this quarter). The
/// constructors live in `Comparison+NetPromoterScore.swift`, `Comparison+Proportions.swift`
/// and `Comparison+Welch.swift`.
///
/// A comparison that cannot be tested (an empty group, or fewer than two observations for
/// a t test) has statistic 0 and p = 1, so it is never called significant. When both
/// standard errors are 0 but the estimates differ, the statistic is ±∞ and p = 0.
public struct Comparison: Hashable, Sendable, Codable {
    /// Which test produced the comparison.
    public enum Method: String, Hashable, Sendable, Codable {
        /// z = ΔNPS/√(SE₁² + SE₂²), estimates in NPS points.
        case netPromoterScoreZ = "nps-z"
        /// Pooled two-proportion z test, estimates in percent.
        case twoProportionZ = "two-proportion-z"
        /// Welch's unequal-variance t test, estimates on the scale of the means.
        case welchT = "welch-t"
    }

    public var method: Method
    /// Estimate in the first ("from") group.
    public var fromEstimate: Double
    /// Estimate in the second ("to") group.
    public var toEstimate: Double
    /// toEstimate − fromEstimate.
    public var difference: Double
    /// Standard error of the difference used in the statistic, same unit as the estimates.
    public var standardError: Double
    /// z or t.
    public var statistic: Double
    /// Welch–Satterthwaite degrees of freedom for the t test; nil for z tests.
    public var degreesOfFreedom: Double?
    /// Two-sided p-value.
    public var pValue: Double
    /// n of the first group (effective n when weighted).
    public var fromSize: Double
    /// n of the second group (effective n when weighted).
    public var toSize: Double

    public init(
        method: Method, fromEstimate: Double, toEstimate: Double, standardError: Double,
        statistic: Double, degreesOfFreedom: Double? = nil, pValue: Double, fromSize: Double, toSize: Double
    ) {
        self.method = method
        self.fromEstimate = fromEstimate
        self.toEstimate = toEstimate
        self.difference = toEstimate - fromEstimate
        self.standardError = standardError
        self.statistic = statistic
        self.degreesOfFreedom = degreesOfFreedom
        self.pValue = pValue
        self.fromSize = fromSize
        self.toSize = toSize
    }

    /// True when p < 1 − level (e.g. p < 0.05 at level 0.95).
    public func isSignificant(at level: Double) -> Bool {
        pValue < 1 - level
    }

    /// Statistic = difference / SE, with the degenerate cases described on the type.
    static func ratio(_ difference: Double, _ standardError: Double) -> Double {
        if standardError > 0 { return difference / standardError }
        if difference == 0 { return 0 }
        return difference > 0 ? .infinity : -.infinity
    }
}
