/// Locale-free fixed-point formatting for report text: exactly `decimals` digits after a
/// "." separator, rounding half away from zero on the binary value, the Unicode minus
/// sign "−" (U+2212) for negatives, and never "−0.0" (a value that rounds to zero is "0.0").
/// Non-finite values and magnitudes of 10¹⁸ or more after scaling format as "n/a".
public enum FixedDecimal {
    /// "6.2", "−1.1", "0.0" (for −0.04 at one decimal).
    public static func string(_ value: Double, decimals: Int = 1) -> String {
        format(value, decimals: decimals, plusSign: false)
    }

    /// Like `string`, with "+" in front of positive values: "+6.2", "−1.1", "0.0".
    public static func signedString(_ value: Double, decimals: Int = 1) -> String {
        format(value, decimals: decimals, plusSign: true)
    }

    private static func format(_ value: Double, decimals: Int, plusSign: Bool) -> String {
        let decimals = min(max(decimals, 0), 9)
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 1e18 else { return "n/a" }
        let units = UInt64(scaled)
        var digits = String(units)
        if decimals > 0 {
            if digits.count <= decimals {
                digits = String(repeating: "0", count: decimals - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        if units == 0 { return digits }
        if value < 0 { return "\u{2212}" + digits }
        return plusSign ? "+" + digits : digits
    }
}
