/// What each fold cell of `TextStatistics` keeps for its comments: plain sums in one flat
/// buffer (a cell is one stretch of `stride` numbers) and, beside them, the cell's example
/// verbatims in one flat array. `group(_:)` turns a cell into the `TextGroupStatistics` the
/// roll-up merges.
///
/// Why: a cell used to be a `TextGroupStatistics`, whose themes are an array of structs
/// that each hold a sample of two arrays; adding a comment went through them with a
/// uniqueness check and a division (Welford) for every moment it updated, and worked out
/// the comment's sentiment category once per theme and sample. Here a comment costs
/// multiply-adds into one stretch of numbers and a category worked out once.
///
/// The sums of a cell, for a comment of weight w and compound score c in category k:
/// - comments; Σw and n by category (negative, neutral, positive);
/// - the compound: n, W, Σw², the reference K (the cell's first score), Σw(c − K) and
///   Σw(c − K)² (as `MomentAccumulator(count:weightSum:…)` reads them);
/// - per theme: comments mentioning it (volume), Σw over the negative ones, then the
///   compound's sums as above;
/// - after the cell's own sums and after each theme's, the gates of its example sample:
///   the score a negative comment must not exceed, and a positive one not fall below, to
///   be offered (`VerbatimSample.negativeGate`, `positiveGate`).
///
/// Why the gates sit among the sums: once a sample is full, nearly every comment is turned
/// away. Read from the sample, that took a cache miss per comment and theme (the samples
/// lie apart from the sums just written); read beside the sums, the line is already there.
///
/// Counts are kept as doubles, exact up to 2⁵³.
struct TextCellSums: Sendable {
    let themeCount: Int
    /// Numbers per cell.
    let stride: Int
    /// Samples per cell: the cell's own, then one per theme.
    private let samplesPerCell: Int
    private let emptySample: VerbatimSample
    private var values: [Double] = []
    private var samples: [VerbatimSample] = []
    /// A cell with no comments: zero sums and the gates of empty samples.
    private let emptyCell: [Double]

    private static let momentsBase = 7, cellGates = 13, themeBase = 15, themeSize = 10, themeGates = 8

    init(themeCount: Int, examplesPerSide: Int) {
        self.themeCount = themeCount
        stride = Self.themeBase + Self.themeSize * themeCount
        samplesPerCell = 1 + themeCount
        let emptySample = VerbatimSample(capacity: examplesPerSide)
        self.emptySample = emptySample
        var emptyCell = [Double](repeating: 0, count: stride)
        for gates in [Self.cellGates] + (0..<themeCount).map({ Self.themeBase + $0 * Self.themeSize + Self.themeGates }) {
            (emptyCell[gates], emptyCell[gates + 1]) = (emptySample.negativeGate, emptySample.positiveGate)
        }
        self.emptyCell = emptyCell
    }

    var cellCount: Int { values.count / stride }

    /// Adds an empty cell at index `cellCount`.
    mutating func appendCell() {
        values.append(contentsOf: emptyCell)
        samples.append(contentsOf: repeatElement(emptySample, count: samplesPerCell))
    }

    /// Empties every cell, keeping the storage.
    mutating func removeAll() {
        values.removeAll(keepingCapacity: true)
        samples.removeAll(keepingCapacity: true)
    }

    /// Adds a comment to cell `cell`, as `TextGroupStatistics.add` adds it to a group, but
    /// not yet to its themes (`addTheme`).
    mutating func add(_ comment: TextComment, compound: Double, category: SentimentCategory, toCell cell: Int) {
        let slot = TextGroupStatistics.slot(category)
        let gates = values.withUnsafeMutableBufferPointer { values in
            let sums = values.baseAddress! + cell * stride
            sums[0] += 1
            sums[1 + slot] += comment.weight
            sums[4 + slot] += 1
            Self.add(compound, comment.weight, to: sums + Self.momentsBase)
            return sums + Self.cellGates
        }
        offer(comment, compound: compound, category: category, toSample: cell * samplesPerCell, gates: gates)
    }

    /// Adds a comment already added to cell `cell` to its theme `theme`, as `ThemeStatistics.add`.
    mutating func addTheme(_ theme: Int, _ comment: TextComment, compound: Double, category: SentimentCategory, toCell cell: Int) {
        precondition(theme >= 0 && theme < themeCount, "theme \(theme) is not one of the \(themeCount) themes")
        let gates = values.withUnsafeMutableBufferPointer { values in
            let sums = values.baseAddress! + cell * stride + Self.themeBase + theme * Self.themeSize
            sums[0] += 1
            if category == .negative { sums[1] += comment.weight }
            Self.add(compound, comment.weight, to: sums + 2)
            return sums + Self.themeGates
        }
        offer(comment, compound: compound, category: category, toSample: cell * samplesPerCell + 1 + theme, gates: gates)
    }

    /// Offers the comment to sample `sample` unless its gates (negative, then positive, at
    /// `gates`) turn it away, and keeps the gates up to date. Neutral comments are never
    /// kept, so they are not offered.
    @inline(__always)
    private mutating func offer(_ comment: TextComment, compound: Double, category: SentimentCategory,
                                toSample sample: Int, gates: UnsafeMutablePointer<Double>) {
        switch category {
        case .negative: if compound > gates[0] { return }
        case .positive: if compound < gates[1] { return }
        case .neutral: return
        }
        samples.withUnsafeMutableBufferPointer { samples in
            samples[sample].offer(comment.text, compound: compound, category: category, line: comment.line)
            (gates[0], gates[1]) = (samples[sample].negativeGate, samples[sample].positiveGate)
        }
    }

    /// n, W, Σw², K, Σw(x − K), Σw(x − K)² at `sums`; values that are not finite are left
    /// out, as `MomentAccumulator.add` leaves them out.
    @inline(__always)
    private static func add(_ value: Double, _ weight: Double, to sums: UnsafeMutablePointer<Double>) {
        guard value.isFinite else { return }
        if sums[0] == 0 { sums[3] = value }
        sums[0] += 1
        sums[1] += weight
        sums[2] += weight * weight
        let shifted = value - sums[3]
        sums[4] += weight * shifted
        sums[5] += weight * shifted * shifted
    }

    /// Cell `cell` as the statistics of a group.
    func group(_ cell: Int) -> TextGroupStatistics {
        values.withUnsafeBufferPointer { values in
            let sums = values.baseAddress! + cell * stride
            func moments(_ at: UnsafePointer<Double>) -> MomentAccumulator {
                MomentAccumulator(count: Int(at[0]), weightSum: at[1], squaredWeightSum: at[2],
                                  reference: at[3], shiftedSum: at[4], shiftedSumOfSquares: at[5])
            }
            let first = cell * samplesPerCell
            let themes = (0..<themeCount).map { theme in
                let base = sums + Self.themeBase + theme * Self.themeSize
                return ThemeStatistics(volume: Int(base[0]), negativeWeight: base[1], sentiment: moments(base + 2),
                                       examples: samples[first + 1 + theme])
            }
            return TextGroupStatistics(comments: Int(sums[0]), weights: SIMD4(sums[1], sums[2], sums[3], 0),
                                       counts: SIMD4(Int(sums[4]), Int(sums[5]), Int(sums[6]), 0),
                                       sentiment: moments(sums + Self.momentsBase), examples: samples[first], themes: themes)
        }
    }
}
