import CXAnalytics
import CXData
import Foundation
import Mustache

/// Turns narratives and analysis results into the site's files (path → bytes).
public struct SiteRenderer {
    public let config: ProjectConfig
    public let analysis: ResponseAnalysis
    public let projectDirectory: String
    public let reportDate: String

    private let values: [String: Any]
    private let layout: MustacheTemplate
    private let stylesheet: String

    public init(config: ProjectConfig, analysis: ResponseAnalysis, projectDirectory: String, reportDate: String) throws {
        _ = MarkdownEscaping.registered
        self.config = config
        self.analysis = analysis
        self.projectDirectory = projectDirectory
        self.reportDate = reportDate
        values = ReportValues.make(config: config, analysis: analysis, reportDate: reportDate)
        let templates = (projectDirectory as NSString).appendingPathComponent("templates")
        let layoutPath = (templates as NSString).appendingPathComponent("layout.mustache")
        do {
            if let text = try SiteRenderer.readText(layoutPath, display: "templates/layout.mustache") {
                layout = try NarrativeRenderer.template(text, file: "templates/layout.mustache", firstLine: 1, pragmaLines: 0)
            } else {
                layout = try MustacheTemplate(string: DefaultTheme.layout)
            }
            stylesheet = try SiteRenderer.readText((templates as NSString).appendingPathComponent("style.css"),
                                                   display: "templates/style.css") ?? DefaultTheme.stylesheet
        } catch let error as DataError {
            throw BuildFailure(step: .narrate, error)
        }
    }

    /// Narratives under `content/`, in navigation order (front matter `order`, then path).
    public func narratives() throws -> [Narrative] {
        let content = (projectDirectory as NSString).appendingPathComponent("content")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: content)) ?? []
        let pages = try names.filter { $0.hasSuffix(".md") }.sorted().map {
            try Narrative.load(path: "content/\($0)", projectDirectory: projectDirectory)
        }
        guard !pages.isEmpty else {
            throw DataError(.fileNotFound, at: SourceLocation(file: "content/index.md"),
                            hint: "add Markdown narratives under content/, starting with content/index.md")
        }
        return pages.filter { !$0.draft }.sorted { ($0.order, $0.path) < ($1.order, $1.path) }
    }

    public func render() throws -> [(path: String, contents: [UInt8])] {
        let pages = try narratives()
        var files: [(path: String, contents: [UInt8])] = [("style.css", Array(stylesheet.utf8))]
        for page in pages {
            let body = try renderBody(page)
            let nav = pages.map { other -> [String: Any] in
                ["title": other.title, "href": other.outputName, "current": other.path == page.path]
            }
            var context = values
            context["site"] = siteValues
            context["page"] = ["title": page.title, "description": page.description as Any] as [String: Any]
            context["nav"] = nav
            context["content"] = body
            files.append((page.outputName, Array(layout.render(context).utf8)))
        }
        return files
    }

    private var siteValues: [String: Any] {
        var site: [String: Any] = ["title": config.title, "report_date": reportDate]
        if let subtitle = config.subtitle { site["subtitle"] = subtitle }
        if let organization = config.organization { site["organization"] = organization }
        return site
    }

    /// Mustache with Markdown-escaped values, then cmark with directives.
    public func renderBody(_ page: Narrative) throws -> String {
        let segmentFields = analysis.segments.map(\.field)
        return try NarrativeRenderer(values: values).render(body: page.body, file: page.path, bodyLine: page.bodyLine) { directive, fenceLine in
            switch directive.name {
            case "chart":
                return try ChartDirective.parse(directive, file: page.path, fenceLine: fenceLine, segmentFields: segmentFields)
                    .html(analysis: analysis)
            case "table":
                return try TableDirective.parse(directive, file: page.path, fenceLine: fenceLine, segmentFields: segmentFields)
                    .html(analysis: analysis)
            default:
                return try MetricDirective.parse(directive, file: page.path, fenceLine: fenceLine).html(analysis: analysis)
            }
        }.html
    }

    static func readText(_ path: String, display: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DataError(.unreadable("not readable UTF-8 text"), at: SourceLocation(file: display))
        }
        return text
    }
}
