import CXAnalytics
import CXCharts
import CXData

extension ChartDirective {
    /// The chart as a figure: SVG plus its data table for readers who cannot see it.
    public func html(analysis: ResponseAnalysis) -> String {
        ChartFigure.html(chart(analysis: analysis))
    }

    /// The groups a chart compares: periods, or the values of a segment column.
    func groups(_ analysis: ResponseAnalysis) -> [(label: String, result: GroupResult)] {
        if by == "period" { return analysis.periods.map { ($0.period, $0.result) } }
        return analysis.segments.first { $0.field == by }?.values.map { ($0.value, $0.result) } ?? []
    }

    var byName: String { by == "period" ? "period" : by.replacingOccurrences(of: "_", with: " ") }

    func chart(analysis: ResponseAnalysis) -> any Chart {
        switch kind {
        case .bar: return barChart(analysis)
        case .trend: return trendChart(analysis)
        case .composition: return compositionChart(analysis)
        case .heatmap: return heatmap(analysis)
        case .histogram: return histogram(analysis)
        case .drivers: return driverMap(analysis)
        case .driverWeights: return driverWeights(analysis)
        case .gaps: return gapChart(analysis)
        case .sacrifice: return sacrificeChart(analysis)
        case .journey: return journeyChart(analysis)
        case .moments: return momentsChart(analysis)
        case .crm: return crmChart(analysis)
        case .themes: return themeChart(analysis)
        }
    }

    private func barChart(_ analysis: ResponseAnalysis) -> BarChart {
        let bars = groups(analysis).map { label, result in
            let reading = measure.reading(result)
            return BarChart.Bar(label: label, value: reading?.value ?? .nan, interval: reading.map { ($0.low, $0.high) },
                                n: reading?.n ?? result.n, suppressed: result.suppressed || reading == nil, lowBase: result.lowBase)
        }
        return BarChart(title: title ?? "\(measure.longName) by \(byName)", subtitle: measure.subtitle(analysis),
                        orientation: by == "period" ? .vertical : .horizontal, bars: bars, valueAxis: measure.axis(analysis),
                        sort: .given, decimals: measure.decimals, measure: measure.displayName)
    }

    private func point(_ result: GroupResult?) -> TrendChart.Point {
        guard let result, let reading = measure.reading(result) else {
            return TrendChart.Point(value: nil, n: result?.n, suppressed: result?.suppressed ?? false)
        }
        return TrendChart.Point(value: reading.value, interval: (reading.low, reading.high), n: reading.n, suppressed: result.suppressed)
    }

    private func trendChart(_ analysis: ResponseAnalysis) -> TrendChart {
        let periods = analysis.periods.map(\.period)
        var series: [TrendChart.Series]
        if by == "period" {
            series = [TrendChart.Series(name: "All responses", points: analysis.periods.map { point($0.result) })]
        } else {
            let field = analysis.segments.first { $0.field == by }
            series = (field?.values ?? []).map { value in
                TrendChart.Series(name: value.value, points: periods.map { point(field?.result(value: value.value, period: $0)) })
            }
        }
        return TrendChart(title: title ?? "\(measure.longName) over time" + (by == "period" ? "" : " by \(byName)"),
                          subtitle: measure.subtitle(analysis).replacingOccurrences(of: "whiskers", with: "band"),
                          periods: periods, series: series, valueAxis: measure.axis(analysis), decimals: measure.decimals)
    }

    private func compositionChart(_ analysis: ResponseAnalysis) -> StackedBarChart {
        let rows = groups(analysis).map { label, result in
            StackedBarChart.NPSRow(label: label, detractors: result.nps?.detractors ?? 0, passives: result.nps?.passives ?? 0,
                                   promoters: result.nps?.promoters ?? 0, n: result.nps?.n ?? result.n,
                                   suppressed: result.suppressed || result.nps == nil)
        }
        return StackedBarChart.nps(title: title ?? "Promoters, passives and detractors by \(byName)",
                                   subtitle: "Share of answers: detractors 0–6, passives 7–8, promoters 9–10", rows: rows)
    }

