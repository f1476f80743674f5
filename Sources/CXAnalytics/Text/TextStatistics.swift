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
/// A comment is added once, to the cell of its segment values and NPS group, not to each
/// of its groups (overall, one per segment column, its NPS group: five adds with three
/// segment columns); the cells roll up into the groups when the groups are read, as
/// `ResponseStatistics` does with its rows. A cell is plain sums and its examples
/// (`TextCellSums`), and its themes come straight from the matcher, with no array of them
/// per comment. When the cells stop paying for themselves
/// (segments with so many values that most comments open a new cell), the fold goes back
/// to adding each comment to its groups directly.
///
/// Typical use, inside the loader's parallel fold:
///
///     let analyzer = TextAnalyzer(themes: ThemeDictionary(config))
///     let empty = TextStatistics(themes: analyzer.themes, segmentCount: loader.segmentNames.count)
///     let (text, _) = try loader.fold(empty, add: { $0.add($1, using: analyzer) }, merge: { $0.merge($1) })
///     let result = TextResult(text, segmentNames: loader.segmentNames, segmentValues: loader.segmentValues,
///                             settings: AnalysisSettings(config))
public struct TextStatistics: Hashable, Sendable {
    /// Theme names, in `ThemeDictionary.themes` order.
    public let themeNames: [String]
    /// Example verbatims kept on each side (negative, positive) per theme and group.
    public let examplesPerSide: Int
    /// Responses without a comment, and comments that are empty or only whitespace.
    public private(set) var blankComments = 0
    /// Comments skipped because their weight was not positive and finite.
    public private(set) var invalidWeights = 0

    /// The groups the report reads, as of the last roll-up.
    private var rolled: Groups
    /// Comments not yet rolled up, by their segment codes and NPS group; cell i's sums
    /// and examples are cell i of `sums`.
    private var cells = CellTable<Void>()
    private var sums: TextCellSums
    /// Comments added to cells since the last roll-up, to judge whether cells pay off.
    private var cellComments = 0
    /// Cells held before they roll up; 0 adds every comment to its groups directly.
    private var maximumCells: Int
    private let emptyGroup: TextGroupStatistics

    private struct Groups: Hashable, Sendable {
        var overall: TextGroupStatistics
        /// Per segment column, by loader code (dense, so an array: no hashing); codes
        /// without a comment hold an empty group.
        var segmentGroups: [[TextGroupStatistics]]
        /// Indexed by `NPSGroup.rawValue` (promoters, passives, detractors).
        var byNPSGroup: [TextGroupStatistics]
    }

    /// Empty statistics for the themes of `dictionary` and `segmentCount` segment columns.
    public init(themes dictionary: ThemeDictionary, segmentCount: Int = 0, examplesPerSide: Int = 3) {
        self.init(themes: dictionary, segmentCount: segmentCount, examplesPerSide: examplesPerSide, maximumCells: 1_024)
    }

    /// - Parameter maximumCells: cells held before they roll up; 0 adds each comment to its
    ///   groups directly (the tests compare both ways).
    init(themes dictionary: ThemeDictionary, segmentCount: Int, examplesPerSide: Int, maximumCells: Int) {
        themeNames = dictionary.names
        self.examplesPerSide = max(0, examplesPerSide)
        let empty = TextGroupStatistics(themeCount: themeNames.count, examplesPerSide: self.examplesPerSide)
        emptyGroup = empty
        sums = TextCellSums(themeCount: themeNames.count, examplesPerSide: self.examplesPerSide)
        rolled = Groups(overall: empty, segmentGroups: Array(repeating: [], count: segmentCount),
                        byNPSGroup: Array(repeating: empty, count: NPSGroup.allCases.count))
        self.maximumCells = segmentCount <= CellKey.segmentCapacity ? max(0, maximumCells) : 0
    }

    /// All comments.
    public var overall: TextGroupStatistics { rolledUp.overall }

    /// Indexed by `NPSGroup.rawValue` (promoters, passives, detractors).
    public var byNPSGroup: [TextGroupStatistics] { rolledUp.byNPSGroup }

