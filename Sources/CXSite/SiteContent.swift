import CXAnalytics
import CXData
import Foundation

/// Finds the pages of a project: every `content/**/*.md` (drafts left out), one page
/// per segment value for each template named after a segment column
/// (`content/_region.md` → `region-north.html` …), and the generated appendices
/// (methodology, data quality) unless the project has pages of the same name.
public struct SiteContent {
    public var pages: [SitePage]
    /// Notes for the build log, e.g. segment values skipped because they are suppressed.
    public var notes: [Diagnostic]

    public static func discover(projectDirectory: String, analysis: ResponseAnalysis?) throws -> SiteContent {
        let content = (projectDirectory as NSString).appendingPathComponent("content")
        var files: [String] = []
        if let enumerator = FileManager.default.enumerator(atPath: content) {
            while let relative = enumerator.nextObject() as? String {
                if relative.hasSuffix(".md") { files.append(relative) }
            }
        }
        files.sort()
        guard !files.isEmpty else {
            throw DataError(.fileNotFound, at: SourceLocation(file: "content/index.md"),
                            hint: "add Markdown narratives under content/, starting with content/index.md")
        }
        var pages: [SitePage] = []
        var notes: [Diagnostic] = []
        for relative in files {
            let narrative = try Narrative.load(path: "content/" + relative, projectDirectory: projectDirectory)
            if narrative.draft { continue }
            let folder = (relative as NSString).deletingLastPathComponent
            let name = ((relative as NSString).lastPathComponent as NSString).deletingPathExtension
            let prefix = folder.isEmpty ? "" : folder + "/"
            guard name.hasPrefix("_") else {
                pages.append(SitePage(narrative: narrative, outputPath: prefix + name + ".html"))
                continue
            }
            let field = String(name.dropFirst())
            let fields = analysis?.segments.map(\.field) ?? []
            guard let segment = analysis?.segments.first(where: { $0.field == field }) else {
                throw DataError(.invalidSetting(key: "segment page", value: field, expected: "a segment column (\(fields.joined(separator: ", ")))"),
                                at: SourceLocation(file: narrative.path, line: 1, column: 1),
                                hint: ClosestName.suggestion(for: field, among: fields).map { "did you mean _\($0).md?" }
                                    ?? "name the template after a segment column in cxreport.yml, e.g. _region.md")
            }
            var used: Set<String> = []
            for value in segment.values {
                if value.result.suppressed {
                    notes.append(Diagnostic(.note, at: SourceLocation(file: narrative.path),
                                            "no page for \(field) \"\(value.value)\": \(value.result.n) responses, fewer than the \(analysis!.settings.suppressBelow) needed"))
                    continue
                }
                var slug = HeadingAnchor.slug(field + " " + value.value)
                while used.contains(slug) { slug += "-2" }
                used.insert(slug)
                var page = narrative
                page.title = narrative.title.replacingOccurrences(of: "{{value}}", with: value.value)
                if page.title == narrative.title { page.title = "\(narrative.title): \(value.value)" }
                var values = ReportValues.group(value.result)
                values["field"] = field
                values["value"] = value.value
                values["versus_rest"] = value.versusRest.map { ["measure": $0.measure.rawValue, "phrase": $0.phrase, "significant": $0.significant] }
                if let top = value.drivers?.topDriver { values["top_driver"] = top.replacingOccurrences(of: "_", with: " ") }
                pages.append(SitePage(narrative: page, outputPath: prefix + slug + ".html", values: ["segment": values],
                                      segment: (field, value.value)))
            }
        }
        let existing = Set(pages.map(\.outputPath))
        for appendix in BuiltInPages.appendices(hasData: analysis != nil) where !existing.contains(appendix.outputPath) {
            pages.append(appendix)
        }
        pages.sort { ($0.narrative.order, $0.outputPath) < ($1.narrative.order, $1.outputPath) }
        return SiteContent(pages: pages, notes: notes)
    }
}
