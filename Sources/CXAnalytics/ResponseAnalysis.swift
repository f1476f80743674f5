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
    /// Scales of the expectation ratings and of touchpoint valence as configured, and the
    /// yes/no outcome's column, for axes and wording (not part of the JSON).
    public var gapScale: ClosedRange<Double>?
    public var journeyScale: ClosedRange<Double>?
    public var outcomeName: String?
    /// Weighted distribution of each score, overall (for histograms).
    public var distributions: [String: ScoreHistogram]
    /// Drivers of likelihood to recommend, overall; nil without mapped drivers or data.
    public var drivers: KeyDrivers?
    /// P − E per `expectations:` dimension, overall, in config order.
    public var gaps: [ExpectationGap]
    /// Wanted − received per `sacrifice:` attribute, overall, in config order.
    public var sacrifice: [SacrificeGap]
    /// Touchpoint journey; set by the caller when a touchpoints dataset is analysed.
    public var journey: CustomerJourney?
    /// Revenue and repeat purchase per NPS group; set by the caller when transactions are analysed.
    public var crm: CRMImpact?
    /// Sentiment and themes of the comments; set by the caller when `text:` is mapped.
    public var text: TextResult?
    /// Detractors and low scorers to contact; set by the caller.
    public var followUp: FollowUpList?
    public var dataQuality: DataQuality
    /// What was wrong with the linked datasets (touchpoints, transactions), in that order.
    public var linkedDataQuality: [DataQuality] = []

    public init(statistics: ResponseStatistics, segmentNames: [String], segmentValues: [[String]], driverNames: [String],
                expectationNames: [String] = [], sacrificeNames: [String] = [],
                dataQuality: DataQuality, settings: AnalysisSettings) {
        var statistics = statistics
        statistics.rollUp()
        self.settings = settings
        csatScale = statistics.overall.csat.scale
        cesScale = statistics.overall.ces.scale
        distributions = ["nps": statistics.overall.nps, "csat": statistics.overall.csat, "ces": statistics.overall.ces]
        let level = settings.confidenceLevel
        overall = GroupResult(statistics.overall, settings: settings, expectationNames: expectationNames, sacrificeNames: sacrificeNames)
        gaps = overall.gaps ?? []
        sacrifice = overall.sacrifice ?? []
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
                let result = GroupResult(group, settings: settings, expectationNames: expectationNames, sacrificeNames: sacrificeNames)
                var rest = statistics.overall
                rest.responses -= group.responses
                rest.nps = rest.nps.subtracting(group.nps)
                rest.csat = rest.csat.subtracting(group.csat)
                rest.ces = rest.ces.subtracting(group.ces)
                rest.outcome = rest.outcome.subtracting(group.outcome)
                rest.expectations = []
                rest.sacrifices = []
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
        case settings, overall, periods, latestChange = "latest_change", segments, drivers, gaps, sacrifice, journey, text, crm
        case followUp = "follow_up", dataQuality = "data_quality", linkedDataQuality = "linked_data_quality"
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
        try container.encode(gaps, forKey: .gaps)
        try container.encode(sacrifice, forKey: .sacrifice)
        try container.encode(journey, forKey: .journey)
        try container.encode(text, forKey: .text)
        try container.encode(crm, forKey: .crm)
        try container.encode(followUp, forKey: .followUp)
        try container.encode(dataQuality, forKey: .dataQuality)
        try container.encode(linkedDataQuality, forKey: .linkedDataQuality)
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

    enum CodingKeys: String, CodingKey { case value, versusRest = "versus_rest", topDriver = "top_driver", gaps, sacrifice }

    /// Flat like `PeriodResult`, plus `gaps` and `sacrifice` (null when not folded).
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        try result.encode(to: encoder)
        try container.encode(result.gaps, forKey: .gaps)
        try container.encode(result.sacrifice, forKey: .sacrifice)
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
