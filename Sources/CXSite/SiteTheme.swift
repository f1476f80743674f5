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
            try library.register(layoutTemplate(DefaultTheme.layout, file: "(built-in)/layout.mustache"), named: "layout")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
            for name in names {
                let display = "templates/" + name
                guard let text = try readText((folder as NSString).appendingPathComponent(name), display: display) else { continue }
                library.register(try layoutTemplate(text, file: display),
                                 named: (name as NSString).deletingPathExtension)
            }
            let stylesheet = try readText((folder as NSString).appendingPathComponent("style.css"), display: "templates/style.css")
            return SiteTheme(library: library, stylesheet: stylesheet ?? DefaultTheme.stylesheet)
        } catch let error as DataError {
            throw BuildFailure(step: .narrate, error)
        }
    }

    /// A layout or partial, escaping `{{values}}` with `LayoutEscaping` (Mustache's HTML
    /// escaping, faster); a template's own CONTENT_TYPE pragma still takes over after it.
    static func layoutTemplate(_ text: String, file: String) throws -> MustacheTemplate {
        _ = LayoutEscaping.registered
        return try NarrativeRenderer.template("{{% CONTENT_TYPE: \(LayoutEscaping.contentTypeName)}}\n" + text,
                                              file: file, firstLine: 1, pragmaLines: 1)
    }

    static func readText(_ path: String, display: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DataError(.unreadable("not readable UTF-8 text"), at: SourceLocation(file: display))
        }
        return text
    }

    /// The `nav` values of the pages at one folder depth, with no entry current: built
    /// once per depth rather than once per page (a site of n pages has n² entries).
    struct Navigation {
        var entries: [[String: Any]]
        /// Output path → positions in `entries`.
        var positions: [String: [Int]]

        init(pages: [SitePage], root: String) {
            let listed = pages.filter { $0.segment == nil }
            entries = listed.map { ["title": $0.title, "href": root + $0.outputPath, "current": false] }
            positions = [:]
            for (position, page) in listed.enumerated() { positions[page.outputPath, default: []].append(position) }
        }

        /// The entries with those of `outputPath` marked current.
        func marking(_ outputPath: String) -> [[String: Any]] {
            var marked = entries
            for position in positions[outputPath] ?? [] { marked[position]["current"] = true }
            return marked
        }
    }

    /// The whole HTML page: layout (front matter `template:` or `layout`) around the body,
    /// with navigation, a table of contents and previous/next links.
    func page(_ page: SitePage, index: Int, of pages: [SitePage], body: RenderedMarkdown,
              siteValues: [String: Any], site: [String: Any], navigation: Navigation) -> String {
        let root = page.root
        var context = siteValues
        for (key, value) in page.values { context[key] = value }
        context["site"] = site
        context["root"] = root
        context["page"] = ["title": page.title, "description": page.narrative.description as Any, "path": page.outputPath] as [String: Any]
        context["nav"] = navigation.marking(page.outputPath)
        let toc = body.headings.filter { $0.level == 2 }.map { ["title": $0.text, "href": "#" + $0.anchor] }
        if toc.count >= 2 { context["toc"] = toc }
        if index > 0 { context["previous"] = ["title": pages[index - 1].title, "href": root + pages[index - 1].outputPath] }
        if index + 1 < pages.count { context["next"] = ["title": pages[index + 1].title, "href": root + pages[index + 1].outputPath] }
        context["content"] = body.html
        let template = page.narrative.template ?? "layout"
        return library.render(context, withTemplate: template) ?? library.render(context, withTemplate: "layout") ?? body.html
    }
}
