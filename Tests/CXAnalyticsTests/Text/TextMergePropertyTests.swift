import Testing
@testable import CXAnalytics
import CXData

/// Invariant tests on seeded random comments (DESIGN.md rule 8): text statistics do not
/// depend on how comments are split into chunks, on the order chunks merge, or on row order.
@Suite struct TextMergePropertyTests {
    static let pool = [
        "The staff were really helpful and friendly.", "Delivery was late again and nobody answered my emails.",
        "Too expensive for what you get.", "Great quality, the boots are excellent!", "It was fine, nothing special.",
        "Waited 40 minutes on the phone, terrible support. Call 020 7946 0958.", "The website kept crashing at checkout",
        "Refund took forever 😡", "Not bad at all", "Very good value for the price.", "   ", "no problem", "DO NOT buy here",
    ]

    /// 800 comments with weights in [0.5, 2.5) (2 % invalid), two segment columns (3 and 4
    /// values, some missing) and NPS scores (some missing); lines are unique.
    static func comments(seed: UInt64) -> [TextComment] {
        var generator = SeededGenerator(seed: seed)
        func pick(_ count: Int) -> Int { Int(generator.uniform() * Double(count)) }
        return (0..<800).map { line in
            let weight = generator.uniform() < 0.02 ? 0 : 0.5 + 2 * generator.uniform()
            let segments: [Int32] = [Int32(pick(4)) - 1, Int32(pick(5)) - 1]
            let nps = generator.uniform() < 0.1 ? nil : pick(11)
            return TextComment(text: pool[pick(pool.count)], line: 2 + line, weight: weight, segments: segments, nps: nps)
        }
    }

    static let analyzer = TextAnalyzer()

    static func fold(_ comments: some Sequence<TextComment>) -> TextStatistics {
        var statistics = TextStatistics(themes: analyzer.themes, segmentCount: 2, examplesPerSide: 2)
        for comment in comments { statistics.add(comment, using: analyzer) }
        return statistics
    }

    /// Counts and examples equal; weighted sums, means and M2 within 1e-9 (relative).
    static func same(_ a: TextGroupStatistics, _ b: TextGroupStatistics) -> Bool {
        func close(_ x: MomentAccumulator, _ y: MomentAccumulator) -> Bool {
            x.count == y.count && CXAnalyticsTests.close(x.weightSum, y.weightSum, 1e-9)
                && CXAnalyticsTests.close(x.squaredWeightSum, y.squaredWeightSum, 1e-9)
                && CXAnalyticsTests.close(x.mean, y.mean, 1e-9)
                && CXAnalyticsTests.close(x.sumOfSquaredDeviations, y.sumOfSquaredDeviations, 1e-9)
        }
        guard a.comments == b.comments, a.categoryCounts == b.categoryCounts, a.examples == b.examples,
              zip(a.categoryWeights, b.categoryWeights).allSatisfy({ CXAnalyticsTests.close($0, $1, 1e-9) }),
              close(a.sentiment, b.sentiment), a.themes.count == b.themes.count else { return false }
        return zip(a.themes, b.themes).allSatisfy { x, y in
            x.volume == y.volume && x.examples == y.examples && CXAnalyticsTests.close(x.negativeWeight, y.negativeWeight, 1e-9)
                && close(x.sentiment, y.sentiment)
        }
    }

    static func same(_ a: TextStatistics, _ b: TextStatistics) -> Bool {
        guard a.blankComments == b.blankComments, a.invalidWeights == b.invalidWeights, same(a.overall, b.overall),
              zip(a.byNPSGroup, b.byNPSGroup).allSatisfy({ same($0, $1) }) else { return false }
        return zip(a.bySegment, b.bySegment).allSatisfy { x, y in
            x.keys.sorted() == y.keys.sorted() && x.keys.allSatisfy { same(x[$0]!, y[$0]!) }
        }
    }

    // Proves chunked folding: random cut points, chunks folded separately and merged in a
    // random order, give the one-pass statistics (and the fixture really has every kind of row).
    @Test(arguments: [1, 2, 3] as [UInt64])
    func chunkedEqualsOnePass(seed: UInt64) {
        let comments = Self.comments(seed: seed)
        let onePass = Self.fold(comments)
        #expect(onePass.blankComments > 0 && onePass.invalidWeights > 0 && onePass.bySegment.allSatisfy { $0.count >= 3 })
        var generator = SeededGenerator(seed: seed &* 7919)
        var cuts = Set((0..<6).map { _ in Int(generator.uniform() * Double(comments.count)) })
        cuts.formUnion([0, comments.count])
        let bounds = cuts.sorted()
        var chunks = zip(bounds, bounds.dropFirst()).map { Self.fold(comments[$0..<$1]) }
        chunks.shuffle(using: &generator)
        var merged = TextStatistics(themes: Self.analyzer.themes, segmentCount: 2, examplesPerSide: 2)
        for chunk in chunks { merged.merge(chunk) }
        #expect(Self.same(merged, onePass))
    }

    // Proves row order does not matter: a shuffled fold gives the same statistics, and the
    // same JSON figures as a result.
    @Test func rowOrderDoesNotMatter() {
        var comments = Self.comments(seed: 4)
        let forward = Self.fold(comments)
        var generator = SeededGenerator(seed: 99)
        comments.shuffle(using: &generator)
        #expect(Self.same(Self.fold(comments), forward))
    }

    // Proves the cells are only a shortcut: comments added to their groups directly (no
    // cells), kept in cells until read, and rolled up when a small cap is passed (after
    // which the fold goes on directly, as most comments opened a cell) give the same
    // statistics.
    @Test(arguments: [5, 6] as [UInt64])
    func cellsEqualDirectAdds(seed: UInt64) {
        let comments = Self.comments(seed: seed)
        func fold(maximumCells: Int) -> TextStatistics {
            var statistics = TextStatistics(themes: Self.analyzer.themes, segmentCount: 2, examplesPerSide: 2, maximumCells: maximumCells)
            for comment in comments { statistics.add(comment, using: Self.analyzer) }
            return statistics
        }
        let direct = fold(maximumCells: 0)
        #expect(direct.overall.comments > 700 && direct.bySegment.allSatisfy { $0.count >= 3 })
        #expect(Self.same(fold(maximumCells: 1_024), direct))
        #expect(Self.same(fold(maximumCells: 7), direct))
        // Equality looks through pending cells: rolled up or not, the same statistics.
        let pending = fold(maximumCells: 1_024)
        var rolled = pending
        rolled.rollUp()
        #expect(pending == rolled && pending.hashValue == rolled.hashValue)
        #expect(pending != TextStatistics(themes: Self.analyzer.themes, segmentCount: 2, examplesPerSide: 2))
    }
}
