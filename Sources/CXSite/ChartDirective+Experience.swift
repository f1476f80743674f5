import CXAnalytics
import CXCharts
import CXData

/// Charts of the experience beyond the headline scores: expectation and sacrifice gaps,
/// the journey's emotion curve, its moments of truth, and revenue by NPS group.
extension ChartDirective {

    private static func label(_ name: String) -> String { name.replacingOccurrences(of: "_", with: " ") }

    private static func axis(_ scale: ClosedRange<Double>?) -> ValueAxis {
        scale.map { .scale(min: $0.lowerBound, max: $0.upperBound) } ?? .auto
    }

    func gapChart(_ analysis: ResponseAnalysis) -> DumbbellChart {
        let gaps = analysis.result(in: segment)?.gaps ?? []
        let rows = gaps.map { gap in
            DumbbellChart.Row(label: Self.label(gap.dimension), first: gap.expected ?? .nan, second: gap.perceived ?? .nan,
                              n: gap.n, suppressed: gap.suppressed || gap.gap == nil)
        }
        return DumbbellChart(title: title ?? "Expectations against experience\(scope)",
                             subtitle: "Mean expected and perceived rating; gap = perceived − expected",
                             firstName: "Expected", secondName: "Perceived", rows: rows,
                             valueAxis: Self.axis(analysis.gapScale), sort: .byGap, decimals: 2)
    }

    func sacrificeChart(_ analysis: ResponseAnalysis) -> DumbbellChart {
        let gaps = analysis.result(in: segment)?.sacrifice ?? []
        let rows = gaps.map { gap in
            // Received first, so the printed gap (second − first) is wanted − received, as in the table.
            DumbbellChart.Row(label: Self.label(gap.attribute), first: gap.received ?? .nan, second: gap.wanted ?? .nan,
                              n: gap.n, suppressed: gap.suppressed || gap.gap == nil)
        }
        return DumbbellChart(title: title ?? "What customers wanted and what they got\(scope)",
                             subtitle: "Mean received and wanted value; gap = wanted − received",
                             firstName: "Received", secondName: "Wanted", rows: rows, valueAxis: .auto, sort: .given, decimals: 1)
    }

    func journeyChart(_ analysis: ResponseAnalysis) -> JourneyChart {
        let touchpoints = analysis.journey?.touchpoints ?? []
        let stages = JourneyStage.allCases.compactMap { stage -> JourneyChart.Stage? in
            let points = touchpoints.filter { $0.stage == stage }.map {
                JourneyChart.Touchpoint(label: $0.touchpoint ?? stage.description, valence: $0.mean, n: $0.n, suppressed: $0.suppressed)
            }
            return points.isEmpty ? nil : JourneyChart.Stage(name: stage.displayName, touchpoints: points)
        }
        let scale = analysis.journeyScale ?? -1...1
        return JourneyChart(title: title ?? "How the journey feels, before, during and after the purchase",
                            subtitle: "Mean emotional valence at each touchpoint, \(FixedDecimal.string(scale.lowerBound, decimals: 0)) (negative) to "
                                + "\(FixedDecimal.string(scale.upperBound, decimals: 0)) (positive)",
                            stages: stages, valueAxis: Self.axis(scale), decimals: 2)
    }

    func momentsChart(_ analysis: ResponseAnalysis) -> BarChart {
        let moments = (analysis.journey?.momentsOfTruth ?? []).prefix(10)
        let bars = moments.map {
            BarChart.Bar(label: "\($0.touchpoint) (\($0.stage))", value: $0.impact, n: $0.customers)
        }
        return BarChart(title: title ?? "Moments of truth: where most customers are let down",
                        subtitle: "Customers reaching the touchpoint × share of negative experiences there",
                        orientation: .horizontal, bars: Array(bars), valueAxis: .auto, sort: .descending, decimals: 0,
                        measure: "Customers let down")
    }

    func crmChart(_ analysis: ResponseAnalysis) -> BarChart {
        let level = FixedDecimal.string(analysis.settings.confidenceLevel * 100, decimals: 0)
        let bars = (analysis.crm?.groups ?? []).map { group in
            BarChart.Bar(label: group.group.description.capitalized + "s", value: group.revenuePerCustomer ?? .nan,
                         interval: group.revenuePerCustomerInterval.map { ($0.low, $0.high) }, n: group.customers,
                         suppressed: group.suppressed || group.revenuePerCustomer == nil, lowBase: group.lowBase)
        }
        return BarChart(title: title ?? "Revenue per customer by NPS group",
                        subtitle: "Mean revenue per surveyed customer (no purchase counts as 0); whiskers: \(level)% interval",
                        orientation: .vertical, bars: bars, valueAxis: .auto, sort: .given, decimals: 0, measure: "Revenue per customer")
    }
}

extension ChartDirective {
    /// Refuses, at the block's location, a chart the project's data cannot draw.
    func checkData(_ analysis: ResponseAnalysis, at location: SourceLocation) throws {
        let needed: AnalysisRequirement? = switch kind {
        case .gaps: .expectations
        case .sacrifice: .sacrifice
        case .journey, .moments: .journey
        case .crm: .crm
        case .themes: .text
        default: nil
        }
        try AnalysisRequirement.check(needed, key: "kind", value: kind.rawValue, analysis: analysis, at: location)
        if [.bar, .trend, .heatmap].contains(kind), measure == .outcome {
            try AnalysisRequirement.check(.outcome, key: "measure", value: measure.rawValue, analysis: analysis, at: location)
        }
    }
}

extension JourneyStage {
    /// "Before the purchase", … for chart stages and tables.
    var displayName: String {
        switch self {
        case .before: return "Before the purchase"
        case .during: return "During the purchase"
        case .after: return "After the purchase"
        }
    }
}
