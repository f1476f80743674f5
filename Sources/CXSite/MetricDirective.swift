import CXAnalytics
import CXCharts
import CXData

/// A ```` ```metric ```` block: KPI tiles for one or more measures in the latest
/// period (or over all responses), with the change against the previous period stated
/// only when it is significant, the interval, n and a sparkline of every period.
///
///     measure: [nps, csat, ces]   # one measure or a list
///     period: latest              # latest (default) or overall
public struct MetricDirective {
    public var measures: [ReportMeasure]
    public var overall: Bool

    public static func parse(_ directive: FencedDirective, file: String, fenceLine: Int) throws -> MetricDirective {
        let spec = try DirectiveSpec(directive, file: file, fenceLine: fenceLine, keys: ["measure", "period"])
        let allowed = ReportMeasure.allCases.map(\.rawValue)
        var measures: [ReportMeasure] = [.nps]
        if let node = spec.yaml["measure"] {
            measures = try node.strings("measure").map { name in
                guard let measure = ReportMeasure(rawValue: name) else {
                    throw DataError(.invalidSetting(key: "measure", value: name, expected: "one of \(allowed.joined(separator: ", "))"),
                                    at: node.location, hint: ClosestName.suggestion(for: name, among: allowed).map { "did you mean \"\($0)\"?" })
                }
                return measure
            }
        }
        let period = try spec.choice("period", ["latest", "overall"], default: "latest")
        return MetricDirective(measures: measures, overall: period == "overall")
    }

    public func html(analysis: ResponseAnalysis) -> String {
        let tiles = measures.map { tile($0, analysis).svg }
        return "<div class=\"cx-metrics\">\n" + tiles.joined(separator: "\n") + "\n</div>"
    }

    func tile(_ measure: ReportMeasure, _ analysis: ResponseAnalysis) -> KPITile {
        let history = analysis.periods.compactMap { period in measure.reading(period.result).map { (period.period, $0.value) } }
        let latest = analysis.periods.last
        let result = overall ? analysis.overall : latest?.result
        let reading = result.flatMap(measure.reading)
        let change = overall ? nil : analysis.latestChange.first { $0.measure.rawValue == measure.rawValue }
        let title = overall ? "\(measure.displayName), all responses" : "\(measure.displayName), \(latest?.period ?? "latest period")"
        return KPITile(title: title, value: reading?.value, decimals: measure.decimals, suffix: measure.suffix,
                       change: change.flatMap { $0.significant ? $0.comparison.difference : nil },
                       changeLabel: change.map { "vs \($0.from)" } ?? "vs previous",
                       interval: reading.map { ($0.low, $0.high) }, n: reading?.n ?? result?.n,
                       suppressed: result?.suppressed ?? true,
                       history: history.map(\.1), historyLabels: history.map(\.0),
                       note: change.map { $0.significant ? "significant at \(FixedDecimal.string(analysis.settings.confidenceLevel * 100, decimals: 0))%" : "no significant change vs \($0.from)" })
    }
}
