import Testing
@testable import CXAnalytics
import CXData

/// `VerbatimSample.keepsEarlier`, the read-only check `TextCellSums` asks before it offers a
/// comment to a sample, must only say yes where `offer` would leave the sample as it is.
@Suite struct VerbatimSampleTests {
    // Proves the check agrees with `offer` on seeded random offers: a few texts (one with a
    // phone number, which `offer` redacts, so its raw text never equals the kept one),
    // each always with its own score, at random lines, so repeats come both after and
    // before the line kept. Whenever the check says yes, offering changes nothing; and
    // it does say yes (for most repeats at a later line), so the test is not vacuous.
    @Test func agreesWithOffer() {
        let texts: [(String, Double)] = [
            ("Great staff", 0.6249), ("Lovely shop", 0.5859), ("Fine", 0.2023), ("Call 020 7946 0958, great", 0.6249),
            ("Awful wait", -0.4588), ("Rude staff", -0.4588), ("Never again", -0.3412),
        ]
        var generator = SeededGenerator(seed: 11)
        var sample = VerbatimSample(capacity: 2)
        var saidYes = 0
        for _ in 0..<600 {
            let (text, compound) = texts[Int(generator.uniform() * Double(texts.count))]
            let line = 1 + Int(generator.uniform() * 300)
            let category = SentimentCategory(compound: compound)
            let before = sample
            sample.offer(text, compound: compound, category: category, line: line)
            if before.keepsEarlier(text, compound: compound, category: category, line: line) {
                saidYes += 1
                #expect(sample == before, "\"\(text)\" at line \(line) was said to be a repeat but changed the sample")
            }
        }
        #expect(saidYes > 100)
    }

    // Proves the line decides: the same text at an earlier line than the kept one is not
    // a repeat to turn away (it takes the example's place), and a different text with the
    // same score is not a repeat either.
    @Test func earlierLineAndOtherTextAreNotRepeats() {
        var sample = VerbatimSample(capacity: 3)
        sample.offer("Great staff", compound: 0.6249, line: 50)
        #expect(sample.keepsEarlier("Great staff", compound: 0.6249, category: .positive, line: 50))
        #expect(sample.keepsEarlier("Great staff", compound: 0.6249, category: .positive, line: 51))
        #expect(!sample.keepsEarlier("Great staff", compound: 0.6249, category: .positive, line: 49))
        #expect(!sample.keepsEarlier("Great service", compound: 0.6249, category: .positive, line: 51))
        #expect(!sample.keepsEarlier("Great staff", compound: 0.6249, category: .negative, line: 51))
        sample.offer("Great staff", compound: 0.6249, line: 49)
        #expect(sample.positive.map(\.line) == [49])
    }
}
