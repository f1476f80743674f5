/// Weighted counts of each score on a rating scale: the sufficient statistic for
/// NPS, top-box shares and means on that scale.
///
/// Histograms of chunks merge by adding counts, exactly, so rows can be folded in
/// any order or split across threads, and a database `GROUP BY score` gives the same.
public struct ScoreHistogram: Hashable, Sendable, Codable {
    public let scale: ClosedRange<Int>
    /// Sum of weights per score, index 0 = `scale.lowerBound`.
    public internal(set) var weights: [Double]
    /// Unweighted number of responses per score.
    public internal(set) var counts: [Int]
    /// Σw² over all responses, for Kish's effective sample size.
    public internal(set) var sumOfSquaredWeights: Double = 0

    public init(scale: ClosedRange<Int>) {
        self.scale = scale
        weights = [Double](repeating: 0, count: scale.count)
        counts = [Int](repeating: 0, count: scale.count)
    }

    public mutating func add(_ score: Int, weight: Double = 1) {
        let slot = score - scale.lowerBound
        weights[slot] += weight
        counts[slot] += 1
        sumOfSquaredWeights += weight * weight
    }

    public mutating func merge(_ other: ScoreHistogram) {
        precondition(scale == other.scale, "histograms on different scales cannot merge")
        for slot in weights.indices {
            weights[slot] += other.weights[slot]
            counts[slot] += other.counts[slot]
        }
        sumOfSquaredWeights += other.sumOfSquaredWeights
    }

    /// Unweighted number of responses.
    public var count: Int { counts.reduce(0, +) }
    /// Σw.
    public var totalWeight: Double { weights.reduce(0, +) }

    /// Kish's effective sample size (Σw)²/Σw²; equals `count` when all weights are 1.
    public var effectiveCount: Double {
        sumOfSquaredWeights > 0 ? totalWeight * totalWeight / sumOfSquaredWeights : 0
    }

    /// Σw over the scores in `range`.
    public func weight(in range: ClosedRange<Int>) -> Double {
        range.clamped(to: scale).reduce(0) { $0 + weights[$1 - scale.lowerBound] }
    }
}
