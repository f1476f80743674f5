// The 1,000-page site benchmark's input (Benchmarks/site.sh):
//   cxbench site-corpus DIR [pages]
// writes the same generated pages twice: DIR/cxreport, a documentation-only cxreport
// project (no datasets), and DIR/hugo, a Hugo site whose minimal layouts produce what
// cxreport's default layout does: navigation to every page, a table of contents of the
// level-2 headings, previous/next links, heading anchors and a sitemap.
import Foundation

func writeSiteCorpus(_ args: [String]) throws {
    guard let folder = args.first else { throw BenchmarkUsage("usage: cxbench site-corpus DIR [pages]") }
    let count = args.dropFirst().first.flatMap(Int.init) ?? 1_000
    let cx = folder + "/cxreport", hugo = folder + "/hugo"
    for sub in [cx + "/content", hugo + "/content", hugo + "/layouts/_default"] {
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
    }
    try write(cx + "/cxreport.yml", "title: Benchmark documentation\n")
    try write(hugo + "/hugo.toml", HugoSite.config)
    for (name, text) in HugoSite.layouts { try write(hugo + "/layouts/_default/" + name, text) }

    var corpus = MarkdownCorpus(seed: 2_025, pageCount: count)
    var bytes = 0
    for index in 0..<count {
        let page = corpus.page(index)
        bytes += page.body.utf8.count
        // Page 0 is the home page: index.html in both sites.
        let front = "title: \"\(page.title)\"\ndescription: \"\(page.description)\"\n"
        try write(cx + "/content/" + (index == 0 ? "index" : page.slug) + ".md",
                  "---\n" + front + "order: \(index)\n---\n" + body(page.body, home: "index.html"))
        try write(hugo + "/content/" + (index == 0 ? "_index" : page.slug) + ".md",
                  "---\n" + front + "weight: \(index)\n---\n" + body(page.body, home: "index.html"))
    }
    print("wrote=\(folder) pages=\(count) markdown_bytes=\(bytes)")
}

/// Links to page 0 go to the home page, which both sites write as `index.html`.
private func body(_ markdown: String, home: String) -> String {
    markdown.replacingOccurrences(of: "(" + MarkdownCorpus.slug(0) + ".html)", with: "(" + home + ")")
}

private func write(_ path: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// A theme-less Hugo site mirroring cxreport's built-in layout (without its stylesheet).
private enum HugoSite {
    static let config = """
    baseURL = "/"
    title = "Benchmark documentation"
    uglyURLs = true
    relativeURLs = true
    disableKinds = ["taxonomy", "term", "RSS", "404"]
    enableRobotsTXT = false
    [markup.tableOfContents]
      startLevel = 2
      endLevel = 2
      ordered = true

    """

    static let layouts: [(String, String)] = [
        ("baseof.html", """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} · {{ .Site.Title }}</title>
        {{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
        <link rel="stylesheet" href="style.css">
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to the report</a>
        <header class="site-header">
        <p class="site-title"><a href="index.html">{{ .Site.Title }}</a></p>
        <nav aria-label="Report sections"><ul>
        {{ $current := .RelPermalink }}<li><a href="{{ .Site.Home.RelPermalink }}"{{ if eq $current .Site.Home.RelPermalink }} aria-current="page"{{ end }}>{{ .Site.Home.Title }}</a></li>
        {{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}"{{ if eq $current .RelPermalink }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
        {{ end }}</ul></nav>
        </header>
        <main id="main">
        {{ block "main" . }}{{ end }}
        </main>
        <footer class="site-footer">
        <p>{{ .Site.Title }} · built with Hugo</p>
        </footer>
        </body>
        </html>

        """),
        ("single.html", """
        {{ define "main" }}<nav class="toc" aria-label="On this page"><p>On this page</p>{{ .TableOfContents }}</nav>
        <article>
        {{ .Content }}
        </article>
        <nav class="pager" aria-label="Previous and next">
        {{ with .NextInSection }}<a class="previous" href="{{ .RelPermalink }}" rel="prev">← {{ .Title }}</a>{{ end }}
        {{ with .PrevInSection }}<a class="next" href="{{ .RelPermalink }}" rel="next">{{ .Title }} →</a>{{ end }}
        </nav>
        {{ end }}

        """),
        ("list.html", """
        {{ define "main" }}<nav class="toc" aria-label="On this page"><p>On this page</p>{{ .TableOfContents }}</nav>
        <article>
        {{ .Content }}
        </article>
        <nav class="pager" aria-label="Previous and next">
        {{ with index .Site.RegularPages 0 }}<a class="next" href="{{ .RelPermalink }}" rel="next">{{ .Title }} →</a>{{ end }}
        </nav>
        {{ end }}

        """),
    ]
}