    /// Per segment column: loader code → statistics of the comments with that value.
    public var bySegment: [[Int32: TextGroupStatistics]] {
        rolledUp.segmentGroups.map { groups in
            var byCode: [Int32: TextGroupStatistics] = [:]
            for (code, group) in groups.enumerated() where group.comments > 0 { byCode[Int32(code)] = group }
            return byCode
        }
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
        guard maximumCells > 0 else {
            insert(comment, analyzer.analyze(comment.text))
            return true
        }
        // Into its cell, the themes as flags (no array of them per comment), matched in
        // VADER's pass where it can (`SentimentAnalyzer.compound(_:markingThemesOf:in:)`).
        let themeCount = analyzer.themes.count
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(1, themeCount)) { flags in
            let found = UnsafeMutableBufferPointer(rebasing: flags[0..<themeCount])
            found.initialize(repeating: false)
            let compound = analyzer.sentiment.compound(comment.text, markingThemesOf: analyzer.themes, in: found)
            addToCell(comment, compound: compound) { body in
                for theme in found.indices where found[theme] { body(theme) }
            }
        }
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
                     && rolled.segmentGroups.count == other.rolled.segmentGroups.count,
                     "merging text statistics with different themes, segments or example counts")
        rollUp()
        let theirs = other.rolledUp
        rolled.overall.merge(theirs.overall)
        for slot in rolled.segmentGroups.indices {
            reserve(theirs.segmentGroups[slot].count - 1, in: slot)
            for (code, group) in theirs.segmentGroups[slot].enumerated() where group.comments > 0 {
                rolled.segmentGroups[slot][code].merge(group)
            }
        }
        for index in rolled.byNPSGroup.indices { rolled.byNPSGroup[index].merge(theirs.byNPSGroup[index]) }
        blankComments += other.blankComments
        invalidWeights += other.invalidWeights
    }

    /// Rolls the pending cells up into the groups in the order they were first met, so the
    /// floating-point sums do not depend on the codes the segment values got (`CellTable`).
    /// Reading a group does this on a copy.
    public mutating func rollUp() {
        guard !cells.isEmpty else { return }
        for index in cells.keys.indices {
            addToGroups(sums.group(index), npsGroup: cells.keys[index].lead, segments: cells.keys[index].segments) { $0.merge($1) }
        }
        cells.removeAll()
        sums.removeAll()
        cellComments = 0
    }

    private var rolledUp: Groups {
        if cells.isEmpty { return rolled }
        var copy = self
        copy.rollUp()
        return copy.rolled
    }

    /// Makes `rolled.segmentGroups[slot]` long enough to hold `code`.
    private mutating func reserve(_ code: Int, in slot: Int) {
        guard code >= rolled.segmentGroups[slot].count else { return }  // the empty group is built only for a new code
        rolled.segmentGroups[slot].pad(toCount: code + 1, with: emptyGroup)
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
            if byte != 0x20 && byte &- 0x09 > 0x0D - 0x09 { return true }
        }
        return false
    }

    private mutating func insert(_ comment: TextComment, _ analysis: TextAnalyzer.Analysis) {
        guard maximumCells > 0 else {
            return addToGroups(comment, npsGroup: Self.npsGroup(of: comment), segments: comment.segments) { $0.add($1, analysis) }
        }
        let themeCount = themeNames.count
        addToCell(comment, compound: analysis.scores.compound) { body in
            for theme in analysis.themes where theme >= 0 && theme < themeCount { body(theme) }
        }
    }

    /// Adds a comment to the cell of its NPS group and segment codes, and to each theme
    /// `forEachTheme` hands to its body; rolls the cells up when there are too many.
    @inline(__always)
    private mutating func addToCell(_ comment: TextComment, compound: Double, forEachTheme: ((Int) -> Void) -> Void) {
        let category = SentimentCategory(compound: compound)
        let cell = cellIndex(of: comment)
        sums.add(comment, compound: compound, category: category, toCell: cell)
        forEachTheme { theme in
            sums.addTheme(theme, comment, compound: compound, category: category, toCell: cell)
        }
        cellComments += 1
        if cells.count > maximumCells {
            // Fewer than four comments a cell: most comments open a cell, so adding each
            // to its groups directly is cheaper than rolling cells up.
            if cellComments < 4 * cells.count { maximumCells = 0 }
            rollUp()
        }
    }

    /// `NPSGroup.rawValue` of the comment's score, −1 without one.
    private static func npsGroup(of comment: TextComment) -> Int32 {
        comment.nps.flatMap { (0...10).contains($0) ? Int32(NPSGroup(score: $0).rawValue) : nil } ?? -1
    }

    /// The cell of the comment's NPS group and segment codes, made empty when new.
    private mutating func cellIndex(of comment: TextComment) -> Int {
        let cell = cells.index(of: CellKey(lead: Self.npsGroup(of: comment), segments: comment.segments), default: ())
        if cell == sums.cellCount { sums.appendCell() }
        return cell
    }

    /// Applies `update` with `item` to the overall group, the NPS group (when ≥ 0) and the
    /// group of each segment code (when ≥ 0).
    private mutating func addToGroups<Item>(_ item: Item, npsGroup: Int32, segments: [Int32],
                                            _ update: (inout TextGroupStatistics, Item) -> Void) {
        update(&rolled.overall, item)
        for (slot, code) in segments.enumerated() where code >= 0 && slot < rolled.segmentGroups.count {
            reserve(Int(code), in: slot)
            update(&rolled.segmentGroups[slot][Int(code)], item)
        }
        if npsGroup >= 0 { update(&rolled.byNPSGroup[Int(npsGroup)], item) }
    }

    /// Equal when the rolled-up groups and counts are equal, however many cells are pending.
    public static func == (a: TextStatistics, b: TextStatistics) -> Bool {
        a.themeNames == b.themeNames && a.examplesPerSide == b.examplesPerSide && a.blankComments == b.blankComments
            && a.invalidWeights == b.invalidWeights && a.rolledUp == b.rolledUp
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(themeNames)
        hasher.combine(blankComments)
        hasher.combine(invalidWeights)
        hasher.combine(rolledUp)
    }
}
