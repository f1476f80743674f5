/// A 256-bit signed integer, only as wide as `ExactCoMoments` needs: a product of two
/// 128-bit integers, a difference of two such products, and its value as a double.
struct WideInteger: Hashable, Sendable {
    var high: Int128
    var low: UInt128

    /// a · b, exactly.
    init(_ a: Int128, _ b: Int128) {
        (high, low) = a.multipliedFullWidth(by: b)
    }

    init(high: Int128, low: UInt128) {
        (self.high, self.low) = (high, low)
    }

    /// self − other; the caller knows the difference fits in 256 bits.
    func subtracting(_ other: WideInteger) -> WideInteger {
        let (low, borrow) = low.subtractingReportingOverflow(other.low)
        return WideInteger(high: high &- other.high &- (borrow ? 1 : 0), low: low)
    }

    var isNegative: Bool { high < 0 }

    /// −self (two's complement).
    var negated: WideInteger {
        let low = ~low &+ 1
        return WideInteger(high: ~high &+ (low == 0 ? 1 : 0), low: low)
    }

    /// The nearest double, give or take a unit in its last place: the magnitude's two
    /// halves are converted apart and added (both non-negative, so nothing cancels).
    var doubleValue: Double {
        if isNegative { return -negated.doubleValue }
        return Double(high) * 0x1p128 + Double(low)
    }
}
