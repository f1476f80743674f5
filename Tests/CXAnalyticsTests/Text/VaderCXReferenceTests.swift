import Foundation
import Testing
@testable import CXAnalytics

/// SentimentAnalyzer against Python VADER on 248 realistic customer-experience comments
/// (`Fixtures/Text/cx_comments.json`); the expected scores in `cx_reference.json` were written
/// by `Fixtures/Text/vader_reference.py` with vaderSentiment 3.3.2.
@Suite struct VaderCXReferenceTests {
    struct Reference: Decodable {
        var text: String
        var compound: Double      // as polarity_scores reports it, 4 decimals
        var rawCompound: Double   // unrounded, captured from vaderSentiment.normalize
        var pos: Double, neu: Double, neg: Double

        enum CodingKeys: String, CodingKey { case text, compound, rawCompound = "raw_compound", pos, neu, neg }
    }

    struct Document: Decodable {
        var vaderSentiment: String
        var comments: [Reference]

        enum CodingKeys: String, CodingKey { case vaderSentiment = "vader_sentiment", comments }
    }

    static func document() throws -> Document {
        try JSONDecoder().decode(Document.self, from: Data(Fixtures.text("Text/cx_reference.json").utf8))
    }

    // Proves the fixture is the one the brief asks for: every input comment scored, by the
    // stated vaderSentiment version, with emoji, non-ASCII and blank comments among them.
    @Test func fixtureCoversTheCases() throws {
        let document = try Self.document()
        let inputs = try JSONDecoder().decode([String].self, from: Data(Fixtures.text("Text/cx_comments.json").utf8))
        #expect(document.vaderSentiment == "3.3.2")
        #expect(document.comments.map(\.text) == inputs)
        #expect(inputs.count >= 200)
        #expect(inputs.contains { $0.unicodeScalars.contains { $0.properties.isEmojiPresentation } })
        #expect(inputs.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty })
    }

    // Proves every compound score agrees with Python's unrounded value to 1e-4 (the brief's
    // bound), and with the reported 4-decimal value within its rounding.
    @Test func compoundMatchesPythonVader() throws {
        var disagreements: [String] = []
        for reference in try Self.document().comments {
            let compound = SentimentAnalyzer.vader.scores(reference.text).compound
            if abs(compound - reference.rawCompound) > 1e-4 || abs(compound - reference.compound) > 0.5e-4 + 1e-12 {
                disagreements.append("\(reference.text.debugDescription): \(compound) vs \(reference.rawCompound)")
            }
        }
        #expect(disagreements == [])
    }

    // Proves the port is not merely close: the same operations in the same order give the
    // same double as Python on every comment.
    @Test func compoundIsBitIdentical() throws {
        let references = try Self.document().comments
        let different = references.filter { SentimentAnalyzer.vader.scores($0.text).compound != $0.rawCompound }
        #expect(different.map(\.text) == [])
    }

    // Proves the positive/neutral/negative shares agree with Python's 3-decimal values.
    @Test func proportionsMatchPythonVader() throws {
        for reference in try Self.document().comments {
            let scores = SentimentAnalyzer.vader.scores(reference.text)
            #expect(abs(scores.positive - reference.pos) <= 5.0001e-4, "\(reference.text)")
            #expect(abs(scores.neutral - reference.neu) <= 5.0001e-4, "\(reference.text)")
            #expect(abs(scores.negative - reference.neg) <= 5.0001e-4, "\(reference.text)")
        }
    }

    // Proves emoji are scored through their descriptions, by hand: "😀" is "grinning face",
    // grinning = 1.5 → 1.5/√(1.5² + 15) = 0.361157; "😀😀" is "grinning face grinning face",
    // 3.0/√(9 + 15) = 0.612372. A port that ignored emoji would score both 0.
    @Test func emojiScoreThroughTheirDescriptions() {
        #expect(abs(SentimentAnalyzer.vader.scores("😀").compound - 1.5 / (1.5 * 1.5 + 15).squareRoot()) < 1e-12)
        #expect(abs(SentimentAnalyzer.vader.scores("😀😀").compound - 3 / (9 + 15.0).squareRoot()) < 1e-12)
    }

    // Proves VADER's spacing quirk is kept: a space goes before an emoji's description but
    // not after it, so in "👍great" the word becomes "upgreat" and scores nothing (Python: 0.0).
    @Test func noSpaceAfterAnEmoji() {
        #expect(SentimentAnalyzer.vader.scores("👍great").compound == 0)
        #expect(SentimentAnalyzer.vader.scores("great 👍").compound > 0)
    }
}
