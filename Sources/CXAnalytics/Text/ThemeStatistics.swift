/// Sufficient statistics of the comments that mention one theme: volume, weighted count of
/// negative comments, compound-score moments and example verbatims. Mergeable.
public struct ThemeStatistics: Hashable, Sendable, Codable {
    /// Comments mentioning the theme (unweighted count).
    public private(set) var volume = 0
    /// Σ weight over the negative ones (compound ≤ −0.05).
    public private(set) var negativeWeight = 0.0
    /// Weighted moments of the compound score (its weight sum is Σ weight over all).
    public private(set) var sentiment = MomentAccumulator()
    /// The most negative and most positive comments, redacted.
    public private(set) var examples: VerbatimSample

    public init(examplesPerSide: Int) {
        examples = VerbatimSample(capacity: examplesPerSide)
    }

    /// A theme's statistics from its sums (`TextCellSums.group`).
    init(volume: Int, negativeWeight: Double, sentiment: MomentAccumulator, examples: VerbatimSample) {
        self.volume = volume
        self.negativeWeight = negativeWeight
        self.sentiment = sentiment
        self.examples = examples
    }

    /// Adds one comment that mentions the theme.
    public mutating func add(_ text: String, compound: Double, line: Int, weight: Double) {
        volume += 1
        if SentimentCategory(compound: compound) == .negative { negativeWeight += weight }
        sentiment.add(compound, weight: weight)
        examples.offer(text, compound: compound, line: line)
    }

    /// Adds the statistics of a disjoint set of comments.
    public mutating func merge(_ other: ThemeStatistics) {
        volume += other.volume
        negativeWeight += other.negativeWeight
        sentiment.merge(other.sentiment)
        examples.merge(other.examples)
    }
}
