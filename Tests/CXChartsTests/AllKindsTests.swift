import Testing
@testable import CXCharts

/// Properties every chart kind must have, checked on hostile and degenerate input.
@Suite struct AllKindsTests {
    static let evil = "</svg><script>alert('x')</script> & \"q\""

    /// One chart of every kind with the hostile string in every label, title and name.
    static var hostileCharts: [any Chart] {
        let e = evil
        return [
            KPITile(title: e, value: 12, change: 3, changeLabel: e, interval: (10, 14), n: 90, history: [1, 2], historyLabels: [e, e], note: e),
            BarChart(title: e, subtitle: e, orientation: .horizontal, bars: [.init(label: e, value: 3, n: 50), .init(label: e, value: 1, n: 3)], measure: e),
            BarChart(title: e, orientation: .vertical, bars: [.init(label: e, value: 3, n: 50)]),
            StackedBarChart.nps(title: e, rows: [.init(label: e, detractors: 1, passives: 2, promoters: 3, n: 6)]),
            TrendChart(title: e, periods: [e, e], series: [.init(name: e, values: [1, 2]), .init(name: e, values: [2, 1])]),
            JourneyChart(title: e, stages: [.init(name: e, touchpoints: [.init(label: e, valence: -0.5), .init(label: e, valence: 0.5)])]),
            DumbbellChart(title: e, firstName: e, secondName: e, rows: [.init(label: e, first: 1, second: 2)]),
            ImportancePerformanceChart(title: e, points: [.init(label: e, importance: 1, performance: 2), .init(label: e, importance: 2, performance: 1)], importanceName: e, performanceName: e),
            DivergingBarChart(title: e, rows: [.init(label: e, negative: 10, positive: 20)], negativeName: e, positiveName: e),
            Histogram(title: e, bins: [.init(label: e, count: 3)], countName: e),
            Heatmap(title: e, rowNames: [e], columnNames: [e], cells: [[.init(value: 1)]]),
        ]
    }

    @Test func hostileTextAppearsOnlyEscaped() {
        for chart in Self.hostileCharts {
            for output in [chart.svg, chart.dataTable] {
                let xml = XMLCheck(output)
                #expect(xml.ok, "\(type(of: chart)): \(xml.error ?? "")")
                #expect(!xml.elements.contains("script"), "\(type(of: chart))")
                #expect(!output.contains("<script"), "\(type(of: chart))")
                #expect(!output.contains("'x'"), "\(type(of: chart)) left a quote unescaped")
            }
            // The text survives escaping: a parser reads back the original string.
            #expect(XMLCheck(chart.svg).text.contains("</svg><script>"), "\(type(of: chart))")
            #expect(chart.svg.hasSuffix("</svg>"))
        }
    }

    /// Non-finite and extreme input never produces NaN, infinity or scientific notation.
    @Test func nonFiniteAndExtremeValuesAreSafe() {
        let charts: [any Chart] = [
            BarChart(title: "t", bars: [.init(label: "a", value: .nan), .init(label: "b", value: 1e300), .init(label: "c", value: -1e-300)]),
            TrendChart(title: "t", periods: ["a", "b"], series: [.init(name: "s", values: [.infinity, 2])]),
            JourneyChart(title: "t", stages: [.init(name: "s", touchpoints: [.init(label: "a", valence: .nan)])]),
            DumbbellChart(title: "t", rows: [.init(label: "a", first: .nan, second: 1)]),
            ImportancePerformanceChart(title: "t", points: [.init(label: "a", importance: .infinity, performance: 1)]),
            Heatmap(title: "t", rowNames: ["r"], columnNames: ["c"], cells: [[.init(value: .nan)]]),
            StackedBarChart.nps(title: "t", rows: [.init(label: "a", detractors: .nan, passives: 1, promoters: 1)]),
            KPITile(title: "t", value: .infinity),
        ]
        for chart in charts {
            let svg = chart.svg
            #expect(XMLCheck(svg).ok)
            let xml = XMLCheck(svg)
            let values = xml.attributeValues.joined(separator: " ").lowercased()
            #expect(!values.contains("nan") && !values.contains("inf"), "\(type(of: chart)) wrote a non-finite coordinate")
            #expect(values.firstMatch(of: /[0-9]e[+-]?[0-9]/) == nil, "\(type(of: chart)) wrote scientific notation")
            #expect(!svg.contains("\"nan\"") && !svg.contains("NaN") && !svg.contains("inf\""), "\(type(of: chart))")
        }
    }

    @Test func identicalContentGivesIdenticalOutputAndDifferentContentDifferentIds() {
        let a = Self.hostileCharts.map(\.svg)
        let b = Self.hostileCharts.map(\.svg)
        #expect(a == b)
        let one = TrendChart(title: "NPS", periods: ["Q1"], series: [.init(name: "All", values: [18])])
        let two = TrendChart(title: "NPS", periods: ["Q1"], series: [.init(name: "All", values: [19])])
        #expect(ChartIDProbe.id(one.svg) != ChartIDProbe.id(two.svg))
    }

    @Test func summariesAreNeutral() {
        for sample in ChartGallery.samples {
            let summary = sample.chart.summary.lowercased()
            // (A note passed in by the analytics layer may speak of significance; the chart's own words may not.)
            for word in [" rose", " fell", "increased", "decreased", "improved", "worse", "better"] {
                #expect(!summary.contains(word), "\(sample.name): \(summary)")
            }
        }
    }

    @Test func suppressedValuesNeverLeak() {
        // A distinctive value that must not appear anywhere for a withheld group.
        let secret = 87.654
        let charts: [any Chart] = [
            BarChart(title: "t", bars: [.init(label: "w", value: secret, n: 4), .init(label: "x", value: 1, n: 100)], decimals: 3),
            TrendChart(title: "t", periods: ["a"], series: [.init(name: "s", points: [.init(value: secret, n: 2)])], decimals: 3),
            JourneyChart(title: "t", stages: [.init(name: "s", touchpoints: [.init(label: "a", valence: secret, n: 1), .init(label: "b", valence: 1)])], decimals: 3),
            DumbbellChart(title: "t", rows: [.init(label: "a", first: secret, second: secret, suppressed: true)], decimals: 3),
            DivergingBarChart(title: "t", rows: [.init(label: "a", negative: secret, positive: secret, n: 3)]),
            Heatmap(title: "t", rowNames: ["r"], columnNames: ["c"], cells: [[.init(value: secret, n: 2)]], decimals: 3),
            KPITile(title: "t", value: secret, decimals: 3, n: 4),
        ]
        for chart in charts {
            for output in [chart.svg, chart.dataTable, chart.summary] {
                for form in ["87.654", "87.65", "87.7", "88%", ">88<", " 88", "+88"] {
                    #expect(!output.contains(form), "\(type(of: chart)) leaked a withheld value as \(form)")
                }
            }
        }
    }
}

/// Reads the chart id out of rendered SVG.
enum ChartIDProbe {
    static func id(_ svg: String) -> String {
        guard let start = svg.firstRange(of: "<title id=\"")?.upperBound else { return "" }
        return String(svg[start...].prefix { $0 != "\"" })
    }
}
