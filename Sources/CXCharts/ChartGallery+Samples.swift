/// Representative and edge-case data for every chart kind. The gallery page shows them and
/// the golden-file tests render them, so what a reviewer sees is what the tests pin down.
extension ChartGallery {
    /// One gallery entry: a file-safe name, a caption and the chart.
    public struct Sample: Sendable {
        public let name: String
        public let caption: String
        public let chart: any Chart
    }

    /// A label that tries to break out of SVG and HTML; it must always appear escaped.
    static let hostile = "</svg><script>alert(\"x\")</script> & 'more'"

    /// All samples, grouped by kind, representative data first.
    public static let samples: [Sample] = kpiSamples + barSamples + stackedSamples + trendSamples + journeySamples
        + dumbbellSamples + ipaSamples + divergingSamples + histogramSamples + heatmapSamples

    static let quarters = ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"]

    static let kpiSamples: [Sample] = [
        Sample(name: "kpi-nps", caption: "KPI tile with change, interval and sparkline", chart: KPITile(
            title: "NPS", value: 31, change: 4, changeLabel: "vs Q3 2025", interval: (25, 37), n: 455,
            history: [18, 22, 27, 31], historyLabels: quarters)),
        Sample(name: "kpi-csat-negative-change", caption: "Percent KPI with a negative change and a note", chart: KPITile(
            title: "CSAT (top-2 box)", value: 78.4, decimals: 1, suffix: "%", change: -2.1, changeLabel: "vs Q3 2025",
            interval: (75.2, 81.3), n: 612, history: [81.2, 80.9, 80.5, 78.4], historyLabels: quarters, note: "No significant change")),
        Sample(name: "kpi-withheld", caption: "Withheld tile (n < 5)", chart: KPITile(title: "NPS — Islands", value: 60, n: 3)),
        Sample(name: "kpi-empty", caption: "No data", chart: KPITile(title: "CES", value: nil)),
    ]

    static let barSamples: [Sample] = [
        Sample(name: "bar-nps-by-quarter", caption: "Vertical bars on the NPS axis with intervals, n and a low base", chart: BarChart(
            title: "NPS by quarter", subtitle: "All customers, 95% intervals", orientation: .vertical,
            bars: [
                .init(label: "Q1 2025", value: 18, interval: (11, 25), n: 412),
                .init(label: "Q2 2025", value: 22.4, interval: (15, 29.5), n: 398),
                .init(label: "Q3 2025", value: 27, interval: (14, 39), n: 27, lowBase: true),
                .init(label: "Q4 2025", value: 31, interval: (25, 37), n: 455),
            ], valueAxis: .nps, measure: "NPS")),
        Sample(name: "bar-regions", caption: "Horizontal, sorted, with a withheld group and a long label", chart: BarChart(
            title: "CSAT by region", orientation: .horizontal,
            bars: [
                .init(label: "North", value: 82.5, interval: (78.1, 86.2), n: 310),
                .init(label: "West", value: 64, interval: (57, 70.4), n: 190),
                .init(label: "Islands", value: 0, n: 3, suppressed: true),
                .init(label: "South-East metropolitan area including the satellite towns", value: 71, interval: (66, 75.5), n: 240),
            ], valueAxis: .percent, sort: .descending, measure: "CSAT")),
        Sample(name: "bar-negative", caption: "Negative values", chart: BarChart(
            title: "NPS by channel", orientation: .horizontal,
            bars: [
                .init(label: "Phone", value: -22, interval: (-30, -14), n: 120),
                .init(label: "Chat", value: 12, interval: (4, 20), n: 140),
                .init(label: "E-mail", value: -3, n: 88),
            ], valueAxis: .nps, measure: "NPS")),
        Sample(name: "bar-escaping", caption: "Hostile and Unicode labels", chart: BarChart(
            title: "Escaping <title> & \"quotes\"", subtitle: hostile, orientation: .vertical,
            bars: [
                .init(label: hostile, value: 5, n: 40),
                .init(label: "A & B \"quoted\" 'single'", value: 7, n: 41),
                .init(label: "Zürich 東京 café 😀", value: 3, n: 42),
            ], measure: "Score")),
        Sample(name: "bar-60-categories", caption: "60 categories: the chart grows in height", chart: BarChart(
            title: "Satisfaction by store (60 stores)", orientation: .horizontal,
            bars: (1...60).map { i in .init(label: "Store \(i)", value: Double((i * 37) % 100), n: 30 + i) },
            valueAxis: .percent, sort: .descending, measure: "Satisfied")),
        Sample(name: "bar-55-vertical", caption: "55 vertical bars: labels thin out", chart: BarChart(
            title: "Responses per day", orientation: .vertical,
            bars: (1...55).map { i in .init(label: "Day \(i)", value: Double((i * 13) % 40 + 5), n: 100) },
            measure: "Responses")),
        Sample(name: "bar-single", caption: "A single bar", chart: BarChart(
            title: "NPS, all customers", bars: [.init(label: "All", value: 42, interval: (38, 46), n: 900)], valueAxis: .nps, measure: "NPS")),
        Sample(name: "bar-equal", caption: "All values equal", chart: BarChart(
            title: "Share resolved first time", orientation: .horizontal,
            bars: ["Web", "App", "Store"].map { .init(label: $0, value: 50, n: 100) }, valueAxis: .percent, measure: "Resolved")),
        Sample(name: "bar-rating-scale", caption: "A 1–7 scale: bars grow from the scale floor", chart: BarChart(
            title: "Customer effort by channel", orientation: .vertical,
            bars: [.init(label: "App", value: 5.6, interval: (5.4, 5.8), n: 300), .init(label: "Web", value: 4.9, interval: (4.6, 5.2), n: 210)],
            valueAxis: .scale(min: 1, max: 7), decimals: 1, measure: "CES")),
        Sample(name: "bar-all-withheld", caption: "Every group withheld", chart: BarChart(
            title: "NPS in pilot stores", bars: [.init(label: "Pilot A", value: 90, n: 2), .init(label: "Pilot B", value: 70, n: 4)], measure: "NPS")),
        Sample(name: "bar-narrow", caption: "Laid out for a narrow column (width 360)", chart: BarChart(
            title: "CSAT by touchpoint", orientation: .horizontal,
            bars: [
                .init(label: "Telephone support (first line)", value: 71, interval: (66, 76), n: 240),
                .init(label: "Chat", value: 84, interval: (80, 88), n: 310),
                .init(label: "Store", value: 0, n: 2),
            ], valueAxis: .percent, measure: "CSAT", width: 360)),
        Sample(name: "bar-empty", caption: "No data", chart: BarChart(title: "NPS by partner", bars: [], measure: "NPS")),
    ]

