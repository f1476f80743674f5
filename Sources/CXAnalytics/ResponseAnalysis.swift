import CXData

/// How results are computed and shown: confidence level and the small-group rules.
public struct AnalysisSettings: Sendable, Hashable {
    public var confidenceLevel: Double
    /// Groups with fewer answers than this are withheld.
    public var suppressBelow: Int
    /// Groups with fewer answers than this are flagged as low base.
    public var lowBaseBelow: Int

    public init(confidenceLevel: Double = 0.95, suppressBelow: Int = 5, lowBaseBelow: Int = 30) {
        self.confidenceLevel = confidenceLevel
        self.suppressBelow = suppressBelow
        self.lowBaseBelow = lowBaseBelow
    }

    public init(_ config: ProjectConfig) {
        self.init(confidenceLevel: config.confidenceLevel, suppressBelow: config.suppressBelow, lowBaseBelow: config.lowBaseBelow)
    }

    /// Two-sided critical value of the standard normal for `confidenceLevel`.
    public var z: Double {
        switch confidenceLevel {
        case 0.8: return 1.2815515655446004
        case 0.9: return 1.6448536269514722
        case 0.99: return 2.5758293035489004
        default: return 1.959963984540054
        }
    }
}

/// The headline measures of one group, with its base size and small-group flags.
public struct GroupResult: Hashable, Sendable, Codable {
    /// Responses in the group (any answer).
    public var n: Int
    /// nil when the group is suppressed or nobody answered the question.
    public var nps: NetPromoterScore?
    /// Fewer than `suppressBelow` responses: no figure is shown.
    public var suppressed: Bool
    /// Fewer than `lowBaseBelow` responses: figures are shown with a warning.
    public var lowBase: Bool

    public init(_ statistics: GroupStatistics, settings: AnalysisSettings) {
        n = statistics.responses
        suppressed = n < settings.suppressBelow
        lowBase = !suppressed && n < settings.lowBaseBelow
        nps = suppressed || statistics.nps.count < settings.suppressBelow
            ? nil : NetPromoterScore(histogram: statistics.nps, confidenceLevel: settings.confidenceLevel, z: settings.z)
    }
}

public struct PeriodResult: Hashable, Sendable, Codable {
    /// "2025-Q1", "2025-03" or "2025".
    public var period: String
    public var result: GroupResult
}

public struct SegmentValueResult: Hashable, Sendable, Codable {
    public var value: String
    public var result: GroupResult
}

public struct SegmentResults: Hashable, Sendable, Codable {
    /// The segment column, e.g. "region".
    public var field: String
    /// Values sorted by name.
    public var values: [SegmentValueResult]
}

/// Everything the report says about the responses dataset, as plain values.
public struct ResponseAnalysis: Hashable, Sendable, Codable {
    public var overall: GroupResult
    public var periods: [PeriodResult]
    public var segments: [SegmentResults]
    public var dataQuality: DataQuality

    public init(statistics: ResponseStatistics, segmentNames: [String], segmentValues: [[String]],
                dataQuality: DataQuality, settings: AnalysisSettings) {
        overall = GroupResult(statistics.overall, settings: settings)
        periods = statistics.byPeriod.keys.sorted().map { index in
            PeriodResult(period: statistics.periodLength.label(forIndex: index),
                         result: GroupResult(statistics.byPeriod[index]!, settings: settings))
        }
        segments = segmentNames.enumerated().map { slot, name in
            let values = statistics.bySegment[slot].map { code, group in
                SegmentValueResult(value: segmentValues[slot][Int(code)], result: GroupResult(group, settings: settings))
            }
            return SegmentResults(field: name, values: values.sorted { $0.value < $1.value })
        }
        self.dataQuality = dataQuality
    }
}
