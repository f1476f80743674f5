import CXData

/// The sufficient statistics of one group of responses (overall, a period, a segment value).
public struct GroupStatistics: Hashable, Sendable, Codable {
    public var responses = 0
    public var nps = ScoreHistogram(scale: 0...10)
    public var csat: ScoreHistogram
    public var ces: ScoreHistogram
    /// Yes/no outcome answers on 0…1 (`OutcomeShare`).
    public var outcome = ScoreHistogram(scale: OutcomeShare.scale)
    /// One per `expectations:` dimension, in config order, when this group needs them
    /// (overall and segments, not periods); empty otherwise.
    public var expectations: [PairedGapStatistics] = []
    /// One per `sacrifice:` attribute, in config order, like `expectations`.
    public var sacrifices: [PairedGapStatistics] = []
    /// Weighted co-moments of (drivers…, likelihood to recommend), when drivers are mapped
    /// and this group needs them (overall and segments, not periods).
    public var drivers: CoMomentMatrix?

    public init(csatScale: ClosedRange<Int>, cesScale: ClosedRange<Int>, driverCount: Int = 0,
                expectationCount: Int = 0, sacrificeCount: Int = 0) {
        csat = ScoreHistogram(scale: csatScale)
        ces = ScoreHistogram(scale: cesScale)
        if driverCount > 0 { drivers = CoMomentMatrix(dimension: driverCount + 1) }
        expectations = Array(repeating: PairedGapStatistics(), count: expectationCount)
        sacrifices = Array(repeating: PairedGapStatistics(), count: sacrificeCount)
    }

    public mutating func add(_ row: ResponseRow) {
        responses += 1
        if let score = row.nps { nps.add(score, weight: row.weight) }
        if let score = row.csat { csat.add(score, weight: row.weight) }
        if let score = row.ces { ces.add(score, weight: row.weight) }
        if let answer = row.outcome { outcome.add(answer ? 1 : 0, weight: row.weight) }
        for index in expectations.indices { expectations[index].add(row.expectations[index], weight: row.weight) }
        for index in sacrifices.indices { sacrifices[index].add(row.sacrifices[index], weight: row.weight) }
    }

    /// Adds the row and, when this group keeps driver co-moments, its vector of
    /// (driver ratings…, likelihood to recommend), in one access to the group.
    @inline(__always)
    mutating func add(_ row: ResponseRow, driverVector: [Double]) {
        add(row)
        drivers?.add(driverVector, weight: row.weight)
    }

    public mutating func merge(_ other: GroupStatistics) {
        responses += other.responses
        nps.merge(other.nps)
        csat.merge(other.csat)
        ces.merge(other.ces)
        outcome.merge(other.outcome)
        if expectations.isEmpty { expectations = other.expectations } else {
            for index in other.expectations.indices { expectations[index].merge(other.expectations[index]) }
        }
        if sacrifices.isEmpty { sacrifices = other.sacrifices } else {
            for index in other.sacrifices.indices { sacrifices[index].merge(other.sacrifices[index]) }
        }
        if let theirs = other.drivers { drivers = drivers.map { $0.merging(theirs) } ?? theirs }
    }

    /// Merges only what period groups keep: counts and the headline histograms, not
    /// gaps or driver co-moments.
    mutating func mergeHeadline(_ other: GroupStatistics) {
        responses += other.responses
        nps.merge(other.nps)
        csat.merge(other.csat)
        ces.merge(other.ces)
        outcome.merge(other.outcome)
    }
}

/// Responses folded into per-group statistics: overall, per period and per value of
/// each segment column. Everything the measures need, in memory that does not grow
/// with the number of rows; chunks fold separately and `merge` exactly.
///
/// Each row is added once, to the cell of its (period, segment values) combination;
/// cells roll up into the overall, period and segment groups by `merge` — the
/// `GROUP BY` then `ROLLUP` a database would do. That is one group update per row
/// instead of one per group the row belongs to (eight with three segment columns).
/// A cell keeps plain sums in one flat buffer (`CellSums`), turned into a group's
/// statistics when it rolls up. Cells are bounded (`maximumCells`): when full, or before anything is read, they
/// roll up in the order they were first met, so the sums are added in the same order on
/// every run, whatever codes the segment values got (`CellTable`).
public struct ResponseStatistics: Sendable {
    public let periodLength: PeriodLength
    public let driverCount: Int
    private var rolled: Groups
    /// Pending cells by (period, segment codes), up to `CellKey.segmentCapacity` segment
    /// columns; cell i's sums are cell i of `sums`.
    private var cells = CellTable<Void>()
    private var sums: CellSums
    private let segmentCount: Int
    private let emptyPeriod: GroupStatistics
    private let emptyGroup: GroupStatistics
    /// Reused per row: (driver ratings…, likelihood to recommend).
    private var driverVector: [Double]
    /// Pending cells kept before they roll up; bounds memory whatever the cardinality.
    let maximumCells: Int

    private struct Groups: Sendable {
        var overall: GroupStatistics
        var byPeriod: [Int: GroupStatistics] = [:]
        var bySegment: [[Int32: GroupStatistics]]
        var bySegmentPeriod: [[Int: [Int32: GroupStatistics]]]
    }

    /// A cell's leading code when the row has no date (no period).
    private static let noPeriod = Int32.min