    static let stackedSamples: [Sample] = [
        Sample(name: "stacked-nps-quarters", caption: "NPS composition per quarter", chart: StackedBarChart.nps(
            title: "Promoters, passives and detractors by quarter",
            rows: [
                .init(label: "Q1 2025", detractors: 130, passives: 158, promoters: 124, n: 412),
                .init(label: "Q2 2025", detractors: 110, passives: 156, promoters: 132, n: 398),
                .init(label: "Q3 2025", detractors: 2, passives: 1, promoters: 1, n: 4),
                .init(label: "Q4 2025", detractors: 91, passives: 132, promoters: 232, n: 455),
            ])),
        Sample(name: "stacked-extremes", caption: "All promoters, all detractors, tiny shares", chart: StackedBarChart.nps(
            title: "NPS composition by segment",
            rows: [
                .init(label: "Enterprise", detractors: 0, passives: 0, promoters: 40, n: 40),
                .init(label: "Start-ups", detractors: 50, passives: 0, promoters: 0, n: 50),
                .init(label: "Public sector & <NGO>", detractors: 1, passives: 97, promoters: 2, n: 100),
            ])),
        Sample(name: "stacked-52-weeks", caption: "52 rows", chart: StackedBarChart.nps(
            title: "Weekly NPS composition",
            rows: (1...52).map { w in .init(label: "Week \(w)", detractors: Double(20 + w % 9), passives: Double(30 + (w * 7) % 11), promoters: Double(40 + (w * 5) % 17), n: 90 + w) })),
        Sample(name: "stacked-narrow", caption: "Laid out for a narrow column (width 360)", chart: StackedBarChart.nps(
            title: "NPS composition, mobile layout",
            rows: [
                .init(label: "Q3 2025", detractors: 110, passives: 156, promoters: 132, n: 398),
                .init(label: "Q4 2025", detractors: 91, passives: 132, promoters: 232, n: 455),
            ], width: 360)),
        Sample(name: "stacked-empty", caption: "No data", chart: StackedBarChart.nps(title: "NPS composition", rows: [])),
    ]

    static let trendSamples: [Sample] = [
        Sample(name: "trend-nps-regions", caption: "Three series with interval bands and a gap", chart: TrendChart(
            title: "NPS by region over time", subtitle: "Bands: 95% intervals",
            periods: ["Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"],
            series: [
                .init(name: "North", points: [18, 21, 24, 22, 27, 29, 30, 33].map { .init(value: $0, interval: ($0 - 6, $0 + 6), n: 300) }),
                .init(name: "South", points: [10, 12, 9, 14, 16, 15, 19, 21].map { .init(value: $0, interval: ($0 - 8, $0 + 8), n: 200) }),
                .init(name: "West", points: [5, 7, nil, nil, 12, 11, 14, 13].map { .init(value: $0, n: 120) }),
            ], valueAxis: .nps)),
        Sample(name: "trend-negative", caption: "Negative values, auto axis", chart: TrendChart(
            title: "Net sentiment of verbatims", periods: ["Jan", "Feb", "Mar", "Apr", "May", "Jun"],
            series: [.init(name: "Net sentiment", values: [-0.21, -0.15, -0.3, -0.05, 0.04, 0.12])], decimals: 2)),
        Sample(name: "trend-single-point", caption: "A single period", chart: TrendChart(
            title: "CSAT", periods: ["Q4 2025"], series: [.init(name: "CSAT", points: [.init(value: 78, interval: (74, 82), n: 400)])], valueAxis: .percent)),
        Sample(name: "trend-equal", caption: "All values equal", chart: TrendChart(
            title: "Share of complaints resolved", periods: quarters, series: [.init(name: "Resolved", values: [90, 90, 90, 90])], valueAxis: .percent)),
        Sample(name: "trend-60-weeks", caption: "60 periods: period labels thin out", chart: TrendChart(
            title: "Weekly CES", periods: (1...60).map { "W\($0)" },
            series: [.init(name: "App", values: (1...60).map { Double(50 + ($0 * 7) % 13) / 10 }), .init(name: "Web", values: (1...60).map { Double(45 + ($0 * 5) % 11) / 10 })],
            valueAxis: .scale(min: 1, max: 7), decimals: 1)),
        Sample(name: "trend-empty", caption: "No data", chart: TrendChart(title: "NPS trend", periods: [], series: [])),
    ]
}
