import CXData

/// The sufficient statistics of one group of responses (overall, a period, a segment value).
public struct GroupStatistics: Hashable, Sendable, Codable {
    public var responses = 0
    public var nps = ScoreHistogram(scale: 0...10)
    public var csat: ScoreHistogram
    public var ces: ScoreHistogram
    /// Weighted co-moments of (drivers…, likelihood to recommend), when drivers are mapped
    /// and this group needs them (overall and segments, not periods).
    public var drivers: CoMomentMatrix?

    public init(csatScale: ClosedRange<Int>, cesScale: ClosedRange<Int>, driverCount: Int = 0) {
        csat = ScoreHistogram(scale: csatScale)
        ces = ScoreHistogram(scale: cesScale)
        if driverCount > 0 { drivers = CoMomentMatrix(dimension: driverCount + 1) }
    }

    public mutating func add(_ row: ResponseRow) {
        responses += 1
        if let score = row.nps { nps.add(score, weight: row.weight) }
        if let score = row.csat { csat.add(score, weight: row.weight) }
        if let score = row.ces { ces.add(score, weight: row.weight) }
    }

    public mutating func merge(_ other: GroupStatistics) {
        responses += other.responses
        nps.merge(other.nps)
        csat.merge(other.csat)
        ces.merge(other.ces)
        if let theirs = other.drivers { drivers = drivers.map { $0.merging(theirs) } ?? theirs }
    }
}

/// Responses folded into per-group statistics: overall, per period and per value of
/// each segment column. Everything the measures need, in memory that does not grow
/// with the number of rows; chunks fold separately and `merge` exactly.
public struct ResponseStatistics: Sendable {
    public let periodLength: PeriodLength
    public var overall: GroupStatistics
    /// Keyed by `PeriodLength.index(for:)`.
    public var byPeriod: [Int: GroupStatistics] = [:]
    /// One dictionary per segment column, keyed by the loader's (global) category code.
    public var bySegment: [[Int32: GroupStatistics]]
    /// Per segment column: period index → category code → statistics (trends and heatmaps by segment).
    public var bySegmentPeriod: [[Int: [Int32: GroupStatistics]]]
    public let driverCount: Int
    private let emptyPeriod: GroupStatistics
    private let emptyGroup: GroupStatistics
    /// Reused per row: (driver ratings…, likelihood to recommend).
    private var driverVector: [Double]

    public init(periodLength: PeriodLength, segmentCount: Int, csatScale: ClosedRange<Int>, cesScale: ClosedRange<Int>,
                driverCount: Int = 0) {
        self.periodLength = periodLength
        self.driverCount = driverCount
        emptyPeriod = GroupStatistics(csatScale: csatScale, cesScale: cesScale)
        emptyGroup = GroupStatistics(csatScale: csatScale, cesScale: cesScale, driverCount: driverCount)
        overall = emptyGroup
        bySegment = Array(repeating: [:], count: segmentCount)
        bySegmentPeriod = Array(repeating: [:], count: segmentCount)
        driverVector = [Double](repeating: .nan, count: driverCount + 1)
    }

    public mutating func add(_ row: ResponseRow) {
        overall.add(row)
        let period = row.date.map { periodLength.index(for: $0) }
        if let period { byPeriod[period, default: emptyPeriod].add(row) }
        for (slot, code) in row.segments.enumerated() where code >= 0 {
            bySegment[slot][code, default: emptyGroup].add(row)
            if let period { bySegmentPeriod[slot][period, default: [:]][code, default: emptyPeriod].add(row) }
        }
        guard driverCount > 0 else { return }
        for index in 0..<driverCount { driverVector[index] = row.drivers[index] }
        driverVector[driverCount] = row.nps.map(Double.init) ?? .nan
        overall.drivers?.add(driverVector, weight: row.weight)
        for (slot, code) in row.segments.enumerated() where code >= 0 {
            bySegment[slot][code]!.drivers?.add(driverVector, weight: row.weight)
        }
    }

    /// Adds the statistics of another chunk of the same dataset. Segment codes must
    /// come from the same loader (they are global to a load, not per chunk).
    public mutating func merge(_ other: ResponseStatistics) {
        overall.merge(other.overall)
        for (period, group) in other.byPeriod { byPeriod[period, default: emptyPeriod].merge(group) }
        for slot in bySegment.indices {
            for (code, group) in other.bySegment[slot] { bySegment[slot][code, default: emptyGroup].merge(group) }
            for (period, groups) in other.bySegmentPeriod[slot] {
                for (code, group) in groups { bySegmentPeriod[slot][period, default: [:]][code, default: emptyPeriod].merge(group) }
            }
        }
    }
}