    /// - Parameters:
    ///   - expectationCount: `expectations:` dimensions (P − E gaps, overall and per segment).
    ///   - sacrificeCount: `sacrifice:` attributes (wanted − received, overall and per segment).
    public init(periodLength: PeriodLength, segmentCount: Int, csatScale: ClosedRange<Int>, cesScale: ClosedRange<Int>,
                driverCount: Int = 0, expectationCount: Int = 0, sacrificeCount: Int = 0) {
        self.init(periodLength: periodLength, segmentCount: segmentCount, csatScale: csatScale, cesScale: cesScale,
                  driverCount: driverCount, expectationCount: expectationCount, sacrificeCount: sacrificeCount, maximumCells: 2_048)
    }

    init(periodLength: PeriodLength, segmentCount: Int, csatScale: ClosedRange<Int>, cesScale: ClosedRange<Int>,
         driverCount: Int, expectationCount: Int, sacrificeCount: Int, maximumCells: Int) {
        self.maximumCells = maximumCells
        self.periodLength = periodLength
        self.driverCount = driverCount
        self.segmentCount = segmentCount
        emptyPeriod = GroupStatistics(csatScale: csatScale, cesScale: cesScale)
        emptyGroup = GroupStatistics(csatScale: csatScale, cesScale: cesScale, driverCount: driverCount,
                                     expectationCount: expectationCount, sacrificeCount: sacrificeCount)
        rolled = Groups(overall: emptyGroup, bySegment: Array(repeating: [:], count: segmentCount),
                        bySegmentPeriod: Array(repeating: [:], count: segmentCount))
        driverVector = [Double](repeating: .nan, count: driverCount + 1)
        sums = CellSums(shapedLike: emptyGroup)
    }

    /// All responses.
    public var overall: GroupStatistics { rolledUp.overall }
    /// Keyed by `PeriodLength.index(for:)`.
    public var byPeriod: [Int: GroupStatistics] { rolledUp.byPeriod }
    /// One dictionary per segment column, keyed by the loader's (global) category code.
    public var bySegment: [[Int32: GroupStatistics]] { rolledUp.bySegment }
    /// Per segment column: period index → category code → statistics (trends and heatmaps by segment).
    public var bySegmentPeriod: [[Int: [Int32: GroupStatistics]]] { rolledUp.bySegmentPeriod }

    private var rolledUp: Groups {
        if cells.isEmpty { return rolled }
        var copy = self
        copy.rollUp()
        return copy.rolled
    }

    public mutating func add(_ row: ResponseRow) {
        let period = row.date.map { periodLength.index(for: $0) }
        guard segmentCount <= CellKey.segmentCapacity else { return addToGroups(row, period: period) }
        let key = CellKey(lead: period.map { Int32(truncatingIfNeeded: $0) } ?? Self.noPeriod, segments: row.segments)
        let cell = cells.index(of: key, default: ())
        if cell == sums.cellCount { sums.appendCell() }
        sums.add(row, toCell: cell)
        if cells.count > maximumCells { rollUp() }
    }

    /// Rolls the pending cells up into the overall, period and segment groups. Reading a
    /// group does this on a copy; call it once before reading many groups to do it once.
    public mutating func rollUp() {
        guard !cells.isEmpty else { return }
        for index in cells.keys.indices {
            let cell = cells.keys[index], group = sums.group(index, empty: emptyGroup)
            rolled.overall.merge(group)
            let period = cell.lead == Self.noPeriod ? nil : Int(cell.lead)
            if let period { rolled.byPeriod[period, default: emptyPeriod].mergeHeadline(group) }
            for slot in 0..<segmentCount {
                let code = cell.segment(slot)
                guard code >= 0 else { continue }
                rolled.bySegment[slot][code, default: emptyGroup].merge(group)
                if let period { rolled.bySegmentPeriod[slot][period, default: [:]][code, default: emptyPeriod].mergeHeadline(group) }
            }
        }
        cells.removeAll()
        sums.removeAll()
    }

    /// The direct path for more segment columns than a cell holds.
    private mutating func addToGroups(_ row: ResponseRow, period: Int?) {
        if driverCount > 0 {
            for index in 0..<driverCount { driverVector[index] = row.drivers[index] }
            driverVector[driverCount] = row.nps.map(Double.init) ?? .nan
        }
        rolled.overall.add(row, driverVector: driverVector)
        if let period { rolled.byPeriod[period, default: emptyPeriod].add(row) }
        for slot in row.segments.indices {
            let code = row.segments[slot]
            guard code >= 0 else { continue }
            rolled.bySegment[slot][code, default: emptyGroup].add(row, driverVector: driverVector)
            if let period { rolled.bySegmentPeriod[slot][period, default: [:]][code, default: emptyPeriod].add(row) }
        }
    }

    /// Adds the statistics of another chunk of the same dataset. Segment codes must
    /// come from the same loader (they are global to a load, not per chunk).
    public mutating func merge(_ other: ResponseStatistics) {
        rollUp()
        let theirs = other.rolledUp
        rolled.overall.merge(theirs.overall)
        for (period, group) in theirs.byPeriod { rolled.byPeriod[period, default: emptyPeriod].merge(group) }
        for slot in rolled.bySegment.indices {
            for (code, group) in theirs.bySegment[slot] { rolled.bySegment[slot][code, default: emptyGroup].merge(group) }
            for (period, groups) in theirs.bySegmentPeriod[slot] {
                for (code, group) in groups { rolled.bySegmentPeriod[slot][period, default: [:]][code, default: emptyPeriod].merge(group) }
            }
        }
    }
}
