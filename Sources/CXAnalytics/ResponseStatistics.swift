import CXData

/// The sufficient statistics of one group of responses (overall, a period, a segment value).
public struct GroupStatistics: Hashable, Sendable, Codable {
    public var responses = 0
    public var nps = ScoreHistogram(scale: 0...10)
    public var csat: ScoreHistogram
    public var ces: ScoreHistogram

    public init(csatScale: ClosedRange<Int>, cesScale: ClosedRange<Int>) {
        csat = ScoreHistogram(scale: csatScale)
        ces = ScoreHistogram(scale: cesScale)
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
    }
}

/// Responses folded into per-group statistics: overall, per period and per value of
/// each segment column. Everything the headline measures need, in memory that does
/// not grow with the number of rows.
public struct ResponseStatistics: Sendable {
    public let periodLength: PeriodLength
    public var overall: GroupStatistics
    /// Keyed by `PeriodLength.index(for:)`.
    public var byPeriod: [Int: GroupStatistics] = [:]
    /// One dictionary per segment column, keyed by the loader's category code.
    public var bySegment: [[Int32: GroupStatistics]]
    private let empty: GroupStatistics

    public init(periodLength: PeriodLength, segmentCount: Int, csatScale: ClosedRange<Int>, cesScale: ClosedRange<Int>) {
        self.periodLength = periodLength
        empty = GroupStatistics(csatScale: csatScale, cesScale: cesScale)
        overall = empty
        bySegment = Array(repeating: [:], count: segmentCount)
    }

    public mutating func add(_ row: ResponseRow) {
        overall.add(row)
        if let date = row.date {
            byPeriod[periodLength.index(for: date), default: empty].add(row)
        }
        for (slot, code) in row.segments.enumerated() where code >= 0 {
            bySegment[slot][code, default: empty].add(row)
        }
    }

    /// Adds the statistics of another chunk of the same dataset. Segment codes must
    /// come from the same loader (they are global to a load, not per chunk).
    public mutating func merge(_ other: ResponseStatistics) {
        overall.merge(other.overall)
        for (period, group) in other.byPeriod { byPeriod[period, default: empty].merge(group) }
        for slot in bySegment.indices {
            for (code, group) in other.bySegment[slot] { bySegment[slot][code, default: empty].merge(group) }
        }
    }
}
