import Testing
@testable import CXCharts

/// Sample bar charts shared by tests (the gallery has its own copies in the library).
enum BarSamples {
    static let npsByQuarter = BarChart(
        title: "NPS by quarter", subtitle: "All customers, 95% intervals", orientation: .vertical,
        bars: [
            .init(label: "Q1 2025", value: 18, interval: (11, 25), n: 412),
            .init(label: "Q2 2025", value: 22.4, interval: (15, 29.5), n: 398),
            .init(label: "Q3 2025", value: 27, interval: (14, 39), n: 27, lowBase: true),
            .init(label: "Q4 2025", value: 31, interval: (25, 37), n: 455),
        ], valueAxis: .nps, measure: "NPS")

    static let regions = BarChart(
        title: "CSAT by region", orientation: .horizontal,
        bars: [
            .init(label: "North", value: 82.5, interval: (78.1, 86.2), n: 310),
            .init(label: "West", value: 64, interval: (57, 70.4), n: 190),
            .init(label: "Islands", value: 0, n: 3, suppressed: true),
            .init(label: "South-East metropolitan area incl. satellite towns", value: 71, interval: (66, 75.5), n: 240),
        ], valueAxis: .percent, sort: .descending, measure: "CSAT")

    static let negative = BarChart(
        title: "NPS by channel", orientation: .horizontal,
        bars: [
            .init(label: "Phone", value: -22, interval: (-30, -14), n: 120),
            .init(label: "Chat", value: 12, interval: (4, 20), n: 140),
            .init(label: "E-mail", value: -3, n: 88),
        ], valueAxis: .nps, measure: "NPS")

    static let hostile = BarChart(
        title: "Escaping <title> & \"quotes\"", subtitle: "</svg><script>alert(1)</script>", orientation: .vertical,
        bars: [
            .init(label: "</svg><script>alert('x')</script>", value: 5, n: 40),
            .init(label: "A & B \"quoted\" 'single'", value: 7, n: 41),
            .init(label: "Zürich 東京 café 😀", value: 3, n: 42),
        ], measure: "Score <raw>")

    static let many = BarChart(
        title: "Satisfaction by store (60 stores)", orientation: .horizontal,
        bars: (1...60).map { i in .init(label: "Store \(i)", value: Double((i * 37) % 100), n: 30 + i) },
        valueAxis: .percent, sort: .descending, measure: "Satisfied")

    static let manyVertical = BarChart(
        title: "Daily responses", orientation: .vertical,
        bars: (1...55).map { i in .init(label: "Day \(i)", value: Double((i * 13) % 40 + 5), n: 100) },
        measure: "Responses")

    static let single = BarChart(title: "One group", bars: [.init(label: "All", value: 42, interval: (38, 46), n: 900)], measure: "NPS")
    static let equal = BarChart(title: "All equal", orientation: .horizontal,
                                bars: ["A", "B", "C"].map { .init(label: $0, value: 50, n: 100) }, valueAxis: .percent)
    static let empty = BarChart(title: "Nothing yet", bars: [])
    static let allWithheld = BarChart(title: "Small groups", bars: [.init(label: "X", value: 9, n: 2), .init(label: "Y", value: 7, n: 4)])
    static let ratingScale = BarChart(title: "CES by channel", orientation: .vertical,
                                      bars: [.init(label: "App", value: 5.6, interval: (5.4, 5.8), n: 300), .init(label: "Web", value: 4.9, interval: (4.6, 5.2), n: 210)],
                                      valueAxis: .scale(min: 1, max: 7), decimals: 1, measure: "CES")
}

@Suite struct BarChartTests {
    @Test func accessibleRoot() {
        let svg = BarSamples.npsByQuarter.svg
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cx-chart cx-bar-chart\" role=\"img\" aria-labelledby=\"cx-"))
        let id = ChartID.make(kind: "bar-chart", parts: ["NPS by quarter", "All customers, 95% intervals"] + BarSamples.npsByQuarter.fingerprint)
        #expect(svg.contains("<title id=\"\(id)-title\">NPS by quarter</title>"))
        #expect(svg.contains("<desc id=\"\(id)-desc\">"))
        #expect(svg.contains("@media (prefers-color-scheme:dark)"))
    }

    @Test func summaryIsNeutralAndComplete() {
        let summary = BarSamples.npsByQuarter.summary
        #expect(summary.contains("Q1 2025 18, Q2 2025 22, Q3 2025 27, Q4 2025 31."))
        #expect(summary.contains("Highest: Q4 2025 31; lowest: Q1 2025 18."))
        #expect(summary.contains("Low base"))
        for loaded in ["rose", "fell", "increase", "decrease", "significant"] {
            #expect(!summary.lowercased().contains(loaded))
        }
        #expect(BarSamples.equal.summary.contains("All 3 shown groups: 50%."))
        #expect(BarSamples.empty.summary == "Value: no data.")
    }

    @Test func withheldGroupsNeverShowTheirValue() {
        let chart = BarSamples.allWithheld
        for output in [chart.svg, chart.dataTable, chart.summary] {
            #expect(!output.contains(">9<") && !output.contains(">7<") && !output.contains(" 9") && !output.contains(" 7."))
        }
        #expect(chart.svg.contains("n &lt; 5, withheld"))
        #expect(chart.svg.contains("fill=\"url(#cx-"))
        #expect(BarSamples.regions.dataTable.contains("<th scope=\"row\">Islands</th>\n<td class=\"cx-num\">withheld</td>"))
    }

    @Test func hostileLabelsAppearOnlyEscaped() {
        let chart = BarSamples.hostile
        for output in [chart.svg, chart.dataTable] {
            #expect(!output.contains("<script"))
            #expect(!output.contains("</svg><"))
            let xml = XMLCheck(output)
            #expect(xml.ok)
            #expect(!xml.elements.contains("script"))
        }
        #expect(chart.svg.contains("&lt;/svg&gt;&lt;script&gt;"))
        #expect(chart.svg.hasSuffix("</svg>"))
        #expect(chart.svg.components(separatedBy: "</svg>").count == 2)
    }

    @Test func sortingIsStableAndPutsWithheldLast() {
        let chart = BarChart(title: "t", bars: [
            .init(label: "a", value: 1), .init(label: "w", value: 99, suppressed: true),
            .init(label: "b", value: 5), .init(label: "c", value: 5), .init(label: "d", value: 2),
        ], sort: .descending)
        #expect(chart.orderedBars.map(\.label) == ["b", "c", "d", "a", "w"])
        var ascending = chart
        ascending.sort = .ascending
        #expect(ascending.orderedBars.map(\.label) == ["a", "d", "b", "c", "w"])
    }

    @Test func deterministicAndDistinctIds() {
        #expect(BarSamples.regions.svg == BarSamples.regions.svg)
        let a = BarChart(title: "Same", bars: [.init(label: "x", value: 1)])
        let b = BarChart(title: "Same", bars: [.init(label: "x", value: 2)])
        let idA = a.svg.split(separator: "\"")[7]
        let idB = b.svg.split(separator: "\"")[7]
        #expect(idA != idB)
    }

    @Test func barsStartAtZero() {
        // Values 60–75 must not produce a truncated axis.
        let chart = BarChart(title: "t", bars: [.init(label: "a", value: 60), .init(label: "b", value: 75)])
        #expect(chart.scale(targetTicks: 6).lower == 0)
    }

    @Test func manyCategoriesGrowTheChart() {
        let height = BarSamples.many.svg.split(separator: "height=\"")[1].prefix { $0 != "\"" }
        #expect(Double(height)! > 1000)
    }
}
