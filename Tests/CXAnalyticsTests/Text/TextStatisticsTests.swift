import Foundation
import Testing
@testable import CXAnalytics

/// TextStatistics and TextResult on a hand-worked example. Compound scores in the comments
/// are Python VADER's (vaderSentiment 3.3.2, 4 decimals); Wilson intervals are computed
/// independently with the textbook formula, z = 1.959964.
@Suite struct TextStatisticsTests {
    static let dictionary = ThemeDictionary(["delivery": ["deliver*"], "staff": ["staff"]])
    /// One segment column, "region": code 0 = north, 1 = south.
    static let regions = (names: ["region"], values: [["north", "south"]])

    static let comments: [TextComment] = [
        TextComment(text: "The staff were not very helpful", line: 10, segments: [0], nps: 3),                   // −0.3713 staff
        TextComment(text: "Delivery was late but the support was great", line: 11, segments: [0], nps: 8),       // +0.8807 delivery
        TextComment(text: "Delivery was fast and the driver was friendly.", line: 12, segments: [1], nps: 9),    // +0.4939 delivery
        TextComment(text: "The staff were extremely rude and unhelpful!!", line: 13, segments: [1], nps: 0),     // −0.5963 staff
        TextComment(text: "Excellent quality, quick delivery, friendly staff", line: 14, segments: [1], nps: 10), // +0.7845 both
        TextComment(text: "It's not that the staff were rude, they were just slow", line: 15, segments: [-1]),   // −0.4588 staff
        TextComment(text: "The delivery was on time.", line: 16),                                                //  0      delivery
        TextComment(text: "At least the staff were friendly", line: 17, nps: 6),                                 // +0.4939 staff
        TextComment(text: "   ", line: 18),                                                                      // blank
        TextComment(text: "Fine", line: 19, weight: 0),                                                          // invalid weight
    ]

    static func folded(_ comments: [TextComment] = comments, examples: Int = 2) -> TextStatistics {
        var statistics = TextStatistics(themes: dictionary, segmentCount: 1, examplesPerSide: examples)
        let analyzer = TextAnalyzer(themes: dictionary)
        for comment in comments { statistics.add(comment, using: analyzer) }
        return statistics
    }

    static func result(_ statistics: TextStatistics = folded(), suppressBelow: Int) -> TextResult {
        TextResult(statistics, segmentNames: regions.names, segmentValues: regions.values,
                   settings: AnalysisSettings(suppressBelow: suppressBelow))
    }

    // Proves the overall mix by hand: 8 counted comments, negative 3 (lines 10, 13, 15),
    // neutral 1 (16), positive 4 → 37.5 / 12.5 / 50 %; Wilson(3/8, n = 8) = 13.684…69.426 %.
    @Test func overallMix() throws {
        let statistics = Self.folded()
        #expect(statistics.blankComments == 1 && statistics.invalidWeights == 1)
        let result = Self.result(statistics, suppressBelow: 5)
        let mix = try #require(result.overall.sentiment)
        #expect(result.overall.n == 8)
        #expect([mix.negativeCount, mix.neutralCount, mix.positiveCount] == [3, 1, 4] as [Int])
        #expect(abs(mix.negative - 37.5) < 1e-12 && abs(mix.neutral - 12.5) < 1e-12 && abs(mix.positive - 50) < 1e-12)
        #expect(abs(mix.negativeInterval.low - 13.684428582359736) < 1e-9)
        #expect(abs(mix.negativeInterval.high - 69.42576053973728) < 1e-9)
        #expect(mix.effectiveN == 8)
    }

    // Proves per-theme figures by hand. staff: lines 10, 13, 14, 15, 17 → volume 5, 3 negative
    // = 60 % (Wilson 23.072…88.238 %), mean (−0.3713 − 0.5963 + 0.7845 − 0.4588 + 0.4939)/5 =
    // −0.0296; share 5/8 = 62.5 %. delivery: lines 11, 12, 14, 16 → volume 4 < 5: suppressed.
    @Test func themesByHand() throws {
        let result = Self.result(suppressBelow: 5)
        #expect(result.overall.themes.map(\.name) == ["staff", "delivery"])  // by volume
        let staff = result.overall.themes[0], delivery = result.overall.themes[1]
        #expect(staff.volume == 5 && !staff.suppressed && staff.lowBase)
        #expect(abs(try #require(staff.share) - 62.5) < 1e-12)
        #expect(abs(try #require(staff.negativeShare) - 60) < 1e-12)
        let interval = try #require(staff.negativeInterval)
        #expect(abs(interval.low - 23.07242812760128) < 1e-9 && abs(interval.high - 88.2379225767352) < 1e-9)
        #expect(abs(try #require(staff.meanCompound) - -0.0296) < 1e-4)  // Python's scores are rounded
        #expect(delivery.volume == 4 && delivery.suppressed)
        #expect(delivery.negativeShare == nil && delivery.meanCompound == nil && delivery.positiveExamples.isEmpty)
    }

