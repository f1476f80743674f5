import CXData
import Foundation
import Mustache

/// The layout template and stylesheet: the project's `templates/layout.mustache` and
/// `templates/style.css` where present, the built-in `DefaultTheme` otherwise.
/// Partials are any other `templates/*.mustache`, used as `{{> name}}`.
struct SiteTheme: @unchecked Sendable {
    let library: MustacheLibrary
    let stylesheet: String

    static func load(projectDirectory: String) throws -> SiteTheme {
        let folder = (projectDirectory as NSString).appendingPathComponent("templates")
        var library = MustacheLibrary()
        do {
            try library.register(NarrativeRenderer.template(DefaultTheme.layout, file: "(built-in)/layout.mustache", firstLine: 1, pragmaLines: 0),
                                 named: "layout")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
            for name in names {
                let display = "templates/" + name
                guard let text = try readText((folder as NSString).appendingPathComponent(name), display: display) else { continue }
                library.register(try NarrativeRenderer.template(text, file: display, firstLine: 1, pragmaLines: 0),
                                 named: (name as NSString).deletingPathExtension)
            }
            let stylesheet = try readText((folder as NSString).appendingPathComponent("style.css"), display: "templates/style.css")
            return SiteTheme(library: library, stylesheet: stylesheet ?? DefaultTheme.stylesheet)
        } catch let error as DataError {
            throw BuildFailure(step: .narrate, error)
        }
    }

    static func readText(_ path: String, display: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DataError(.unreadable("not readable UTF-8 text"), at: SourceLocation(file: display))
        }
        return text
    }

    /// The whole HTML page: layout (front matter `template:` or `layout`) around the body,
    /// with navigation, a table of contents and previous/next links.
    func page(_ page: SitePage, index: Int, of pages: [SitePage], body: RenderedMarkdown,
              siteValues: [String: Any], site: [String: Any]) -> String {
        let root = page.root
        var context = siteValues
        for (key, value) in page.values { context[key] = value }
        context["site"] = site
        context["root"] = root
        context["page"] = ["title": page.title, "description": page.narrative.description as Any, "path": page.outputPath] as [String: Any]
        context["nav"] = pages.filter { $0.segment == nil }.map { other -> [String: Any] in
            ["title": other.title, "href": root + other.outputPath, "current": other.outputPath == page.outputPath]
        }
        let toc = body.headings.filter { $0.level == 2 }.map { ["title": $0.text, "href": "#" + $0.anchor] }
        if toc.count >= 2 { context["toc"] = toc }
        if index > 0 { context["previous"] = ["title": pages[index - 1].title, "href": root + pages[index - 1].outputPath] }
        if index + 1 < pages.count { context["next"] = ["title": pages[index + 1].title, "href": root + pages[index + 1].outputPath] }
        context["content"] = body.html
        let template = page.narrative.template ?? "layout"
        return library.render(context, withTemplate: template) ?? library.render(context, withTemplate: "layout") ?? body.html
    }
}
