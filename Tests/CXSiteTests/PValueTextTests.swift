import Testing
@testable import CXSite

/// How a p-value is printed beside a significance statement.
@Suite struct PValueTextTests {
    // Proves three decimals in general, "< 0.001" for tiny values, and a fourth (fifth)
    // decimal where three would round onto the significance level, so p = 0.0496 (significant
    // at 95%) and p = 0.0504 (not) never both print as "p = 0.050".
    @Test func digitsAroundTheLevel() {
        #expect(ReportValues.pValue(0.2116, alpha: 0.05) == "p = 0.212")
        #expect(ReportValues.pValue(0.0004, alpha: 0.05) == "p < 0.001")
        #expect(ReportValues.pValue(0.0496, alpha: 0.05) == "p = 0.0496")
        #expect(ReportValues.pValue(0.0504, alpha: 0.05) == "p = 0.0504")
        #expect(ReportValues.pValue(0.04996, alpha: 0.05) == "p = 0.04996")
        #expect(ReportValues.pValue(0.0096, alpha: 0.01) == "p = 0.0096")
    }
}
