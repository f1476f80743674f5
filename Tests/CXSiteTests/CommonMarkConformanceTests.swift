import Foundation
import Testing
@testable import CXSite

/// The narrative path adds nothing to cmark: every CommonMark spec example (0.31.2)
/// without Mustache tags or directive fences renders exactly as the `cmark` command
/// renders it (Fixtures/CommonMarkSpec/examples.json, made by make_examples.py with
/// cmark 0.30.2), except for the `id` the narrative path puts on each heading.
struct CommonMarkConformanceTests {
    struct Example: Decodable {
        var example: Int
        var markdown: String
        var cmark_html: String
    }

    static func examples() throws -> [Example] {
        let url = ProjectFixture.fixtures.appendingPathComponent("CommonMarkSpec/examples.json")
        return try JSONDecoder().decode([Example].self, from: Data(contentsOf: url))
    }

    /// Removes the heading anchors, the one thing the narrative path adds on purpose.
    static func withoutHeadingIDs(_ html: String) -> String {
        var result = html
        for level in 1...6 {
            while let start = result.range(of: "<h\(level) id=\"") {
                guard let close = result[start.upperBound...].firstIndex(of: ">") else { break }
                result.replaceSubrange(start.lowerBound...close, with: "<h\(level)>")
            }
        }
        return result
    }

    @Test func specExamplesMatchCmark() throws {
        let renderer = NarrativeRenderer(values: [:])
        var checked = 0, mismatches: [Int] = []
        for example in try Self.examples() where !example.markdown.contains("{{") {
            let rendered = try renderer.render(body: example.markdown, file: "spec.md") { _, _ in "" }
            if Self.withoutHeadingIDs(rendered.html) != example.cmark_html { mismatches.append(example.example) }
            checked += 1
        }
        #expect(checked >= 640)
        #expect(mismatches.isEmpty, "examples differing from cmark: \(mismatches)")
    }

    /// Headings get stable, unique anchors from their text.
    @Test func headingAnchors() throws {
        let rendered = try NarrativeRenderer(values: [:]).render(body: "# Key drivers: what *matters*?\n\n## Überblick\n\n## Key drivers what matters\n", file: "a.md") { _, _ in "" }
        #expect(rendered.headings.map(\.anchor) == ["key-drivers-what-matters", "überblick", "key-drivers-what-matters-2"])
        #expect(rendered.html.hasPrefix("<h1 id=\"key-drivers-what-matters\">Key drivers: what <em>matters</em>?</h1>\n"))
    }
}
