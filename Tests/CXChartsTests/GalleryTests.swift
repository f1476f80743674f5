import Foundation
import Testing
@testable import CXCharts

/// Every gallery sample is a golden file: rendered, parsed as XML, checked for the
/// accessibility wiring, and compared with `Fixtures/<name>.svg`.
@Suite struct GalleryTests {
    static let names = ChartGallery.samples.map(\.name)

    func sample(_ name: String) throws -> ChartGallery.Sample {
        try #require(ChartGallery.samples.first { $0.name == name })
    }

    @Test(arguments: names)
    func sampleMatchesGolden(name: String) throws {
        let chart = try sample(name).chart
        let svg = chart.svg
        let xml = XMLCheck(svg)
        #expect(xml.ok, "\(name): \(xml.error ?? "")")
        #expect(xml.elements.first == "svg")
        #expect(xml.count("desc") == 1)
        #expect(!xml.elements.contains("script"))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("@media (prefers-color-scheme:dark)"))
        let table = XMLCheck(chart.dataTable)
        #expect(table.ok, "\(name) table: \(table.error ?? "")")
        #expect(table.elements.first == "table")
        Golden.check(svg, name + ".svg")
    }

    @Test(arguments: names)
    func renderingIsDeterministic(name: String) throws {
        let chart = try sample(name).chart
        #expect(chart.svg == chart.svg)
        #expect(chart.dataTable == chart.dataTable)
        #expect(chart.summary == chart.summary)
    }

    @Test(arguments: names)
    func ariaLabelsPointAtTitleAndDesc(name: String) throws {
        let svg = try sample(name).chart.svg
        let labelled = try #require(svg.firstRange(of: "aria-labelledby=\"")).upperBound
        let ids = svg[labelled...].prefix { $0 != "\"" }.split(separator: " ")
        #expect(ids.count == 2)
        for id in ids { #expect(svg.contains("id=\"\(id)\"")) }
    }

    @Test func idsAreUniqueAcrossTheGallery() {
        let ids = ChartGallery.samples.map { sample -> String in
            let svg = sample.chart.svg
            let start = svg.firstRange(of: "<title id=\"")!.upperBound
            return String(svg[start...].prefix { $0 != "\"" })
        }
        #expect(Set(ids).count == ids.count)
    }

    @Test func noNumberIsPrintedInScientificNotationOrAsMinusZero() {
        for sample in ChartGallery.samples {
            let svg = sample.chart.svg
            #expect(!svg.contains("e+") && !svg.contains("e-0") && !svg.contains("\"-0\"") && !svg.contains(">−0<") && !svg.contains("nan"), "\(sample.name)")
        }
    }

    @Test func pageIsSelfContained() throws {
        let page = ChartGallery.page()
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("http://") || !page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
        #expect(!page.contains("https://"))
        #expect(page.components(separatedBy: "<details>").count == ChartGallery.samples.count + 1)
        if let path = ProcessInfo.processInfo.environment["CXREPORT_GALLERY"] {
            try Data(page.utf8).write(to: URL(fileURLWithPath: path))
        }
    }
}
