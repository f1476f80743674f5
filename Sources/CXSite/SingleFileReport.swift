/// The whole report as one self-contained HTML file, for a mail attachment: every page
/// becomes a `<section>`, links between pages become links within the file, the
/// stylesheet is inline and charts are inline SVG. No scripts, no external requests.
///
/// Ids are made unique across sections by prefixing each page's heading anchors with
/// the page's id (`segments--by-region`); a link to `segments.html#by-region` becomes
/// `#segments--by-region`, and a link to a page becomes a link to its section.
public struct SingleFileReport {
    public var pages: [SitePage]
    public var bodies: [RenderedMarkdown]
    public var stylesheet: String
    public var site: [String: Any]

    public init(pages: [SitePage], bodies: [RenderedMarkdown], stylesheet: String, site: [String: Any]) {
        self.pages = pages
        self.bodies = bodies
        self.stylesheet = stylesheet
        self.site = site
    }

    /// `index.html` → `index`, `guide/setup.html` → `guide-setup`.
    static func sectionID(_ outputPath: String) -> String {
        var path = outputPath
        if path.hasSuffix(".html") { path.removeLast(5) }
        return "page-" + HeadingAnchor.slug(path.replacingOccurrences(of: "/", with: " "))
    }

    public var html: String {
        let title = HTMLEscaping.escape(site["title"] as? String ?? "Report")
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <meta name="generator" content="cxreport">
        <style>
        \(stylesheet)
        section.cx-page { padding-top: .5rem; }
        section.cx-page + section.cx-page { border-top: 2px solid var(--cx-rule); margin-top: 3rem; }
        </style>
        </head>
        <body>
        <header class="site-header">
        <p class="site-title"><a href="#\(Self.sectionID(pages.first?.outputPath ?? "index.html"))">\(title)</a></p>

        """
        if let subtitle = site["subtitle"] as? String { out += "<p class=\"site-subtitle\">\(HTMLEscaping.escape(subtitle))</p>\n" }
        out += "<nav aria-label=\"Report sections\"><ul>\n"
        for page in pages where page.segment == nil {
            out += "<li><a href=\"#\(Self.sectionID(page.outputPath))\">\(HTMLEscaping.escape(page.title))</a></li>\n"
        }
        out += "</ul></nav>\n</header>\n<main>\n"
        for (page, body) in zip(pages, bodies) {
            out += "<section class=\"cx-page\" id=\"\(Self.sectionID(page.outputPath))\">\n<article>\n"
            out += rewrite(body, of: page)
            out += "</article>\n</section>\n"
        }
        let footer = [site["title"] as? String, site["organization"] as? String, (site["report_date"] as? String).map { "report date " + $0 }]
            .compactMap { $0 }.map(HTMLEscaping.escape).joined(separator: " · ")
        out += "</main>\n<footer class=\"site-footer\"><p>\(footer) · built with cxreport</p></footer>\n</body>\n</html>\n"
        return out
    }

    /// Prefixes heading ids and points internal links at sections of this file.
    func rewrite(_ body: RenderedMarkdown, of page: SitePage) -> String {
        let prefix = Self.sectionID(page.outputPath) + "--"
        var html = ChartIDs.prefixed(body.html, bases: body.chartIDs, prefix: prefix)
        for heading in body.headings {
            html = html.replacingOccurrences(of: " id=\"\(HTMLEscaping.escape(heading.anchor))\">",
                                             with: " id=\"\(prefix)\(HTMLEscaping.escape(heading.anchor))\">")
        }
        let checker = LinkChecker(pages: pages, bodies: bodies)
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: "<a href=\"") {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let href = String(rest[..<end])
            result += target(of: href.replacingOccurrences(of: "&amp;", with: "&"), from: page, checker: checker) ?? href
            rest = rest[end...]
        }
        return result + rest
    }

    /// `#section--anchor` for a link inside the site; nil to keep an external link as it is.
    func target(of href: String, from page: SitePage, checker: LinkChecker) -> String? {
        if LinkChecker.isExternal(href) { return nil }
        let (path, fragment) = LinkChecker.split(href)
        let resolved = path.isEmpty ? page.outputPath : checker.resolve(path, from: page.outputPath)
        guard let resolved, pages.contains(where: { $0.outputPath == resolved }) else { return nil }
        let section = Self.sectionID(resolved)
        if let fragment, !fragment.isEmpty { return "#\(section)--\(HTMLEscaping.escape(fragment))" }
        return "#\(section)"
    }
}
