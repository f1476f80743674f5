/// A sum of decimal values kept as a whole number of units of the last decimal place
/// (`Places`: millionths for valences, thousandths for money): exact, so it comes out the
/// same in any order of additions. That lets the chunks of a parallel fold add into one
/// table shared by all of them (`SharedCustomerTable`), where a sum of doubles would
/// depend on which thread took the lock first and would have to be kept per chunk.
///
/// It holds values that are whole units below 10⁹ units in magnitude: a value read from a
/// CSV cell with at most that many decimal places ("0.3", "-2", "108.61") is taken as the
/// decimal it was written as. A value it cannot hold exactly (more places, or too large:
/// 1,000 for valences, 1,000,000 for money) is refused (`units(of:)` is nil), and the
/// caller sums it as a double of its own.
///
/// The bound keeps the sum from overflowing: 2³¹ − 1 values (the most a customer's count
/// allows) of under 10⁹ units each stay below 2.2 · 10¹⁸ < 2⁶³. `value` is the double
/// nearest the exact sum whenever that sum is below 2⁵³ units: one rounding, where adding
/// doubles rounds at every step (0.1 + 0.2 gives 0.30000000000000004 as doubles and 0.3 here).
struct FixedPointSum<Places: DecimalPlaces>: Hashable, Sendable {
    /// The sum in units of the last place.
    private(set) var units: Int64 = 0

    /// Values must be smaller than this many units in magnitude.
    static var unitLimit: Double { 1e9 }

    /// `value` in units when `value` is the double nearest a decimal with at most
    /// `Places.scale`'s places and smaller than `unitLimit` units in magnitude; nil
    /// otherwise (and for NaN and ±∞).
    @inline(__always)
    static func units(of value: Double) -> Int64? {
        let scaled = value * Places.scale
        guard abs(scaled) < unitLimit else { return nil }  // false for NaN
        // A whole number (most valences) is its own decimal: its units without the division below.
        let whole = Int64(value)
        if Double(whole) == value { return whole * Int64(Places.scale) }
        // The nearest whole number (ties away from zero) by truncating scaled ± ½: no call
        // to the C library's `round`, which `rounded()` makes on every value.
        let units = Int64(scaled + (scaled < 0 ? -0.5 : 0.5))
        // The quotient is the double nearest units / scale, so equality says `value` is the
        // double of that decimal.
        guard Double(units) / Places.scale == value else { return nil }
        return units
    }

    @inline(__always)
    mutating func add(units amount: Int64) {
        units += amount
    }

    mutating func merge(_ other: FixedPointSum) {
        units += other.units
    }

    /// Adds `other` unless the sum would overflow (beyond 9.2 · 10¹⁸ units, far past what
    /// one customer's values can reach, but not past a total over many customers); returns
    /// whether it did.
    mutating func mergeUnlessOverflowing(_ other: FixedPointSum) -> Bool {
        let (sum, overflowed) = units.addingReportingOverflow(other.units)
        if !overflowed { units = sum }
        return !overflowed
    }

    /// The sum as a double.
    var value: Double { Double(units) / Places.scale }
}

/// How many decimal places a `FixedPointSum` keeps, as the number of units in one.
protocol DecimalPlaces: Sendable {
    static var scale: Double { get }
}

/// Valences: six decimal places, below 1,000.
enum Millionths: DecimalPlaces {
    static var scale: Double { 1_000_000 }
}

/// Money: three decimal places (the most any currency uses), below 1,000,000.
enum Thousandths: DecimalPlaces {
    static var scale: Double { 1_000 }
}
