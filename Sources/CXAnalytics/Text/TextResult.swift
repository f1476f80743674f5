/// Everything the report says about free-text comments, as plain values; encoded as the
/// `text` part of `cxreport analyze --json` (snake_case keys, stable order):
///
///     {"themes": ["delivery", …], "overall": {group}, "segments": {"region": [{"value": "North", group…}]},
///      "nps_groups": {"detractors": {group}, "passives": {…}, "promoters": {…}},
///      "blank_comments": 12, "invalid_weights": 0}
///
/// where a group is `TextGroupResult`. Groups and themes with fewer than
/// `settings.suppressBelow` comments carry no figures or examples; below
/// `settings.lowBaseBelow` they are flagged `low_base`.
public struct TextResult: Hashable, Sendable, Encodable {
    /// The theme names of the dictionary, sorted.
    public var themes: [String]
    public var overall: TextGroupResult
    /// Per segment column (config order), its values sorted by name.
    public var segments: [TextSegmentResults]
    /// Detractors, passives and promoters (those who answered the NPS question).
    public var npsGroups: [TextGroupResult]
    /// Responses without a comment, or with only whitespace.
    public var blankComments: Int
    public var invalidWeights: Int

    /// Figures from folded statistics.
    /// - Parameters:
    ///   - segmentNames: the segment columns, as `ResponseLoader.segmentNames`.
    ///   - segmentValues: per column, code → value, as `ResponseLoader.segmentValues`.
    public init(_ statistics: TextStatistics, segmentNames: [String] = [], segmentValues: [[String]] = [],
                settings: AnalysisSettings = AnalysisSettings()) {
        var statistics = statistics
        statistics.rollUp()  // once, not at every group read
        let bySegment = statistics.bySegment
        precondition(segmentNames.count == bySegment.count && segmentValues.count == segmentNames.count,
                     "one name and one value list per segment column")
        let names = statistics.themeNames
        themes = names
        overall = TextGroupResult(value: nil, statistics.overall, themeNames: names, settings: settings)
        segments = segmentNames.enumerated().map { slot, field in
            let values = bySegment[slot].map { code, group in
                TextGroupResult(value: segmentValues[slot][Int(code)], group, themeNames: names, settings: settings)
            }
            return TextSegmentResults(field: field, values: values.sorted { $0.value! < $1.value! })
        }
        // Detractors first: what they write about is what the report needs most.
        npsGroups = [NPSGroup.detractor, .passive, .promoter].map { group in
            TextGroupResult(value: group.description + "s", statistics.byNPSGroup[group.rawValue], themeNames: names, settings: settings)
        }
        blankComments = statistics.blankComments
        invalidWeights = statistics.invalidWeights
    }

    enum CodingKeys: String, CodingKey {
        case themes, overall, segments, npsGroups = "nps_groups", blankComments = "blank_comments"
        case invalidWeights = "invalid_weights"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(themes, forKey: .themes)
        try container.encode(overall, forKey: .overall)
        var bySegment = container.nestedContainer(keyedBy: FieldKey.self, forKey: .segments)
        for field in segments { try bySegment.encode(field.values, forKey: FieldKey(field.field)) }
        var byGroup = container.nestedContainer(keyedBy: FieldKey.self, forKey: .npsGroups)
        for group in npsGroups { try byGroup.encode(group, forKey: FieldKey(group.value ?? "")) }
        try container.encode(blankComments, forKey: .blankComments)
        try container.encode(invalidWeights, forKey: .invalidWeights)
    }
}