    // Proves weights by hand: staff mentions weighted 2, 1, 1, 0.5, 0.5 (lines 10, 13, 14, 15,
    // 17): negative weight 2 + 1 + 0.5 = 3.5 of 5 = 70 %, on Kish's n = 5²/6.5 = 3.846.
    @Test func weightedThemeShare() throws {
        let weights: [Int: Double] = [10: 2, 13: 1, 14: 1, 15: 0.5, 17: 0.5]
        let weighted = Self.comments.map { comment in
            var comment = comment
            if let weight = weights[comment.line] { comment.weight = weight }
            return comment
        }
        let staff = try #require(Self.result(Self.folded(weighted), suppressBelow: 5).overall.themes.first { $0.name == "staff" })
        #expect(abs(try #require(staff.negativeShare) - 70) < 1e-12)
        let expected = ProportionInterval.wilson(proportion: 0.7, n: 25 / 6.5)
        #expect(staff.negativeInterval == expected)
    }

    // Proves examples: the two most negative and two most positive mentions, in order.
    @Test func examplesByHand() {
        let result = Self.result(suppressBelow: 1)
        let staff = result.overall.themes.first { $0.name == "staff" }!
        let delivery = result.overall.themes.first { $0.name == "delivery" }!
        #expect(staff.negativeExamples.map(\.line) == [13, 15])
        #expect(staff.positiveExamples.map(\.line) == [14, 17])
        #expect(delivery.negativeExamples.isEmpty)
        #expect(delivery.positiveExamples.map(\.line) == [11, 14])
        #expect(result.overall.negativeExamples.map(\.line) == [13, 15])
        #expect(result.overall.positiveExamples.map(\.line) == [11, 14])
    }

    // Proves segment values by code: north has lines 10, 11; south 12, 13, 14; line 15's
    // missing value (−1) counts nowhere; a value under the threshold is suppressed whole.
    @Test func segments() {
        let result = Self.result(suppressBelow: 3)
        #expect(result.segments.map(\.field) == ["region"])
        let values = result.segments[0].values
        #expect(values.map(\.value) == ["north", "south"])
        #expect(values.map(\.n) == [2, 3])
        #expect(values[0].suppressed && values[0].themes.isEmpty && values[0].sentiment == nil)
        #expect(values[1].themes.map(\.volume) == [2, 2])  // delivery 12, 14; staff 13, 14
        #expect(values[1].themes.map(\.name) == ["delivery", "staff"])
    }

    // Proves the NPS breakdown: detractors 0–6 (lines 10, 13, 17), passives 7–8 (11),
    // promoters 9–10 (12, 14); comments without a score count in no group.
    @Test func npsGroups() {
        let result = Self.result(suppressBelow: 1)
        #expect(result.npsGroups.map(\.value) == ["detractors", "passives", "promoters"])
        #expect(result.npsGroups.map(\.n) == [3, 1, 2])
        #expect(result.npsGroups[0].negativeExamples.map(\.line) == [13, 10])
    }

    // Proves ties in compound score are broken by line, whatever the order comments arrive in
    // (a visit number carries no sentiment, so all six score the same).
    @Test func tiesBreakByLine() {
        let texts = (0..<6).map { TextComment(text: "The staff were great, visit \($0)", line: 100 - $0) }
        let forward = Self.folded(texts, examples: 3)
        let backward = Self.folded(texts.reversed(), examples: 3)
        #expect(forward.overall.examples == backward.overall.examples)
        #expect(forward.overall.examples.positive.map(\.line) == [95, 96, 97])
    }

    // Proves a repeated comment is shown once, at its first line, in one pass and after a
    // merge of chunks, so examples are not the same words three times.
    @Test func repeatedTextsAppearOnce() {
        let texts = (0..<6).map { TextComment(text: "The staff were great", line: 100 - $0) }
            + [TextComment(text: "Lovely staff", line: 7)]
        let once = Self.folded(texts, examples: 3)
        #expect(once.overall.examples.positive.map(\.text) == ["The staff were great", "Lovely staff"]
                || once.overall.examples.positive.map(\.text) == ["Lovely staff", "The staff were great"])
        #expect(once.overall.examples.positive.first { $0.text == "The staff were great" }?.line == 95)
        var split = Self.folded(Array(texts.prefix(3)), examples: 3)
        split.merge(Self.folded(Array(texts.dropFirst(3)), examples: 3))
        #expect(split.overall.examples == once.overall.examples)
    }

    // Proves stored verbatims are redacted.
    @Test func verbatimsAreRedacted() {
        let comment = TextComment(text: "Terrible staff, call me on 020 7946 0958 or mail a.b+cx@example.com", line: 1)
        let statistics = Self.folded([comment])
        #expect(statistics.overall.themes[1].examples.negative.first?.text == "Terrible staff, call me on [phone] or mail [email]")
        #expect(statistics.overall.examples.negative.first?.text == "Terrible staff, call me on [phone] or mail [email]")
    }

    // Proves a mean interval is withheld (not infinite, which JSON cannot carry) for one
    // comment, and that a whole result encodes.
    @Test func singleCommentHasNoMeanInterval() throws {
        let result = Self.result(Self.folded([Self.comments[0]]), suppressBelow: 1)
        #expect(result.overall.sentiment?.meanInterval == nil)
        #expect(result.overall.themes.first { $0.name == "staff" }?.meanInterval == nil)
        _ = try JSONEncoder().encode(result)
    }
}
