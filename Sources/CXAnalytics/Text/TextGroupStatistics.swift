/// Sufficient statistics of the comments of one group (overall, or one group key): the
/// sentiment mix, compound-score moments, examples, and per-theme statistics. Mergeable.
public struct TextGroupStatistics: Hashable, Sendable, Codable {
    /// Comments counted (non-blank, valid weight).
    public private(set) var comments = 0
    /// Σ weight by category, indexed by `SentimentCategory` (negative, neutral, positive).
    public private(set) var categoryWeights = [0.0, 0.0, 0.0]
    /// Comment counts by category (unweighted), same order.
    public private(set) var categoryCounts = [0, 0, 0]
    /// Weighted moments of the compound score.
    public private(set) var sentiment = MomentAccumulator()
    /// Examples over all comments of the group, themed or not.
    public private(set) var examples: VerbatimSample
    /// One entry per theme, in `ThemeDictionary.themes` order.
    public private(set) var themes: [ThemeStatistics]

    public init(themeCount: Int, examplesPerSide: Int) {
        examples = VerbatimSample(capacity: examplesPerSide)
        themes = Array(repeating: ThemeStatistics(examplesPerSide: examplesPerSide), count: themeCount)
    }

    /// Adds one analysed comment.
    public mutating func add(_ comment: TextComment, _ analysis: TextAnalyzer.Analysis) {
        let compound = analysis.scores.compound
        let slot = Self.slot(SentimentCategory(compound: compound))
        comments += 1
        categoryWeights[slot] += comment.weight
        categoryCounts[slot] += 1
        sentiment.add(compound, weight: comment.weight)
        examples.offer(comment.text, compound: compound, line: comment.line)
        for theme in analysis.themes where themes.indices.contains(theme) {
            themes[theme].add(comment.text, compound: compound, line: comment.line, weight: comment.weight)
        }
    }

    /// Adds the statistics of a disjoint set of comments (same themes and capacity).
    public mutating func merge(_ other: TextGroupStatistics) {
        precondition(themes.count == other.themes.count, "merging text statistics of different theme dictionaries")
        comments += other.comments
        for slot in 0..<3 {
            categoryWeights[slot] += other.categoryWeights[slot]
            categoryCounts[slot] += other.categoryCounts[slot]
        }
        sentiment.merge(other.sentiment)
        examples.merge(other.examples)
        for index in themes.indices { themes[index].merge(other.themes[index]) }
    }

    static func slot(_ category: SentimentCategory) -> Int {
        switch category {
        case .negative: return 0
        case .neutral: return 1
        case .positive: return 2
        }
    }
}
