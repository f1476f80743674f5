/// A sum of decimal values kept as a whole number of millionths: exact, so it comes out the
/// same in any order of additions. That lets the chunks of a parallel fold add into one
/// table shared by all of them (`SharedCustomerTable`), where a sum of doubles would
/// depend on which thread took the lock first and would have to be kept per chunk.
///
/// It holds values that are whole millionths below 1,000 in magnitude: a value read from
/// a CSV cell with at most six decimal places ("0.3", "-2", "1.25") is taken as the decimal
/// it was written as. A value it cannot hold exactly (more places, or 1,000 or more) is
/// refused (`millionths(of:)` is nil), and the caller sums it as a double of its own.
///
/// The bounds keep the sum from overflowing: a value is below 10⁹ millionths, so 2³¹ − 1
/// of them (the most a customer's count allows) stay below 2.2 · 10¹⁸ < 2⁶³. `value` is the
/// double nearest the exact sum whenever that sum is below 2⁵³ millionths (9 · 10⁹): one
/// rounding, where adding doubles rounds at every step (0.1 + 0.2 gives
/// 0.30000000000000004 as doubles and 0.3 here).
struct FixedPointSum: Hashable, Sendable {
    /// The sum in millionths.
    private(set) var millionths: Int64 = 0

    static let scale = 1_000_000.0
    /// Values must be smaller than this in magnitude.
    static let limit = 1_000.0

    /// `value` in millionths when `value` is the double nearest a decimal with at most six
    /// places and smaller than `limit` in magnitude; nil otherwise (and for NaN and ±∞).
    @inline(__always)
    static func millionths(of value: Double) -> Int64? {
        guard abs(value) < limit else { return nil }
        let scaled = (value * scale).rounded()
        // The quotient is the double nearest scaled · 10⁻⁶, so equality says `value` is it.
        guard scaled / scale == value else { return nil }
        return Int64(scaled)
    }

    @inline(__always)
    mutating func add(millionths amount: Int64) {
        millionths += amount
    }

    mutating func merge(_ other: FixedPointSum) {
        millionths += other.millionths
    }

    /// The sum as a double.
    var value: Double { Double(millionths) / Self.scale }
}
