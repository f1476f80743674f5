import CXData

/// Everything the report says about the responses dataset, as plain values; encoded
/// as the stable JSON of `cxreport analyze --json` (snake_case keys, no timestamps).
public struct ResponseAnalysis: Hashable, Sendable, Encodable {
    public var settings: AnalysisSettings
    public var overall: GroupResult
    public var periods: [PeriodResult]
    /// Latest period against the one before, per measure.
    public var latestChange: [MeasureChange]
    public var segments: [SegmentResults]
    /// Rating scales of CSAT and CES as configured, for axes and wording.
    public var csatScale: ClosedRange<Int>
    public var cesScale: ClosedRange<Int>
    /// Weighted distribution of each score, overall (for histograms).
    public var distributions: [String: ScoreHistogram]
    /// Drivers of likelihood to recommend, overall; nil without mapped drivers or data.
    public var drivers: KeyDrivers?
    public var dataQuality: DataQuality

    public init(statistics: ResponseStatistics, segmentNames: [String], segmentValues: [[String]], driverNames: [String],
                dataQuality: DataQuality, settings: AnalysisSettings) {
        self.settings = settings
        csatScale = statistics.overall.csat.scale
        cesScale = statistics.overall.ces.scale
        distributions = ["nps": statistics.overall.nps, "csat": statistics.overall.csat, "ces": statistics.overall.ces]
        let level = settings.confidenceLevel
        overall = GroupResult(statistics.overall, settings: settings)
        periods = statistics.byPeriod.keys.sorted().map { index in
            PeriodResult(period: statistics.periodLength.label(forIndex: index),
                         result: GroupResult(statistics.byPeriod[index]!, settings: settings))
        }
        if periods.count >= 2 {
            let previous = periods[periods.count - 2], latest = periods[periods.count - 1]
            latestChange = MeasureChange.between(previous.result, latest.result, from: previous.period, to: latest.period, level: level)
        } else {
            latestChange = []
        }
        let minimumDriverN = max(settings.lowBaseBelow, 10 * driverNames.count)
        drivers = statistics.overall.drivers.flatMap {
            KeyDrivers(moments: $0, driverNames: driverNames, outcome: "nps", minimumN: minimumDriverN)
        }
        segments = segmentNames.enumerated().map { slot, name in
            let values = statistics.bySegment[slot].map { code, group -> SegmentValueResult in
                let result = GroupResult(group, settings: settings)
                var rest = statistics.overall
                rest.responses -= group.responses
                rest.nps = rest.nps.subtracting(group.nps)
                rest.csat = rest.csat.subtracting(group.csat)
                rest.ces = rest.ces.subtracting(group.ces)
                let restResult = GroupResult(rest, settings: settings)
                let value = segmentValues[slot][Int(code)]
                return SegmentValueResult(
                    value: value, result: result,
                    versusRest: result.suppressed ? [] : MeasureChange.between(restResult, result, from: "rest", to: value, level: level),
                    drivers: result.suppressed ? nil : group.drivers.flatMap {
                        KeyDrivers(moments: $0, driverNames: driverNames, outcome: "nps", minimumN: minimumDriverN)
                    })
            }
            let byPeriod = statistics.bySegmentPeriod[slot].keys.sorted().map { index -> SegmentPeriodResults in
                let groups = statistics.bySegmentPeriod[slot][index]!
                let values = groups.map { code, group in
                    SegmentPeriodResults.Value(value: segmentValues[slot][Int(code)], result: GroupResult(group, settings: settings))
                }
                return SegmentPeriodResults(period: statistics.periodLength.label(forIndex: index), values: values.sorted { $0.value < $1.value })
            }
            return SegmentResults(field: name, values: values.sorted { $0.value < $1.value }, byPeriod: byPeriod)
        }
        self.dataQuality = dataQuality
    }

    enum CodingKeys: String, CodingKey {
        case settings, overall, periods, latestChange = "latest_change", segments, drivers, dataQuality = "data_quality"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(settings, forKey: .settings)
        try container.encode(overall, forKey: .overall)
        try container.encode(periods, forKey: .periods)
        try container.encode(latestChange, forKey: .latestChange)
        var bySegment = container.nestedContainer(keyedBy: FieldKey.self, forKey: .segments)
        for field in segments { try bySegment.encode(field.values, forKey: FieldKey(field.field)) }
        try container.encode(drivers, forKey: .drivers)
        try container.encode(dataQuality, forKey: .dataQuality)
    }
}

/// A JSON key named by data (a segment column).
struct FieldKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

public struct PeriodResult: Hashable, Sendable, Encodable {
    /// "2025-Q1", "2025-03" or "2025".
    public var period: String
    public var result: GroupResult

    enum CodingKeys: String, CodingKey { case period }

    /// Flat: `{"period": "2025-Q1", "n": …, "nps": {…}, …}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(period, forKey: .period)
        try result.encode(to: encoder)
    }
}

public struct SegmentValueResult: Hashable, Sendable, Encodable {
    public var value: String
    public var result: GroupResult
    /// This value against all other responses.
    public var versusRest: [MeasureChange]
    /// What drives recommendation in this segment; nil when the group is too small.
    public var drivers: KeyDrivers?

    enum CodingKeys: String, CodingKey { case value, versusRest = "versus_rest", topDriver = "top_driver" }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try result.encode(to: encoder)
        try container.encode(versusRest, forKey: .versusRest)
        try container.encode(drivers?.topDriver, forKey: .topDriver)
    }
}

public struct SegmentResults: Hashable, Sendable {
    /// The segment column, e.g. "region".
    public var field: String
    /// Values sorted by name.
    public var values: [SegmentValueResult]
    /// Each period's results per value, periods in time order.
    public var byPeriod: [SegmentPeriodResults]

    /// The result of `value` in `period`, if any responses fell there.
    public func result(value: String, period: String) -> GroupResult? {
        byPeriod.first { $0.period == period }?.values.first { $0.value == value }?.result
    }
}

/// One period's results for each value of a segment column.
public struct SegmentPeriodResults: Hashable, Sendable {
    public struct Value: Hashable, Sendable {
        public var value: String
        public var result: GroupResult
    }

    public var period: String
    public var values: [Value]
}
