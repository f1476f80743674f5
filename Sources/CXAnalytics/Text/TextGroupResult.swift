/// Text analytics of one group (all comments, a segment value or an NPS group): the
/// sentiment mix, the themes (most mentioned first) and example verbatims, with small
/// groups suppressed. JSON: `{"value"?, "n", "suppressed", "low_base", "sentiment",
/// "themes": [ThemeResult], "negative_examples": [Verbatim], "positive_examples": […]}`.
public struct TextGroupResult: Hashable, Sendable, Encodable {
    /// The segment value or NPS group; nil for all comments.
    public var value: String?
    /// Comments in the group.
    public var n: Int
    /// Fewer than `suppressBelow` comments: no figures, themes or examples.
    public var suppressed: Bool
    /// Fewer than `lowBaseBelow` comments: shown with a warning.
    public var lowBase: Bool
    public var sentiment: SentimentMix?
    /// Every theme, by volume (descending) then name.
    public var themes: [ThemeResult]
    /// Most negative comments of the group, redacted.
    public var negativeExamples: [Verbatim]
    /// Most positive comments of the group, redacted.
    public var positiveExamples: [Verbatim]

    public init(value: String?, _ statistics: TextGroupStatistics, themeNames: [String], settings: AnalysisSettings) {
        self.value = value
        n = statistics.comments
        suppressed = settings.isSuppressed(n)
        lowBase = settings.isLowBase(n)
        guard !suppressed else {
            sentiment = nil
            themes = []
            negativeExamples = []
            positiveExamples = []
            return
        }
        sentiment = SentimentMix(statistics, confidenceLevel: settings.confidenceLevel)
        themes = zip(themeNames, statistics.themes)
            .map { ThemeResult(name: $0, $1, groupWeight: statistics.sentiment.weightSum, settings: settings) }
            .sorted { $0.volume != $1.volume ? $0.volume > $1.volume : $0.name < $1.name }
        negativeExamples = statistics.examples.negative
        positiveExamples = statistics.examples.positive
    }

    enum CodingKeys: String, CodingKey {
        case value, n, suppressed, lowBase = "low_base", sentiment, themes
        case negativeExamples = "negative_examples", positiveExamples = "positive_examples"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encode(n, forKey: .n)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(lowBase, forKey: .lowBase)
        try container.encode(sentiment, forKey: .sentiment)
        try container.encode(themes, forKey: .themes)
        try container.encode(negativeExamples, forKey: .negativeExamples)
        try container.encode(positiveExamples, forKey: .positiveExamples)
    }
}
