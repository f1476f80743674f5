import Foundation
import Testing
@testable import CXAnalytics

/// SentimentAnalyzer against Python VADER (vaderSentiment 3.3.2): the reference scores are
/// written by `Fixtures/Text/vader_reference.py` into `vader_reference.tsv` (curated CX
/// comments and VADER's own examples) and `vader_fuzz.tsv` (2,000 seeded random comments).
@Suite struct SentimentAnalyzerTests {
    struct Reference {
        var compound: Double     // as polarity_scores reports it (4 decimals)
        var rawCompound: Double  // unrounded, captured from vaderSentiment.normalize
        var positive: Double, neutral: Double, negative: Double  // 3 decimals
        var text: String
    }

    static func references(_ name: String) throws -> [Reference] {
        try Fixtures.text("Text/" + name).split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") }
            .map { line in
                let fields = line.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false)
                return Reference(compound: Double(fields[0])!, rawCompound: Double(fields[1])!,
                                 positive: Double(fields[2])!, neutral: Double(fields[3])!,
                                 negative: Double(fields[4])!, text: fields.count > 5 ? String(fields[5]) : "")
            }
    }

    /// The texts whose compound differs from Python's by more than `tolerance`.
    static func disagreements(_ references: [Reference], tolerance: Double) -> [String] {
        references.filter { abs(SentimentAnalyzer.vader.scores($0.text).compound - $0.compound) > tolerance }
            .map { "\($0.text) → \(SentimentAnalyzer.vader.scores($0.text).compound) vs \($0.compound)" }
    }

    // Proves the port agrees with Python VADER on every curated sentence to 1e-3 (the brief
    // asks for ≥ 95%; no rule affecting these sentences is left out) and in category on all.
    @Test func curatedCorpusMatchesPythonVader() throws {
        let references = try Self.references("vader_reference.tsv")
        #expect(references.count == 86)
        #expect(Self.disagreements(references, tolerance: 1e-3) == [])
        for reference in references {
            #expect(SentimentAnalyzer.vader.scores(reference.text).category == SentimentCategory(compound: reference.compound),
                    "\(reference.text)")
        }
    }

    // Proves the compound alone (what the text fold asks for) is the compound of the full
    // scores bit for bit, on the curated and fuzz comments and on text without words, and
    // that it agrees with Python's unrounded compound on the fuzz comments as the scores do.
    @Test func compoundAloneIsTheScoresCompound() throws {
        let references = try Self.references("vader_reference.tsv") + Self.references("vader_fuzz.tsv")
        #expect(references.count == 2_086)
        for reference in references + [Reference(compound: 0, rawCompound: 0, positive: 0, neutral: 0, negative: 0, text: "  ")] {
            let compound = SentimentAnalyzer.vader.compound(reference.text)
            #expect(compound.bitPattern == SentimentAnalyzer.vader.scores(reference.text).compound.bitPattern, "\(reference.text)")
        }
        let fuzz = try Self.references("vader_fuzz.tsv")
        #expect(fuzz.filter { abs(SentimentAnalyzer.vader.compound($0.text) - $0.rawCompound) > 1e-12 }.map(\.text) == [])
    }

    // Proves a token with a character that is not ASCII is lower-cased before it is read:
    // "DON'T…" ("…" is not ASCII punctuation, so it stays) negates "like" as "don't…" does,
    // because its lower-cased form contains "n't". Python vaderSentiment 3.3.2 gives −0.2755
    // for both: like = 1.5, × −0.74 = −1.11, −1.11 / √(1.11² + 15) = −0.2755.
    @Test func nonASCIITokenIsLowerCasedBeforeItIsRead() {
        #expect(abs(SentimentAnalyzer.vader.scores("I DON'T\u{2026} like it").compound - -0.2755) < 5e-5)
        #expect(SentimentAnalyzer.vader.scores("I DON'T\u{2026} like it") == SentimentAnalyzer.vader.scores("I don't\u{2026} like it"))
    }

    // Proves the rules and their combinations (negation, boosters, capitals, "but", "least",
    // "no", idioms, punctuation) match Python bit for bit on 2,000 random comments.
    @Test func fuzzCorpusMatchesPythonVaderExactly() throws {
        let references = try Self.references("vader_fuzz.tsv")
        #expect(references.count == 2_000)
        #expect(Self.disagreements(references, tolerance: 1e-3) == [])
        let exact = references.filter { SentimentAnalyzer.vader.scores($0.text).compound == $0.rawCompound }
        #expect(exact.count == references.count)
    }

    // Proves the positive/neutral/negative shares match Python's (reported to 3 decimals).
    @Test func proportionsMatchPythonVader() throws {
        for reference in try Self.references("vader_reference.tsv") + Self.references("vader_fuzz.tsv") {
            let scores = SentimentAnalyzer.vader.scores(reference.text)
            #expect(abs(scores.positive - reference.positive) <= 5.0001e-4, "\(reference.text)")
            #expect(abs(scores.neutral - reference.neutral) <= 5.0001e-4, "\(reference.text)")
            #expect(abs(scores.negative - reference.negative) <= 5.0001e-4, "\(reference.text)")
        }
    }

    // Proves the arithmetic by hand: "good" = 1.9, negated ×(−0.74) = −1.406,
    // compound = −1.406/√(1.406² + 15) = −1.406/√16.976836 = −0.341238.
    @Test func negationByHand() {
        let expected = -1.406 / (1.406 * 1.406 + 15).squareRoot()
        #expect(abs(SentimentAnalyzer.vader.scores("not good").compound - expected) < 1e-12)
        #expect(abs(expected - -0.341238) < 1e-6)
    }

    // Proves boosters, "but" and "!" by hand: "very good" = 1.9 + 0.293 = 2.193; in "bad but
    // very good!" bad (−2.5) weighs ×0.5 and 2.193 ×1.5: −1.25 + 3.2895 = 2.0395, plus one "!"
    // 0.292 = 2.3315; compound = 2.3315/√(5.43589 + 15) = 2.3315/4.520608 = 0.515749.
    @Test func boosterButAndExclamationByHand() {
        let sum = -1.25 + 2.193 * 1.5 + 0.292
        let expected = sum / (sum * sum + 15).squareRoot()
        #expect(abs(SentimentAnalyzer.vader.scores("bad but very good!").compound - expected) < 1e-12)
        #expect(abs(expected - 0.515749) < 1e-6)
    }

    // Proves "no" before a lexicon word negates it instead of counting: "no problem" =
    // −1.7 × −0.74 = 1.258 → 1.258/√(1.258² + 15) = 0.308926.
    @Test func noBeforeLexiconWordByHand() {
        let expected = 1.258 / (1.258 * 1.258 + 15).squareRoot()
        #expect(abs(SentimentAnalyzer.vader.scores("no problem").compound - expected) < 1e-12)
    }

    // Proves texts without words score zero and are neutral.
    @Test func emptyTextIsNeutral() {
        for text in ["", "   ", "\n\t", "\u{3000}"] {
            #expect(SentimentAnalyzer.vader.scores(text) == .empty)
            #expect(SentimentAnalyzer.vader.scores(text).category == .neutral)
        }
    }

    // Proves a bridged or sliced string (non-contiguous storage) scores like a native one.
    @Test func nonNativeStringsScoreTheSame() {
        let native = "The staff were not very helpful!"
        let bridged = NSString(string: native) as String
        let sliced = String(("xx " + native).dropFirst(3))
        #expect(SentimentAnalyzer.vader.scores(bridged) == SentimentAnalyzer.vader.scores(native))
        #expect(SentimentAnalyzer.vader.scores(sliced) == SentimentAnalyzer.vader.scores(native))
    }

    // Proves the thresholds: ±0.05 as reported (4 decimals) are positive/negative, inside is neutral.
    @Test func categoryThresholds() {
        #expect(SentimentCategory(compound: 0.05) == .positive)
        #expect(SentimentCategory(compound: 0.04996) == .positive)  // reported as 0.0500
        #expect(SentimentCategory(compound: 0.0499) == .neutral)
        #expect(SentimentCategory(compound: -0.05) == .negative)
        #expect(SentimentCategory(compound: -0.0499) == .neutral)
        #expect(SentimentCategory.negative < .neutral && SentimentCategory.neutral < .positive)
    }

    // Proves the ASCII white space the tokenizer splits on is Python's `str.isspace()` set
    // (tab, LF, VT, FF, CR, the four separators U+001C–001F, space), byte by byte over all
    // of ASCII, and that a blank comment is one of only tab to CR and spaces.
    @Test func asciiWhitespaceIsPythons() {
        let python: Set<UInt8> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20]
        for byte in UInt8(0)..<0x80 {
            let length = [byte].withUnsafeBufferPointer { VaderTokenizer.whitespaceLength($0, at: 0) }
            #expect(length == (python.contains(byte) ? 1 : 0), "byte \(byte)")
            let blank: Set<UInt8> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20]
            #expect(TextStatistics.hasVisibleCharacter(String(UnicodeScalar(byte))) == !blank.contains(byte), "byte \(byte)")
        }
    }
}
