/// Gallery samples for journey, gap, driver, sentiment, distribution and heatmap charts.
extension ChartGallery {
    static let journeySamples: [Sample] = [
        Sample(name: "journey-purchase", caption: "Emotion curve with stages, shaded negative region, peak and end", chart: JourneyChart(
            title: "How customers feel along the journey", subtitle: "Mean valence, −1 (negative) to +1 (positive)",
            stages: [
                .init(name: "Before purchase", touchpoints: [.init(label: "Ad", valence: 0.2, n: 300), .init(label: "Website", valence: 0.35, n: 280), .init(label: "Comparison", valence: -0.1, n: 150)]),
                .init(name: "During purchase", touchpoints: [.init(label: "Checkout", valence: -0.45, n: 260), .init(label: "Payment", valence: -0.2, n: 255), .init(label: "Confirmation e-mail", valence: 0.3, n: 250)]),
                .init(name: "After purchase", touchpoints: [.init(label: "Delivery", valence: 0.6, n: 240), .init(label: "Installation", valence: 0, n: 3), .init(label: "Support call", valence: 0.15, n: 90)]),
            ])),
        Sample(name: "journey-all-negative", caption: "All negative: the whole curve is below zero", chart: JourneyChart(
            title: "Claims journey",
            stages: [
                .init(name: "Before", touchpoints: [.init(label: "Incident", valence: -0.8)]),
                .init(name: "During", touchpoints: [.init(label: "Claim form", valence: -0.5), .init(label: "Assessor visit", valence: -0.3)]),
                .init(name: "After", touchpoints: [.init(label: "Payout", valence: -0.1)]),
            ])),
        Sample(name: "journey-single", caption: "One touchpoint", chart: JourneyChart(
            title: "Store visit", stages: [.init(name: "During purchase", touchpoints: [.init(label: "Till", valence: 0.4, n: 80)])])),
        Sample(name: "journey-50-touchpoints", caption: "50 touchpoints: labels thin out", chart: JourneyChart(
            title: "Detailed onboarding journey",
            stages: [
                .init(name: "Before purchase", touchpoints: (1...15).map { .init(label: "Step \($0)", valence: Double(($0 * 37) % 17 - 8) / 10) }),
                .init(name: "During purchase", touchpoints: (16...35).map { .init(label: "Step \($0)", valence: Double(($0 * 37) % 17 - 8) / 10) }),
                .init(name: "After purchase", touchpoints: (36...50).map { .init(label: "Step \($0)", valence: Double(($0 * 37) % 17 - 8) / 10) }),
            ])),
        Sample(name: "journey-empty", caption: "No data", chart: JourneyChart(title: "Journey", stages: [])),
    ]

    static let dumbbellSamples: [Sample] = [
        Sample(name: "dumbbell-servqual", caption: "Expected vs perceived per dimension, sorted by gap", chart: DumbbellChart(
            title: "Expectations vs perceptions", subtitle: "Mean on a 1–7 scale",
            rows: [
                .init(label: "Reliability", first: 6.4, second: 5.1, n: 420),
                .init(label: "Responsiveness", first: 6.0, second: 5.5, n: 418),
                .init(label: "Assurance", first: 5.8, second: 6.0, n: 415),
                .init(label: "Empathy", first: 5.5, second: 5.5, n: 410),
                .init(label: "Tangibles", first: 5.0, second: 5.6, n: 3),
            ], valueAxis: .scale(min: 1, max: 7), sort: .byGap)),
        Sample(name: "dumbbell-sacrifice", caption: "Wanted vs received (customer sacrifice)", chart: DumbbellChart(
            title: "What customers want vs what they get", firstName: "Wanted", secondName: "Received",
            rows: [
                .init(label: "Delivery within 24 h", first: 82, second: 41, n: 500),
                .init(label: "Évaluation « sur mesure » & <custom> fit", first: 64, second: 52, n: 500),
                .init(label: "Free returns", first: 90, second: 88, n: 500),
            ], valueAxis: .percent, decimals: 0)),
        Sample(name: "dumbbell-empty", caption: "No data", chart: DumbbellChart(title: "Gaps", rows: [])),
    ]

    static let ipaSamples: [Sample] = [
        Sample(name: "ipa-drivers", caption: "Importance–performance with a crowded cluster of labels", chart: ImportancePerformanceChart(
            title: "What drives satisfaction", subtitle: "Relative weight vs mean rating (1–5)",
            points: [
                .init(label: "Price", importance: 0.31, performance: 3.1),
                .init(label: "Staff friendliness", importance: 0.12, performance: 4.5),
                .init(label: "Waiting time", importance: 0.24, performance: 2.8),
                .init(label: "Product range", importance: 0.08, performance: 4.1),
                .init(label: "Store cleanliness", importance: 0.05, performance: 4.4),
                .init(label: "Parking", importance: 0.06, performance: 4.35),
                .init(label: "Opening hours", importance: 0.055, performance: 4.42),
                .init(label: "Checkout speed", importance: 0.22, performance: 2.9),
                .init(label: "Website", importance: 0.07, performance: 4.38),
            ], importanceName: "Importance", performanceName: "Performance")),
        Sample(name: "ipa-single", caption: "A single driver", chart: ImportancePerformanceChart(
            title: "One driver", points: [.init(label: "Price", importance: 0.4, performance: 3.5)])),
        Sample(name: "ipa-empty", caption: "No data", chart: ImportancePerformanceChart(title: "Drivers", points: [])),
    ]

