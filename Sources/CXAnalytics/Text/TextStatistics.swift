import CXData

/// Free-text comments folded into mergeable sufficient statistics: overall, per value of
/// each segment column and per NPS group, the sentiment mix and mean compound score, and per
/// theme the volume, weighted count negative, compound moments and a bounded set of
/// redacted example verbatims.
///
/// Memory does not grow with the number of comments (only with groups × themes × examples),
/// chunks can be folded in parallel and merged in any order with the same result (counts
/// and examples exactly; weighted sums and means up to floating-point rounding), and
/// `TextResult` turns the statistics into report figures.
///
/// Typical use, inside the loader's parallel fold:
///
///     let analyzer = TextAnalyzer(themes: ThemeDictionary(config))
///     let empty = TextStatistics(themes: analyzer.themes, segmentCount: loader.segmentNames.count)
///     let (text, _) = try loader.fold(empty, add: { $0.add($1, using: analyzer) }, merge: { $0.merge($1) })
///     let result = TextResult(text, segmentNames: loader.segmentNames, segmentValues: loader.segmentValues,
///                             settings: AnalysisSettings(config))
public struct TextStatistics: Hashable, Sendable, Codable {
    /// Theme names, in `ThemeDictionary.themes` order.
    public let themeNames: [String]
    /// Example verbatims kept on each side (negative, positive) per theme and group.
    public let examplesPerSide: Int
    public private(set) var overall: TextGroupStatistics
    /// Per segment column, by loader code (dense, so an array: a comment updates its
    /// groups without hashing); codes without a comment hold an empty group.
    private var segmentGroups: [[TextGroupStatistics]]
    /// Indexed by `NPSGroup.rawValue` (promoters, passives, detractors).
    public private(set) var byNPSGroup: [TextGroupStatistics]
    /// Responses without a comment, and comments that are empty or only whitespace.
    public private(set) var blankComments = 0
    /// Comments skipped because their weight was not positive and finite.
    public private(set) var invalidWeights = 0

    /// Empty statistics for the themes of `dictionary` and `segmentCount` segment columns.
    public init(themes dictionary: ThemeDictionary, segmentCount: Int = 0, examplesPerSide: Int = 3) {
        themeNames = dictionary.names
        self.examplesPerSide = max(0, examplesPerSide)
        let empty = TextGroupStatistics(themeCount: themeNames.count, examplesPerSide: self.examplesPerSide)
        overall = empty
        segmentGroups = Array(repeating: [], count: segmentCount)
        byNPSGroup = Array(repeating: empty, count: NPSGroup.allCases.count)
    }

    /// Folds one loaded response: its comment, or a blank when it has none.
    public mutating func add(_ row: ResponseRow, using analyzer: TextAnalyzer) {
        guard let comment = TextComment(row) else { blankComments += 1; return }
        add(comment, using: analyzer)
    }

    /// Analyses and adds one comment. Returns false for a blank comment or an invalid weight
    /// (counted in `blankComments` / `invalidWeights`, never silently dropped).
    @discardableResult
    public mutating func add(_ comment: TextComment, using analyzer: TextAnalyzer) -> Bool {
        guard validate(comment) else { return false }
        insert(comment, analyzer.analyze(comment.text))
        return true
    }

    /// Adds a comment analysed elsewhere with the same theme dictionary.
    @discardableResult
    public mutating func add(_ comment: TextComment, analysis: TextAnalyzer.Analysis) -> Bool {
        guard validate(comment) else { return false }
        insert(comment, analysis)
        return true
    }

    /// Adds the statistics of another chunk folded with the same themes, segment columns and
    /// example count (segment codes must come from the same load).
    public mutating func merge(_ other: TextStatistics) {
        precondition(themeNames == other.themeNames && examplesPerSide == other.examplesPerSide
                     && segmentGroups.count == other.segmentGroups.count,
                     "merging text statistics with different themes, segments or example counts")
        overall.merge(other.overall)
        for slot in segmentGroups.indices {
            reserve(other.segmentGroups[slot].count - 1, in: slot)
            for (code, group) in other.segmentGroups[slot].enumerated() where group.comments > 0 {
                segmentGroups[slot][code].merge(group)
            }
        }
        for index in byNPSGroup.indices { byNPSGroup[index].merge(other.byNPSGroup[index]) }
        blankComments += other.blankComments
        invalidWeights += other.invalidWeights
    }

    /// Per segment column: loader code → statistics of the comments with that value.
    public var bySegment: [[Int32: TextGroupStatistics]] {
        segmentGroups.map { groups in
            var byCode: [Int32: TextGroupStatistics] = [:]
            for (code, group) in groups.enumerated() where group.comments > 0 { byCode[Int32(code)] = group }
            return byCode
        }
    }

    /// Makes `segmentGroups[slot]` long enough to hold `code`.
    private mutating func reserve(_ code: Int, in slot: Int) {
        guard code >= segmentGroups[slot].count else { return }  // the empty group is built only for a new code
        segmentGroups[slot].pad(toCount: code + 1, with: TextGroupStatistics(themeCount: themeNames.count, examplesPerSide: examplesPerSide))
    }

    private mutating func validate(_ comment: TextComment) -> Bool {
        guard comment.weight > 0, comment.weight.isFinite else { invalidWeights += 1; return false }
        guard Self.hasVisibleCharacter(comment.text) else {
            blankComments += 1
            return false
        }
        return true
    }

    /// Whether `text` has a character that is not white space: ASCII bytes decide on their
    /// own; the first non-ASCII byte hands over to the Unicode property.
    static func hasVisibleCharacter(_ text: String) -> Bool {
        for byte in text.utf8 {
            if byte >= 0x80 { return text.unicodeScalars.contains { !$0.properties.isWhitespace } }
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { return true }
        }
        return false
    }

    private mutating func insert(_ comment: TextComment, _ analysis: TextAnalyzer.Analysis) {
        overall.add(comment, analysis)
        for (slot, code) in comment.segments.enumerated() where code >= 0 && slot < segmentGroups.count {
            reserve(Int(code), in: slot)
            segmentGroups[slot][Int(code)].add(comment, analysis)
        }
        if let score = comment.nps, (0...10).contains(score) {
            byNPSGroup[NPSGroup(score: score).rawValue].add(comment, analysis)
        }
    }
}
