/// A number read from text: its value, and (when the fast path read it) the decimal as
/// written, `digits` × 10^−`fractionDigits`.
public struct DecimalNumber: Sendable, Hashable {
    /// The double nearest the decimal written.
    public var value: Double
    /// The significant digits, signed ("-0.50" is −50 with two fraction digits); 0 when
    /// `fractionDigits` is nil.
    public var digits: Int64
    /// Digits after the point; nil when the standard parser read the number.
    public var fractionDigits: Int?

    public init(value: Double, digits: Int64 = 0, fractionDigits: Int? = nil) {
        self.value = value
        self.digits = digits
        self.fractionDigits = fractionDigits
    }

    /// A whole number of at most 15 digits.
    init(whole: Int) {
        self.init(value: Double(whole), digits: Int64(whole), fractionDigits: 0)
    }

    /// The decimal in units of its `places`-th decimal place (thousandths for 3), exactly,
    /// when it was written with at most that many places, trailing zeros aside, and is
    /// below 10⁹ units in magnitude; nil otherwise. These are the values an exact sum of
    /// decimals in CXAnalytics (`FixedPointSum`) holds, and for them the units are the same
    /// as it works out from `value`: the double nearest the decimal.
    public func units(places: Int) -> Int64? {
        guard var fraction = fractionDigits, places >= 0, places <= 9 else { return nil }
        var digits = digits
        while fraction > places {
            guard digits % 10 == 0 else { return nil }
            digits /= 10
            fraction -= 1
        }
        var scale: Int64 = 1
        for _ in 0..<(places - fraction) { scale *= 10 }
        let (units, overflow) = digits.multipliedReportingOverflow(by: scale)
        guard !overflow, units.magnitude < 1_000_000_000 else { return nil }
        return units
    }
}