    static let divergingSamples: [Sample] = [
        Sample(name: "diverging-themes", caption: "Sentiment per theme, sorted by net", chart: DivergingBarChart(
            title: "Sentiment by theme", subtitle: "Share of comments mentioning each theme",
            rows: [
                .init(label: "Delivery", negative: 38, neutral: 20, positive: 42, n: 320),
                .init(label: "Staff", negative: 12, neutral: 18, positive: 70, n: 410),
                .init(label: "Price", negative: 55, neutral: 30, positive: 15, n: 290),
                .init(label: "App", negative: 20, neutral: 60, positive: 20, n: 150),
                .init(label: "Parking", negative: 40, neutral: 20, positive: 40, n: 4),
            ], sort: .byNet)),
        Sample(name: "diverging-55-themes", caption: "55 themes", chart: DivergingBarChart(
            title: "Sentiment by sub-theme",
            rows: (1...55).map { i in .init(label: "Theme \(i)", negative: Double((i * 7) % 40), neutral: 20, positive: Double((i * 11) % 50), n: 60 + i) })),
        Sample(name: "diverging-empty", caption: "No data", chart: DivergingBarChart(title: "Sentiment", rows: [])),
    ]

    static let histogramSamples: [Sample] = [
        Sample(name: "histogram-nps", caption: "0–10 scores grouped into detractors, passives and promoters", chart: Histogram.nps(
            title: "How likely are you to recommend us?", subtitle: "Q4 2025, n = 455",
            counts: [12, 4, 6, 9, 11, 20, 29, 58, 74, 102, 130], n: 455)),
        Sample(name: "histogram-one-bin", caption: "Everything in one bin", chart: Histogram(
            title: "Effort score", bins: (1...7).map { .init(label: String($0), count: $0 == 6 ? 40 : 0) }, n: 40)),
        Sample(name: "histogram-withheld", caption: "Withheld (n < 5)", chart: Histogram.nps(title: "Pilot store scores", counts: [0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1], n: 4)),
        Sample(name: "histogram-empty", caption: "No data", chart: Histogram.nps(title: "Scores", counts: [])),
    ]

    /// 52 stores × 4 quarters of CSAT values.
    static let storeCells: [[Heatmap.Cell]] = (1...52).map { (r: Int) -> [Heatmap.Cell] in
        (1...4).map { (c: Int) -> Heatmap.Cell in
            let value: Int = 55 + (r * 7 + c * 13) % 40
            return Heatmap.Cell(value: Double(value), n: 50)
        }
    }

    static let heatmapSamples: [Sample] = [
        Sample(name: "heatmap-nps", caption: "NPS by segment × quarter (diverging) with a withheld cell", chart: Heatmap(
            title: "NPS by segment and quarter", rowNames: ["Consumers", "Small business", "Enterprise", "Public sector"], columnNames: quarters,
            cells: [
                [18, 22, 27, 31].map { .init(value: $0, n: 300) },
                [-5, 2, 8, 11].map { .init(value: $0, n: 120) },
                [40, 44, 39, 52].map { .init(value: $0, n: 60) },
                [.init(value: -30, n: 40), .init(value: -22, n: 44), .init(value: 10, n: 3), .init(value: nil)],
            ], valueAxis: .nps)),
        Sample(name: "heatmap-drivers", caption: "Mean rating by segment × driver (sequential)", chart: Heatmap(
            title: "Driver ratings by segment", rowNames: ["Consumers", "Small business", "Enterprise"],
            columnNames: ["Price", "Waiting time", "Staff friendliness", "Product range", "Checkout speed"],
            cells: [[3.1, 2.8, 4.5, 4.1, 2.9], [3.4, 3.2, 4.2, 3.8, 3.3], [2.6, 3.9, 4.7, 4.4, 3.6]].map { $0.map { .init(value: $0, n: 100) } },
            valueAxis: .scale(min: 1, max: 5), decimals: 1)),
        Sample(name: "heatmap-52-rows", caption: "52 rows", chart: Heatmap(
            title: "CSAT by store and quarter", rowNames: (1...52).map { "Store \($0)" }, columnNames: quarters,
            cells: storeCells, valueAxis: .percent)),
        Sample(name: "heatmap-empty", caption: "No data", chart: Heatmap(title: "Heatmap", rowNames: [], columnNames: [], cells: [])),
    ]
}