    private func heatmap(_ analysis: ResponseAnalysis) -> Heatmap {
        let field = analysis.segments.first { $0.field == by }
        let periods = analysis.periods.map(\.period)
        let values = field?.values.map(\.value) ?? []
        let cells = values.map { value in
            periods.map { period -> Heatmap.Cell in
                let result = field?.result(value: value, period: period)
                let reading = result.flatMap(measure.reading)
                return Heatmap.Cell(value: reading?.value, n: reading?.n ?? result?.n, suppressed: result?.suppressed ?? false)
            }
        }
        return Heatmap(title: title ?? "\(measure.longName) by \(byName) and period", subtitle: measure.subtitle(analysis).components(separatedBy: ";").first,
                       rowNames: values, columnNames: periods, cells: cells, valueAxis: measure.axis(analysis), decimals: measure.decimals)
    }

    private func histogram(_ analysis: ResponseAnalysis) -> Histogram {
        let distribution = analysis.distributions[measure.rawValue]
        let bins = (distribution?.scale ?? 0...10).map { score -> Histogram.Bin in
            let weight = distribution.map { $0.weights[score - $0.scale.lowerBound] } ?? 0
            let group: Histogram.Group? = measure != .nps ? nil : score >= 9 ? .promoter : score >= 7 ? .passive : .detractor
            return Histogram.Bin(label: String(score), count: weight, group: group)
        }
        return Histogram(title: title ?? "How customers answered: \(measure.longName)", subtitle: "Number of answers per score",
                         bins: bins, n: distribution?.count, suppressed: analysis.settings.isSuppressed(distribution?.count ?? 0))
    }

    func keyDrivers(_ analysis: ResponseAnalysis) -> KeyDrivers? {
        guard let segment else { return analysis.drivers }
        return analysis.segments.first { $0.field == segment.field }?.values.first { $0.value == segment.value }?.drivers
    }


    private func driverMap(_ analysis: ResponseAnalysis) -> ImportancePerformanceChart {
        let drivers = keyDrivers(analysis)
        let points = (drivers?.items ?? []).map {
            ImportancePerformanceChart.Point(label: $0.name.replacingOccurrences(of: "_", with: " "), importance: $0.rescaledWeight,
                                             performance: $0.performance, n: drivers?.n)
        }
        return ImportancePerformanceChart(
            title: title ?? "What drives recommendation\(scope)",
            subtitle: "Importance: share of explained variance (Johnson's relative weights); performance: mean rating",
            points: points, importanceName: "Importance (% of R²)", performanceName: "Mean rating", decimals: 1)
    }

    private func driverWeights(_ analysis: ResponseAnalysis) -> BarChart {
        let drivers = keyDrivers(analysis)
        let bars = (drivers?.items ?? []).map {
            BarChart.Bar(label: $0.name.replacingOccurrences(of: "_", with: " "), value: $0.rescaledWeight, n: drivers?.n)
        }
        let r2 = drivers.map { " R² = " + FixedDecimal.string($0.r2, decimals: 2) + "," } ?? ""
        return BarChart(title: title ?? "Relative importance of each driver\(scope)",
                        subtitle: "Share of the explained variance in likelihood to recommend;\(r2) n = \(drivers.map { FixedDecimal.grouped($0.n) } ?? "0")",
                        orientation: .horizontal, bars: bars, valueAxis: .percent, sort: .descending, decimals: 1, measure: "Importance")
    }
}

/// Wraps a chart in the page's figure markup, with the data table behind a disclosure.
enum ChartFigure {
    static func html(_ chart: any Chart) -> String {
        """
        <figure class="cx-chart">
        \(chart.svg)
        <details class="cx-chart-data"><summary>Data for this chart</summary>
        \(chart.dataTable)
        </details>
        </figure>
        """
    }
}

extension ChartDirective {
    /// One warning per low-base group the chart shows, so `--strict` can refuse to
    /// publish figures that rest on too few answers.
    func lowBaseWarnings(analysis: ResponseAnalysis, at location: SourceLocation) -> [Diagnostic] {
        guard [.bar, .composition].contains(kind) || (kind == .trend && by == "period") else { return [] }
        return groups(analysis).filter { $0.result.lowBase && measure.reading($0.result) != nil }.map { label, result in
            Diagnostic(.warning, at: location,
                       "the chart shows \(by == "period" ? "period" : by) \"\(label)\" with a low base (n = \(result.n), fewer than \(analysis.settings.lowBaseBelow))",
                       hint: "the chart flags it; to publish with --strict, combine periods or segments, or raise the sample")
        }
    }
}
