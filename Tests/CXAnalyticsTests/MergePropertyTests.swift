import Testing
@testable import CXAnalytics
import CXData

/// Invariant tests on seeded random data (DESIGN.md rule 8): statistics do not depend on how
/// rows are split into chunks, on the order chunks are merged, or on row order.
@Suite struct MergePropertyTests {
    struct Row {
        var values: [Double]  // 4 correlated ratings + outcome; NaN = missing
        var weight: Double
    }

    /// 1,500 rows of 5 correlated variables around large offsets (to stress cancellation),
    /// weights in [0.5, 2.5), about 3% missing values.
    static func rows(seed: UInt64) -> [Row] {
        var generator = SeededGenerator(seed: seed)
        return (0..<1_500).map { _ in
            let factor = generator.normal()
            var values = (0..<4).map { j in 1_000 + 5 * Double(j) + factor + 0.8 * generator.normal() }
            values.append(values.reduce(0, +) / 4 + generator.normal())
            for j in values.indices where generator.uniform() < 0.03 { values[j] = .nan }
            return Row(values: values, weight: 0.5 + 2 * generator.uniform())
        }
    }

    struct Folded {
        var matrix = CoMomentMatrix(dimension: 5)
        var moments = MomentAccumulator()
        var kish = KishEffectiveSampleSize()

        mutating func add(_ row: Row) {
            matrix.add(row.values, weight: row.weight)
            moments.add(row.values[4], weight: row.weight)
            kish.add(row.weight)
        }

        mutating func merge(_ other: Folded) {
            matrix.merge(other.matrix)
            moments.merge(other.moments)
            kish.merge(other.kish)
        }
    }

    static func fold(_ rows: some Sequence<Row>) -> Folded {
        var folded = Folded()
        for row in rows { folded.add(row) }
        return folded
    }

    /// Every statistic agrees to 1e-9 (relative for large values), counts exactly.
    static func expectSame(_ a: Folded, _ b: Folded) {
        #expect(a.matrix.count == b.matrix.count && a.matrix.offeredCount == b.matrix.offeredCount)
        #expect(a.matrix.pairwiseCounts == b.matrix.pairwiseCounts)
        #expect(close(a.matrix.weightSum, b.matrix.weightSum, 1e-9))
        #expect(zip(a.matrix.means, b.matrix.means).allSatisfy { close($0, $1, 1e-9) })
        #expect(zip(a.matrix.coMoments, b.matrix.coMoments).allSatisfy { close($0, $1, 1e-9) })
        #expect(close(a.matrix.correlationMatrix(), b.matrix.correlationMatrix(), 1e-9))
        #expect(a.moments.count == b.moments.count)
        #expect(close(a.moments.mean, b.moments.mean, 1e-9))
        #expect(close(a.moments.sampleVariance, b.moments.sampleVariance, 1e-9))
        #expect(close(a.kish.value, b.kish.value, 1e-9))
    }

    // Proves random chunking, folding each chunk and merging in random order equals one pass.
    @Test(arguments: [1 as UInt64, 7, 2024, 99_991])
    func chunkedMergeEqualsOnePass(seed: UInt64) {
        let rows = Self.rows(seed: seed)
        let whole = Self.fold(rows)
        var generator = SeededGenerator(seed: seed ^ 0xC0FFEE)
        var cuts = Set<Int>()
        let chunkCount = 2 + Int(generator.next() % 30)
        while cuts.count < chunkCount - 1 { cuts.insert(1 + Int(generator.next() % UInt64(rows.count - 1))) }
        let bounds = [0] + cuts.sorted() + [rows.count]
        var chunks = (0..<(bounds.count - 1)).map { Self.fold(rows[bounds[$0]..<bounds[$0 + 1]]) }
        chunks.shuffle(using: &generator)
        var merged = Folded()
        for chunk in chunks { merged.merge(chunk) }
        Self.expectSame(merged, whole)
        #expect(whole.matrix.count > 1_000 && whole.matrix.count < 1_500)  // some rows were incomplete
    }

    // Proves row order does not matter: a seeded shuffle folds to the same statistics.
    @Test(arguments: [3 as UInt64, 11, 4242])
    func rowOrderDoesNotMatter(seed: UInt64) {
        var rows = Self.rows(seed: seed)
        let original = Self.fold(rows)
        var generator = SeededGenerator(seed: seed &* 31)
        rows.shuffle(using: &generator)
        Self.expectSame(Self.fold(rows), original)
    }

    // Proves a tree of merges (pairwise, as parallel folding produces) equals one pass.
    @Test func pairwiseTreeMergeEqualsOnePass() {
        let rows = Self.rows(seed: 5)
        var level = stride(from: 0, to: rows.count, by: 100).map { Self.fold(rows[$0..<min($0 + 100, rows.count)]) }
        while level.count > 1 {
            level = stride(from: 0, to: level.count, by: 2).map { index in
                var node = level[index]
                if index + 1 < level.count { node.merge(level[index + 1]) }
                return node
            }
        }
        Self.expectSame(level[0], Self.fold(rows))
    }
}
