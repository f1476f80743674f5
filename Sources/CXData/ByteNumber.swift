/// Parses numbers straight from field bytes, without making a `String`.
///
/// Accepts optional surrounding spaces, a sign, digits, and a fractional part with
/// `.` (or `,` when the file's delimiter is not a comma, as European exports write
/// "4,5"). Values with up to 15 significant digits are converted exactly
/// (mantissa and power of ten are both exact doubles, so one division rounds
/// correctly — Clinger's fast path); longer ones fall back to the standard parser.
public enum ByteNumber {
    public static func parseDouble(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool = false) -> Double? {
        parseDecimal(bytes, decimalComma: decimalComma)?.value
    }

    /// `parseDouble`, with the decimal as it was written: its significant digits and
    /// how many of them follow the point ("108.61" is 10861 and 2), for callers that sum
    /// decimals exactly (`DecimalNumber.units(places:)`). Values that took the standard
    /// parser (more than 15 digits, an exponent) come without them.
    public static func parseDecimal(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool = false) -> DecimalNumber? {
        var i = 0, n = bytes.count
        while i < n && bytes[i] == 0x20 { i += 1 }
        while n > i && bytes[n - 1] == 0x20 { n -= 1 }
        guard i < n else { return nil }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0, fractionDigits = 0
        var seenPoint = false, seenDigit = false
        while i < n {
            let byte = bytes[i]
            if byte >= 0x30 && byte <= 0x39 {
                seenDigit = true
                if mantissa == 0 && byte == 0x30 {
                    if seenPoint { fractionDigits += 1 }
                } else {
                    digits += 1
                    if digits > 15 { return fallbackDecimal(bytes) }
                    mantissa = mantissa * 10 + UInt64(byte - 0x30)
                    if seenPoint { fractionDigits += 1 }
                }
            } else if !seenPoint && (byte == UInt8(ascii: ".") || (decimalComma && byte == UInt8(ascii: ","))) {
                seenPoint = true
            } else {
                return byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") ? fallbackDecimal(bytes) : nil
            }
            i += 1
        }
        guard seenDigit else { return nil }
        guard fractionDigits <= 22 else { return fallbackDecimal(bytes) }
        var value = Double(mantissa)
        if fractionDigits > 0 { value /= powersOfTen[fractionDigits] }
        let signed = Int64(mantissa)  // below 10¹⁵
        return DecimalNumber(value: negative ? -value : value, digits: negative ? -signed : signed, fractionDigits: fractionDigits)
    }

    /// Whole numbers only ("7", " 10 "), for scale scores.
    public static func parseInt(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let value = parseDouble(bytes), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// `fallback`'s value, without the digits as written.
    private static func fallbackDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> DecimalNumber? {
        fallback(bytes).map { DecimalNumber(value: $0) }
    }

    private static func fallback(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let text = String(decoding: bytes, as: UTF8.self).trimmingSpaces()
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
