import Foundation
import Testing
@testable import CXSite

/// End-to-end builds of Fixtures/Projects/tiny: 20 hand-counted responses.
///
/// recommend by row: 10,10,9,9,9,8,8,7,6,5 (Q1) | 3,0,10,9,7,7,6,2,9,10 (Q2)
/// - overall: 9 promoters, 5 passives, 6 detractors of 20 → NPS 100·(9 − 6)/20 = 15;
///   adjusted-Wald 95% interval −21.16 … 47.25 (arithmetic in NetPromoterScoreTests) → "−21 to 47".
/// - Q1: 5 promoters, 3 passives, 2 detractors of 10 → 30. Q2: 4, 2, 4 of 10 → 0.
/// - region "*bold* <b>x</b> [a](b)" has 3 rows (< 5): withheld.
struct TinyProjectTests {
    @Test func headlineFiguresMatchHandCount() throws {
        let (output, _) = try ProjectFixture.build(ProjectFixture.project("tiny"))
        let html = try ProjectFixture.read(output + "/index.html")
        #expect(html.contains("<p>NPS is 15 (\u{2212}21 to 47, n = 20).</p>"))
        #expect(html.contains("<li>2025-Q1: 30 (n = 10)</li>"))
        #expect(html.contains("<li>2025-Q2: 0 (n = 10)</li>"))
    }

    /// Script tags and javascript: links in a narrative and Markdown/HTML syntax in a data
    /// value never become live HTML; the config title is escaped in the layout.
    @Test func nothingFromContentOrDataBecomesLiveHTML() throws {
        let (output, _) = try ProjectFixture.build(ProjectFixture.project("tiny"))
        let html = try ProjectFixture.read(output + "/index.html")
        let body = String(html[html.range(of: "<article>")!.lowerBound...])
        #expect(!html.contains("<script"))
        #expect(!body.contains("javascript:"))
        #expect(!body.contains("<img"))
        #expect(!body.contains("<b>"))
        #expect(!body.contains("<em>bold</em>"))
        #expect(!body.contains("href=\"b\""))
        // The data value is shown as text, escaped once.
        #expect(body.contains("[*bold* &lt;b&gt;x&lt;/b&gt; [a](b)]"))
        #expect(html.contains("<title>Tiny · Tiny &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; report</title>"))
        // cmark's safe mode replaces raw HTML with a comment.
        #expect(body.contains("<!-- raw HTML omitted -->"))
    }

    /// The chart fence became a real SVG figure with its data table, and the
    /// suppressed segment shows no value.
    @Test func chartFenceBecomesSVG() throws {
        let (output, _) = try ProjectFixture.build(ProjectFixture.project("tiny"))
        let html = try ProjectFixture.read(output + "/index.html")
        #expect(html.contains("<figure class=\"cx-chart\">\n<svg"))
        #expect(html.contains("role=\"img\""))
        #expect(!html.contains("```chart") && !html.contains("<code class=\"language-chart\">"))
        #expect(html.contains("<table"))
    }

    /// Two builds of the same project are byte-identical, file by file.
    @Test func buildsAreByteIdentical() throws {
        let first = try ProjectFixture.snapshot(ProjectFixture.build(ProjectFixture.project("tiny")).output)
        let second = try ProjectFixture.snapshot(ProjectFixture.build(ProjectFixture.project("tiny")).output)
        #expect(first.keys.sorted() == ["data-quality.html", "index.html", "methodology.html", "sitemap.xml", "style.css"])
        #expect(first == second)
    }
}
