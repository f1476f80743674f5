import CXAnalytics
import CXCharts
import CXData

/// A ```` ```chart ```` block in a narrative: a YAML spec naming what to draw.
///
///     kind: bar            # bar, trend, composition, heatmap, histogram, drivers, driver-weights,
///                          # gaps, sacrifice, journey, moments, crm, themes
///     measure: nps         # nps, csat, ces or outcome
///     by: period           # period, or a segment column such as region
///     title: NPS by quarter   # optional
///
/// Unknown keys, kinds, measures or groupings are located errors that list the valid ones.
public struct ChartDirective {
    public enum Kind: String, CaseIterable, Sendable {
        case bar, trend, composition, heatmap, histogram, drivers
        case driverWeights = "driver-weights"
        /// Expected vs perceived per `expectations:` dimension; wanted vs received per `sacrifice:` attribute.
        case gaps, sacrifice
        /// The touchpoints' emotion curve across stages; the touchpoints that let most customers down.
        case journey, moments
        /// Revenue per customer by promoter, passive and detractor.
        case crm
        /// Share of negative comments per theme.
        case themes
    }

    public var kind: Kind
    public var measure: ReportMeasure
    /// "period" or a segment column.
    public var by: String
    public var title: String?
    /// For driver and gap charts: restrict to one segment value, written `region=North`.
    public var segment: (field: String, value: String)?

    /// What titles and captions add for the segment shown (`SegmentScope`).
    var scope: String { SegmentScope.suffix(segment) }

    /// Parses the block; `fenceLine` is the line of the opening fence in `file`.
    /// `currentSegment` is the segment of a page made from a segment template, which
    /// `segment: current` refers to.
    public static func parse(_ directive: FencedDirective, file: String, fenceLine: Int, segmentFields: [String],
                             currentSegment: (field: String, value: String)? = nil) throws -> ChartDirective {
        let spec = try DirectiveSpec(directive, file: file, fenceLine: fenceLine, keys: ["kind", "measure", "by", "title", "segment"])
        let kind = try spec.choice("kind", Kind.allCases.map(\.rawValue), default: nil)
        var chart = ChartDirective(
            kind: Kind(rawValue: kind)!,
            measure: ReportMeasure(rawValue: try spec.choice("measure", ReportMeasure.allCases.map(\.rawValue), default: "nps"))!,
            by: try spec.choice("by", ["period"] + segmentFields, default: kind == "heatmap" ? segmentFields.first ?? "period" : "period"),
            title: try spec.text("title"))
        if let segment = try spec.text("segment"), segment == "current" {
            guard let currentSegment else {
                throw DataError(.invalidSetting(key: "segment", value: segment, expected: "column=value outside a segment page"),
                                at: spec.location(of: "segment"), hint: "segment: current works in templates named after a segment column, such as content/_region.md")
            }
            chart.segment = currentSegment
        } else if let segment = try spec.text("segment") {
            let parts = segment.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: " ") }
            guard parts.count == 2, segmentFields.contains(parts[0]) else {
                throw DataError(.invalidSetting(key: "segment", value: segment, expected: "column=value with a segment column (\(segmentFields.joined(separator: ", ")))"),
                                at: spec.location(of: "segment"))
            }
            chart.segment = (parts[0], parts[1])
        }
        if chart.kind == .heatmap && chart.by == "period" {
            throw DataError(.invalidSetting(key: "by", value: "period", expected: "a segment column for a heatmap (rows: its values, columns: periods)"),
                            at: spec.location(of: "by"), hint: segmentFields.first.map { "try by: \($0)" })
        }
        return chart
    }
}
