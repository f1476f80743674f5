import Testing
@testable import CXCharts

@Suite struct TextMeasureTests {
    @Test func shortTextIsUnchanged() {
        let fit = TextMeasure.truncate("North", maxWidth: 100, fontSize: 12)
        #expect(fit.text == "North" && !fit.wasCut)
    }

    @Test func longTextIsCutWithEllipsisByCharacter() {
        let fit = TextMeasure.truncate("Customer service over the telephone", maxWidth: 80, fontSize: 12)
        #expect(fit.wasCut)
        #expect(fit.text.hasSuffix("…"))
        #expect(TextMeasure.width(fit.text, fontSize: 12) <= 80)
    }

    @Test func graphemeClustersAreNotSplit() {
        let family = "👨‍👩‍👧‍👦"
        let fit = TextMeasure.truncate(String(repeating: family, count: 20), maxWidth: 60, fontSize: 12)
        #expect(fit.text.dropLast().allSatisfy { String($0) == family })
    }

    @Test func wideCharactersCountWider() {
        #expect(TextMeasure.width("東京", fontSize: 10) > TextMeasure.width("ab", fontSize: 10))
    }

    @Test func wrapsOnSpacesWithinLineLimit() {
        let wrapped = TextMeasure.wrap("Delivery and installation team", maxWidth: 90, fontSize: 12, maxLines: 2)
        #expect(wrapped.lines.count == 2)
        for line in wrapped.lines { #expect(TextMeasure.width(line, fontSize: 12) <= 90) }
        let long = TextMeasure.wrap("Supercalifragilisticexpialidocious-service-desk", maxWidth: 60, fontSize: 12, maxLines: 2)
        #expect(long.wasCut)
        for line in long.lines { #expect(TextMeasure.width(line, fontSize: 12) <= 60) }
        // Words are never split across lines.
        let words = TextMeasure.wrap("Confirmation e-mail", maxWidth: 62, fontSize: 11, maxLines: 2)
        #expect(words.lines == ["Confirmation", "e-mail"] || words.lines.first?.hasSuffix("…") == true)
        #expect(!words.lines.contains("tion e-mail"))
    }
}
