/// VADER's scores for one text: the normalised compound score and the shares of
/// positive, neutral and negative valence (unrounded; vaderSentiment rounds them to 4 and
/// 3 decimals for display).
public struct SentimentScores: Hashable, Sendable, Codable {
    /// −1…+1: the sum of rule-adjusted valences x, normalised as x / √(x² + 15).
    public var compound: Double
    /// Share of positive valence, 0…1.
    public var positive: Double
    /// Share of neutral words, 0…1.
    public var neutral: Double
    /// Share of negative valence, 0…1.
    public var negative: Double

    public init(compound: Double, positive: Double, neutral: Double, negative: Double) {
        self.compound = compound
        self.positive = positive
        self.neutral = neutral
        self.negative = negative
    }

    /// The scores of a text with no words: all zero.
    public static let empty = SentimentScores(compound: 0, positive: 0, neutral: 0, negative: 0)

    /// Positive, neutral or negative by VADER's thresholds on the compound score.
    public var category: SentimentCategory { SentimentCategory(compound: compound) }
}
