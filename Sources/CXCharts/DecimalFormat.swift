/// Locale-free, fixed-point number formatting.
///
/// Output never depends on the machine: no locale, no `String(format:)`, no scientific
/// notation. Values are rounded half away from zero to a fixed number of decimals, a result
/// that rounds to zero is printed without a sign (`-0` → `0`), and non-finite values print
/// as `n/a`. Two flavours exist: `plain` (ASCII `-`, for attributes and coordinates) and
/// `display` (typographic minus U+2212 and optional `+`, for text people read).
public enum DecimalFormat {
    /// The largest magnitude formatted exactly; larger values are clamped to it.
    static let limit = 9.0e15

    /// Formats `value` with exactly `decimals` digits after the point, ASCII minus.
    public static func plain(_ value: Double, decimals: Int = 0) -> String {
        format(value, decimals: decimals, minus: "-", plus: "", trim: false)
    }

    /// Formats a coordinate: at most two decimals, trailing zeros dropped (`12.5`, `3`).
    public static func coordinate(_ value: Double) -> String {
        format(value, decimals: 2, minus: "-", plus: "", trim: true)
    }

    /// Formats a value for reading: typographic minus, `+` for positive values when
    /// `signed` is true (for changes), `suffix` appended (e.g. `%`).
    public static func display(_ value: Double, decimals: Int = 0, signed: Bool = false, suffix: String = "") -> String {
        let body = format(value, decimals: decimals, minus: "\u{2212}", plus: signed ? "+" : "", trim: false)
        return body == "n/a" ? body : body + suffix
    }

    /// Core formatter shared by the public flavours. Builds the digits in a byte buffer:
    /// charts format thousands of coordinates, so this avoids String index arithmetic.
    static func format(_ value: Double, decimals: Int, minus: String, plus: String, trim: Bool) -> String {
        guard value.isFinite else { return "n/a" }
        var places = max(0, min(decimals, 6))
        var scale: Double = 1
        for _ in 0..<places { scale *= 10 }
        let magnitude = min(abs(value), limit)
        // Keep the scaled integer exact in a Double (< 2^53); drop decimals if needed.
        while places > 0 && magnitude * scale >= limit {
            places -= 1
            scale /= 10
        }
        var scaled = UInt64((magnitude * scale).rounded(.toNearestOrAwayFromZero))
        if trim {
            while places > 0 && scaled % 10 == 0 {
                scaled /= 10
                places -= 1
            }
        }
        if scaled == 0 {
            return places == 0 ? "0" : "0." + String(repeating: "0", count: places)
        }
        // Digits, least significant first, with the point inserted after `places` digits.
        var reversed: [UInt8] = []
        reversed.reserveCapacity(24)
        var remaining = scaled
        var written = 0
        while remaining > 0 || written <= places {
            if written == places && places > 0 { reversed.append(0x2E) }
            reversed.append(0x30 + UInt8(remaining % 10))
            remaining /= 10
            written += 1
            if remaining == 0 && written > places { break }
        }
        var result = value < 0 ? minus : plus
        result += String(decoding: reversed.reversed(), as: UTF8.self)
        return result
    }
}
