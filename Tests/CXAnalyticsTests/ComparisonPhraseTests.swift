import Testing
@testable import CXAnalytics

@Suite struct ComparisonPhraseTests {
    /// A z comparison with a chosen difference and p-value.
    private func comparison(difference: Double, p: Double, n: Double = 212) -> Comparison {
        Comparison(
            method: .netPromoterScoreZ, fromEstimate: 30, toEstimate: 30 + difference, standardError: 1,
            statistic: difference, pValue: p, fromSize: 190, toSize: n)
    }

    // Proves significant rises and falls are called "up"/"down" with the level, in words.
    @Test func significantChangesAreUpOrDown() {
        let phrase = ComparisonPhrase(level: 0.95)
        #expect(phrase.text(for: comparison(difference: 6.2, p: 0.001)) == "up 6.2 points, significant at 95%")
        #expect(phrase.text(for: comparison(difference: -3.04, p: 0.01)) == "down 3.0 points, significant at 95%")
        #expect(ComparisonPhrase(level: 0.995).text(for: comparison(difference: 6.2, p: 0.001))
            == "up 6.2 points, significant at 99.5%")
    }

    // Proves a non-significant change is never called a rise or fall, and shows the signed difference and n.
    @Test func nonSignificantChangeSaysNoChange() {
        let phrase = ComparisonPhrase()
        #expect(phrase.text(for: comparison(difference: -1.1, p: 0.4)) == "no significant change (\u{2212}1.1 points, n = 212)")
        let rise = phrase.text(for: comparison(difference: 8.7, p: 0.06, n: 41.6))
        #expect(rise == "no significant change (+8.7 points, n = 42)")
        #expect(!rise.contains("up") && !rise.contains("down"))
    }

    // Proves the verdict depends on the configured level: p = 0.03 is a change at 95% but not at 99%.
    @Test func levelDecides() {
        let c = comparison(difference: 4, p: 0.03)
        #expect(ComparisonPhrase(level: 0.95).text(for: c).hasPrefix("up 4.0 points"))
        #expect(ComparisonPhrase(level: 0.99).text(for: c).hasPrefix("no significant change"))
    }

    // Proves a significant change too small to display is not shown as "up 0.0".
    @Test func tinySignificantChange() {
        #expect(ComparisonPhrase().text(for: comparison(difference: 0.02, p: 1e-6)) == "up less than 0.1 points, significant at 95%")
    }

    // Proves the phrase works end to end on a real test result (NPS 25 → 37.5, p = 0.209: not significant).
    @Test func endToEndWithNetPromoterScore() {
        let c = Comparison.netPromoterScore(
            from: NPSCounts(promoters: 45, detractors: 20, total: 100), to: NPSCounts(promoters: 60, detractors: 15, total: 120))
        #expect(ComparisonPhrase().text(for: c) == "no significant change (+12.5 points, n = 120)")
    }
}
