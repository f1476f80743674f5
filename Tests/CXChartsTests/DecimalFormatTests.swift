import Testing
@testable import CXCharts

@Suite struct DecimalFormatTests {
    @Test(arguments: [
        (0.0, 0, "0"), (-0.0, 0, "0"), (-0.4, 0, "0"), (-0.04, 1, "0.0"), (2.5, 0, "3"), (-2.5, 0, "-3"),
        (1234567.891, 2, "1234567.89"), (0.001, 3, "0.001"), (1e-7, 2, "0.00"), (1e20, 0, "9000000000000000"),
        (12.345, 1, "12.3"), (0.05, 1, "0.1"), (99.95, 1, "100.0"), (7, 2, "7.00"),
    ] as [(Double, Int, String)])
    func plain(value: Double, decimals: Int, expected: String) {
        #expect(DecimalFormat.plain(value, decimals: decimals) == expected)
    }

    @Test func neverScientific() {
        for exponent in -12...15 {
            let text = DecimalFormat.plain(Double("1e\(exponent)")!, decimals: 3)
            #expect(!text.contains("e") && !text.contains("E"), "\(text)")
        }
    }

    @Test func coordinatesTrimZeros() {
        #expect(DecimalFormat.coordinate(12.5) == "12.5")
        #expect(DecimalFormat.coordinate(3.0) == "3")
        #expect(DecimalFormat.coordinate(-0.001) == "0")
        #expect(DecimalFormat.coordinate(1.005) == "1.01" || DecimalFormat.coordinate(1.005) == "1")
    }

    @Test func displayUsesTypographicMinusSignAndSuffix() {
        #expect(DecimalFormat.display(-12) == "\u{2212}12")
        #expect(DecimalFormat.display(12, signed: true) == "+12")
        #expect(DecimalFormat.display(0, signed: true) == "0")
        #expect(DecimalFormat.display(-0.2, signed: true) == "0")
        #expect(DecimalFormat.display(42.25, decimals: 1, suffix: "%") == "42.3%")
        #expect(DecimalFormat.display(.nan) == "n/a")
        #expect(DecimalFormat.display(.infinity, suffix: "%") == "n/a")
    }
}
