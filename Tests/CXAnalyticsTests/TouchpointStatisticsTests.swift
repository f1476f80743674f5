import Testing
@testable import CXAnalytics
import CXData

/// Valence moments of a journey touchpoint, kept as sums about the first valence.
@Suite struct TouchpointStatisticsTests {
    // Proves the mean and M2 of 1, 2, 4, folded as [1] merged with [2, 4] (two references):
    // mean = 7/3; M2 = (1 − 7/3)² + (2 − 7/3)² + (4 − 7/3)² = 16/9 + 1/9 + 25/9 = 14/3.
    // The merge shifts [2, 4]'s sums (K = 2: S₁ = 2, S₂ = 4, n = 2) to K = 1 (e = 1):
    // S₁ = 2 + 2·1 = 4, S₂ = 4 + 2·1·2 + 2·1² = 10, so mean = 1 + 4/3, M2 = 10 − 4²/3 = 14/3.
    @Test func handCaseAcrossTwoReferences() {
        var first = TouchpointStatistics(), second = TouchpointStatistics()
        first.add(valence: 1, label: -1, customer: -1, neutral: 0)
        second.add(valence: 2, label: -1, customer: -1, neutral: 0)
        second.add(valence: 4, label: -1, customer: -1, neutral: 0)
        second.add(valence: .nan, label: 0, customer: -1, neutral: 0)  // counts as an event, not a valence
        first.merge(second)
        #expect(first.count == 3 && first.events == 4)
        #expect(close(first.valence.mean, 7.0 / 3, 1e-15))
        #expect(close(first.valence.sumOfSquaredDeviations, 14.0 / 3, 1e-15))
        #expect(close(first.valence.sampleVariance, 7.0 / 3, 1e-15))  // M2/(n − 1)
        var empty = TouchpointStatistics()
        empty.merge(first)
        #expect(empty == first)
        first.merge(TouchpointStatistics())
        #expect(empty == first)
    }

    // Proves that any split into chunks, in any merge order, gives the mean and variance of
    // a two-pass computation on all the values (non-integer valences, far from the first one).
    @Test(arguments: [1, 2, 3] as [UInt64])
    func chunksMergeToTwoPassMoments(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let values = (0..<5_000).map { _ in Double.random(in: -3...3, using: &generator).rounded(toPlaces: 3) }
        let mean = values.reduce(0, +) / Double(values.count)
        var m2 = 0.0
        for value in values { m2 += (value - mean) * (value - mean) }
        let chunkCount = Int.random(in: 2...9, using: &generator)
        var chunks = [TouchpointStatistics](repeating: TouchpointStatistics(), count: chunkCount)
        for value in values { chunks[Int.random(in: 0..<chunkCount, using: &generator)].add(valence: value, label: -1, customer: -1, neutral: 0) }
        chunks.shuffle(using: &generator)
        var merged = TouchpointStatistics()
        for chunk in chunks { merged.merge(chunk) }
        #expect(merged.count == values.count)
        #expect(close(merged.valence.mean, mean, 1e-12))
        #expect(close(merged.valence.sumOfSquaredDeviations, m2, 1e-10))
        #expect(merged.negative == values.filter { $0 < 0 }.count)
    }
}

private extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
