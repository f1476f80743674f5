import CXAnalytics
import CXCharts

/// The voice of the customer as charts: how negative the comments on each theme are.
extension ChartDirective {
    /// Share of negative comments per theme (whiskers: Wilson interval), most negative
    /// first; `segment:` draws one segment value's themes.
    func themeChart(_ analysis: ResponseAnalysis) -> BarChart {
        let level = FixedDecimal.string(analysis.settings.confidenceLevel * 100, decimals: 0)
        let bars = (analysis.textResult(in: segment)?.themes ?? []).map { theme in
            BarChart.Bar(label: theme.name, value: theme.negativeShare ?? .nan,
                         interval: theme.negativeInterval.map { ($0.low, $0.high) }, n: theme.volume,
                         suppressed: theme.suppressed || theme.negativeShare == nil, lowBase: theme.lowBase)
        }
        return BarChart(title: title ?? "How negative customers are about each theme\(scope)",
                        subtitle: "Share of negative comments per theme; whiskers: \(level)% interval",
                        orientation: .horizontal, bars: bars, valueAxis: .percent, sort: .descending, decimals: 0, measure: "Negative")
    }
}
