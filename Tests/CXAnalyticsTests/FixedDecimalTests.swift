import Testing
@testable import CXAnalytics

@Suite struct FixedDecimalTests {
    // Proves fixed decimals, half-away-from-zero rounding, the Unicode minus and no "−0.0".
    @Test(arguments: [
        (6.2, 1, "6.2"), (6.25, 1, "6.3"), (-1.1, 1, "\u{2212}1.1"), (-0.04, 1, "0.0"), (-0.0, 1, "0.0"),
        (0.04, 1, "0.0"), (0.05, 1, "0.1"), (1234.5678, 2, "1234.57"), (0.007, 2, "0.01"), (-2.5, 0, "\u{2212}3"),
        (212, 0, "212"), (0.5, 3, "0.500"), (Double.nan, 1, "n/a"), (Double.infinity, 1, "n/a"),
    ])
    func formatsWithoutLocale(value: Double, decimals: Int, expected: String) {
        #expect(FixedDecimal.string(value, decimals: decimals) == expected)
    }

    // Proves the signed variant adds "+" to positives only, never to zero.
    @Test func signedString() {
        #expect(FixedDecimal.signedString(6.24) == "+6.2")
        #expect(FixedDecimal.signedString(-6.24) == "\u{2212}6.2")
        #expect(FixedDecimal.signedString(0.01) == "0.0")
    }
}
