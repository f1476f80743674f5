/// Sufficient statistics of the comments of one group (overall, or one group key): the
/// sentiment mix, compound-score moments, examples, and per-theme statistics. Mergeable.
public struct TextGroupStatistics: Hashable, Sendable, Codable {
    /// Comments counted (non-blank, valid weight).
    public private(set) var comments = 0
    /// Σ weight and count by category in lanes 0–2 (lane 3 unused): held inline, so adding
    /// a comment touches no array storage.
    private var weights = SIMD4<Double>()
    private var counts = SIMD4<Int>()
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

    /// A group from its sums (`TextCellSums.group`).
    init(comments: Int, weights: SIMD4<Double>, counts: SIMD4<Int>, sentiment: MomentAccumulator,
         examples: VerbatimSample, themes: [ThemeStatistics]) {
        self.comments = comments
        self.weights = weights
        self.counts = counts
        self.sentiment = sentiment
        self.examples = examples
        self.themes = themes
    }

    /// Adds one analysed comment.
    public mutating func add(_ comment: TextComment, _ analysis: TextAnalyzer.Analysis) {
        let compound = analysis.scores.compound
        let slot = Self.slot(SentimentCategory(compound: compound))
        comments += 1
        weights[slot] += comment.weight
        counts[slot] += 1
        sentiment.add(compound, weight: comment.weight)
        examples.offer(comment.text, compound: compound, line: comment.line)
        for theme in analysis.themes where themes.indices.contains(theme) {
            themes[theme].add(comment.text, compound: compound, line: comment.line, weight: comment.weight)
        }
    }

    /// Adds the statistics of a disjoint set of comments (same themes and capacity).
    public mutating func merge(_ other: TextGroupStatistics) {
        precondition(themes.count == other.themes.count, "merging text statistics of different theme dictionaries")
        guard other.comments > 0 else { return }
        comments += other.comments
        weights += other.weights
        counts &+= other.counts
        sentiment.merge(other.sentiment)
        examples.merge(other.examples)
        for index in themes.indices where other.themes[index].volume > 0 { themes[index].merge(other.themes[index]) }
    }

    /// Σ weight by category, indexed by `slot(_:)` (negative, neutral, positive).
    public var categoryWeights: [Double] { [weights[0], weights[1], weights[2]] }
    /// Comment counts by category (unweighted), same order.
    public var categoryCounts: [Int] { [counts[0], counts[1], counts[2]] }

    static func slot(_ category: SentimentCategory) -> Int {
        switch category {
        case .negative: return 0
        case .neutral: return 1
        case .positive: return 2
        }
    }
}
