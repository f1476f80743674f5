/// Scores a comment's sentiment and finds its themes: the per-comment work of text
/// analytics, pure and `Sendable`, so chunks can be analysed in parallel.
public struct TextAnalyzer: Sendable {
    public let sentiment: SentimentAnalyzer
    public let themes: ThemeDictionary

    /// - Parameters:
    ///   - themes: the theme dictionary (from `cxreport.yml`, or `.defaults`).
    ///   - sentiment: the sentiment analyzer (VADER by default).
    public init(themes: ThemeDictionary = .defaults, sentiment: SentimentAnalyzer = .vader) {
        self.sentiment = sentiment
        self.themes = themes
    }

    /// What one comment says: its sentiment scores and the themes it mentions.
    public struct Analysis: Hashable, Sendable {
        public var scores: SentimentScores
        /// Indices into `ThemeDictionary.themes`, ascending.
        public var themes: [Int]

        public init(scores: SentimentScores, themes: [Int]) {
            self.scores = scores
            self.themes = themes
        }
    }

    /// Sentiment and themes of `text`.
    public func analyze(_ text: String) -> Analysis {
        Analysis(scores: sentiment.scores(text), themes: themes.themeIndices(in: text))
    }
}
