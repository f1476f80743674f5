import CXAnalytics
import CXCharts
import CXData

/// A ```` ```chart ```` block in a narrative: a YAML spec naming what to draw.
///
///     kind: bar          # bar
///     measure: nps       # nps
///     by: period         # period, or a segment column such as region
///     title: NPS by quarter   # optional
public struct ChartDirective {
    public static let kinds = ["bar"]
    public static let measures = ["nps"]

    public var kind: String
    public var measure: String
    public var by: String
    public var title: String?

    /// Parses the block; `location` is the line of the opening fence in the narrative.
    public static func parse(_ directive: FencedDirective, file: String, fenceLine: Int, segmentFields: [String]) throws -> ChartDirective {
        let spec = try YAMLValue.parse(directive.body, file: file, lineOffset: fenceLine)
        let fence = SourceLocation(file: file, line: fenceLine, column: 1)
        guard spec.isMapping else {
            throw DataError(.invalidSetting(key: "chart", value: directive.body.trimmingCharacters(in: " \n"), expected: "settings such as kind: bar"),
                            at: fence, hint: "write the chart as key: value lines, e.g. kind: bar, measure: nps, by: period")
        }
        func choice(_ key: String, _ allowed: [String], default fallback: String?) throws -> String {
            guard let node = spec[key] else {
                if let fallback { return fallback }
                throw DataError(.missingKey(key), at: fence, hint: "add \(key): one of \(allowed.joined(separator: ", "))")
            }
            let value = try node.string(key)
            guard allowed.contains(value) else {
                let suggestion = ClosestName.suggestion(for: value, among: allowed)
                throw DataError(.invalidSetting(key: key, value: value, expected: "one of \(allowed.joined(separator: ", "))"),
                                at: node.location, hint: suggestion.map { "did you mean \"\($0)\"?" })
            }
            return value
        }
        for (key, value) in spec.entries where !["kind", "measure", "by", "title"].contains(key) {
            throw DataError(.invalidSetting(key: "chart", value: key, expected: "kind, measure, by or title"), at: value.location)
        }
        return ChartDirective(
            kind: try choice("kind", kinds, default: nil),
            measure: try choice("measure", measures, default: "nps"),
            by: try choice("by", ["period"] + segmentFields, default: "period"),
            title: try spec["title"]?.string("title"))
    }

    /// The chart as a figure: SVG plus the data table for readers who cannot see it.
    public func html(analysis: ResponseAnalysis, confidenceLevel: Double) -> String {
        let groups: [(label: String, result: GroupResult)]
        if by == "period" {
            groups = analysis.periods.map { ($0.period, $0.result) }
        } else {
            groups = analysis.segments.first { $0.field == by }?.values.map { ($0.value, $0.result) } ?? []
        }
        let bars = groups.map { label, result in
            BarChart.Bar(label: label, value: result.nps?.score ?? .nan,
                         interval: result.nps.map { ($0.interval.low, $0.interval.high) },
                         n: result.n, suppressed: result.suppressed || result.nps == nil, lowBase: result.lowBase)
        }
        let heading = title ?? "Net Promoter Score by \(by)"
        let chart = BarChart(title: heading, subtitle: "Bars: NPS (−100 to 100); whiskers: \(FixedDecimal.string(confidenceLevel * 100, decimals: 0))% interval",
                             orientation: by == "period" ? .vertical : .horizontal, bars: bars, valueAxis: .nps,
                             sort: .given, decimals: 0, measure: "NPS")
        return """
        <figure class="cx-chart">
        \(chart.svg)
        <details class="cx-chart-data"><summary>Data for this chart</summary>
        \(chart.dataTable)
        </details>
        </figure>
        """
    }
}
