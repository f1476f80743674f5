import CXAnalytics
import CXData
import Dispatch
import Foundation
import Mustache

/// Turns the pages of a project and its analysis into the site's files.
///
/// Page bodies (Mustache, cmark, directives) render in parallel on every core; the
/// results are assembled in page order, so the output does not depend on scheduling.
public struct SiteRenderer: @unchecked Sendable {
    public let config: ProjectConfig
    public let analysis: ResponseAnalysis?
    public let projectDirectory: String
    public let reportDate: String

    private let values: [String: Any]
    private let theme: SiteTheme

    /// What rendering produced: the files and the warnings found on the way.
    public struct Output {
        public var files: [(path: String, contents: [UInt8])]
        public var warnings: [Diagnostic]
        public var notes: [Diagnostic]
        /// The pages and their rendered bodies, in page order (for the single-file report).
        public var pages: [SitePage]
        public var bodies: [RenderedMarkdown]
        public var stylesheet: String
    }

    public init(config: ProjectConfig, analysis: ResponseAnalysis?, projectDirectory: String, reportDate: String) throws {
        self.config = config
        self.analysis = analysis
        self.projectDirectory = projectDirectory
        self.reportDate = reportDate
        values = ReportValues.make(config: config, analysis: analysis, reportDate: reportDate)
        theme = try SiteTheme.load(projectDirectory: projectDirectory)
    }

    public func render() throws -> Output {
        let content = try SiteContent.discover(projectDirectory: projectDirectory, analysis: analysis)
        let pages = content.pages
        let bodies = try renderBodies(pages)
        var warnings = bodies.flatMap(\.warnings)
        warnings += LinkChecker(pages: pages, bodies: bodies.map(\.rendered)).brokenLinks()
        var files: [(path: String, contents: [UInt8])] = [("style.css", Array(theme.stylesheet.utf8))]
        files += layoutPages(pages, bodies: bodies.map(\.rendered)).enumerated().map { index, html in (pages[index].outputPath, html) }
        files.append(("sitemap.xml", Array(Sitemap.xml(pages: pages.map(\.outputPath), baseURL: config.baseURL).utf8)))
        // Customer ids leave the project only when a page publishes the list.
        let usage = DatasetUsage(blocks: bodies.reduce(into: []) { $0.formUnion($1.blocks) },
                                 narratives: pages.filter { !$0.narrative.path.hasPrefix("(built-in)") }.map(\.narrative.body))
        warnings += usage.warnings(config: config)
        if let analysis, let list = analysis.followUp, !list.suppressed, usage.blocks.contains("table:follow-up") {
            files.append((FollowUpExport.fileName, FollowUpExport.csv(list, segmentNames: analysis.segments.map(\.field))))
        }
        return Output(files: files, warnings: warnings, notes: content.notes, pages: pages, bodies: bodies.map(\.rendered),
                      stylesheet: theme.stylesheet)
    }

    private var siteValues: [String: Any] {
        var site: [String: Any] = ["title": config.title, "report_date": reportDate]
        if let subtitle = config.subtitle { site["subtitle"] = subtitle }
        if let organization = config.organization { site["organization"] = organization }
        return site
    }

    private struct Body {
        var rendered: RenderedMarkdown
        var warnings: [Diagnostic]
        /// Directive blocks on the page ("chart:journey", "table:follow-up", "metric"): the
        /// follow-up CSV goes with the site only when a page shows the list.
        var blocks: Set<String> = []
    }

    /// Renders every page body on all cores; the first error in page order wins.
    private func renderBodies(_ pages: [SitePage]) throws -> [Body] {
        let results = UnsafeMutableBufferPointer<Result<Body, Error>?>.allocate(capacity: pages.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let slots = SendableBuffer(results)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            slots.buffer[index] = Result { try renderBody(pages[index]) }
        }
        return try results.map { try $0!.get() }
    }

    /// Every page in its layout, on all cores, in page order.
    private func layoutPages(_ pages: [SitePage], bodies: [RenderedMarkdown]) -> [[UInt8]] {
        var navigations: [String: SiteTheme.Navigation] = [:]
        for page in pages where navigations[page.root] == nil {
            navigations[page.root] = SiteTheme.Navigation(pages: pages, root: page.root)
        }
        let results = UnsafeMutableBufferPointer<[UInt8]>.allocate(capacity: pages.count)
        results.initialize(repeating: [])
        defer { results.deallocate() }
        let slots = SendableBuffer(results)
        let shared = UncheckedSendable((site: siteValues, navigations: navigations))
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            let page = pages[index]
            slots.buffer[index] = Array(theme.page(page, index: index, of: pages, body: bodies[index], siteValues: values,
                                                   site: shared.value.site, navigation: shared.value.navigations[page.root]!).utf8)
        }
        return Array(results)
    }

    /// Mustache with Markdown-escaped values, then cmark with directives.
    private func renderBody(_ page: SitePage) throws -> Body {
        var pageValues = values
        for (key, value) in page.values { pageValues[key] = value }
        var warnings: [Diagnostic] = []
        var blocks: Set<String> = []
        var chartIDs = ChartIDs()
        var rendered = try NarrativeRenderer(values: pageValues).render(
            body: page.narrative.body, file: page.narrative.path, bodyLine: page.narrative.bodyLine
        ) { directive, fenceLine in
            let location = SourceLocation(file: page.narrative.path, line: fenceLine, column: 1)
            guard let analysis else {
                throw DataError(.invalidSetting(key: "directive", value: directive.name, expected: "a responses dataset to draw from"),
                                at: location, hint: "declare datasets.responses in cxreport.yml, or remove the block")
            }
            let fields = analysis.segments.map(\.field)
            let html: String
            switch directive.name {
            case "chart":
                let chart = try ChartDirective.parse(directive, file: page.narrative.path, fenceLine: fenceLine, segmentFields: fields,
                                                     currentSegment: page.segment)
                try chart.checkData(analysis, at: location)
                blocks.insert("chart:" + chart.kind.rawValue)
                warnings += chart.lowBaseWarnings(analysis: analysis, at: location)
                html = chart.html(analysis: analysis)
            case "table":
                let table = try TableDirective.parse(directive, file: page.narrative.path, fenceLine: fenceLine, segmentFields: fields,
                                                     currentSegment: page.segment)
                try table.checkData(analysis, at: location)
                blocks.insert("table:" + table.kind.rawValue)
                html = table.html(analysis: analysis)
            default:
                html = try MetricDirective.parse(directive, file: page.narrative.path, fenceLine: fenceLine).html(analysis: analysis)
                blocks.insert("metric")
            }
            return chartIDs.unique(html)
        }
        rendered.chartIDs = chartIDs.bases
        return Body(rendered: rendered, warnings: warnings, blocks: blocks)
    }
}

/// Lets `concurrentPerform` read values built before it starts and never changed.
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Lets `concurrentPerform` write each iteration's result into its own slot.
private struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
