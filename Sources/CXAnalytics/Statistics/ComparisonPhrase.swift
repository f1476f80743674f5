/// Turns a `Comparison` into an honest English phrase for a narrative. A change is called
/// "up" or "down" only when it is significant at `level`; otherwise the phrase says there
/// was no significant change and shows the observed difference and n, so a reader can see
/// the size of the noise:
///
/// - significant rise: "up 6.2 points, significant at 95%"
/// - significant fall: "down 3.0 points, significant at 95%"
/// - significant but under half a display unit: "up less than 0.1 points, significant at 95%"
/// - not significant: "no significant change (−1.1 points, n = 212)", n of the "to" group
///
/// Numbers use `FixedDecimal` (no locale, Unicode minus).
public struct ComparisonPhrase: Hashable, Sendable {
    /// Confidence level for "significant", e.g. 0.95 (p < 0.05).
    public var level: Double
    /// Unit after the number: "points" (NPS points, percentage points) by default.
    public var unit: String
    /// Decimals shown for the difference.
    public var decimals: Int

    public init(level: Double = 0.95, unit: String = "points", decimals: Int = 1) {
        self.level = level
        self.unit = unit
        self.decimals = decimals
    }

    public func text(for comparison: Comparison) -> String {
        let difference = comparison.difference
        guard comparison.isSignificant(at: level), difference != 0, difference.isFinite else {
            let n = FixedDecimal.grouped(Int(comparison.toSize.rounded()))
            return "no significant change (\(FixedDecimal.signedString(difference, decimals: decimals)) \(unit), n = \(n))"
        }
        let direction = difference > 0 ? "up" : "down"
        var magnitude = FixedDecimal.string(abs(difference), decimals: decimals)
        if magnitude == FixedDecimal.string(0, decimals: decimals) {
            magnitude = "less than " + FixedDecimal.string(smallestUnit, decimals: decimals)
        }
        return "\(direction) \(magnitude) \(unit), significant at \(levelText)"
    }

    /// 10^−decimals, the smallest difference the phrase can show.
    private var smallestUnit: Double {
        var unit = 1.0
        for _ in 0..<min(max(decimals, 0), 9) { unit /= 10 }
        return unit
    }

    /// "95%", "99.5%": the level in percent without trailing zeros.
    private var levelText: String {
        var text = FixedDecimal.string(100 * level, decimals: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "%"
    }
}
