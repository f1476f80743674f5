import CXData
import Testing
@testable import CXSite

/// Rendering a long narrative in pieces (to keep swift-mustache's quadratic parser off
/// long templates) must change nothing: not the Markdown, not an error's location.
struct MustachePiecesTests {
    static var values: [String: Any] { [
        "title": "Q3 *report*",
        "segments": [["name": "North", "nps": 31], ["name": "South <b>", "nps": -4]],
        "empty": [[String: Any]](),
        "flag": true,
    ] }

    /// A body with every kind of tag: sections and inverted sections spanning many
    /// lines, standalone section lines, a multi-line comment, triple and `&` tags,
    /// a directive fence. Repeated so that 64-byte pieces cut it in many places.
    static let body: String = {
        let block = """
        # {{title}}

        {{#segments}}
        - {{name}}: NPS {{nps}}
        {{/segments}}

        {{^empty}}
        No empty rows.
        {{/empty}}
        {{! a comment
            over two lines }}
        Raw {{{title}}} and {{&title}}; {{#flag}}flag on{{/flag}}.

        ```chart
        kind: trend
        ```

        """
        return String(repeating: block, count: 12)
    }()

    func render(_ body: String, pieceBytes: Int) throws -> RenderedMarkdown {
        var renderer = NarrativeRenderer(values: Self.values)
        renderer.mustachePieceBytes = pieceBytes
        return try renderer.render(body: body, file: "content/long.md", bodyLine: 4) { _, line in "<div>chart at \(line)</div>" }
    }

    /// Many small pieces give the same HTML, headings and directive lines as one template.
    @Test func piecesRenderLikeTheWhole() throws {
        #expect(MustachePieces.split(Self.body, minimumBytes: 64).count > 12)
        let whole = try render(Self.body, pieceBytes: .max)
        let pieces = try render(Self.body, pieceBytes: 64)
        #expect(pieces.html == whole.html)
        #expect(pieces.headings == whole.headings)
        #expect(whole.html.contains("<li>South &lt;b&gt;: NPS -4</li>"))
        #expect(whole.html.contains("<div>chart at 17</div>"))   // body line 14 + bodyLine 4 − 1
    }

    /// No cut inside a section: every piece opens and closes its own sections.
    @Test func cutsFallBetweenSections() {
        for piece in MustachePieces.split(Self.body, minimumBytes: 64) {
            let opened = piece.text.components(separatedBy: "{{#").count + piece.text.components(separatedBy: "{{^").count - 2
            #expect(opened == piece.text.components(separatedBy: "{{/").count - 1, "\(piece.text)")
        }
    }

    /// A broken tag in a late piece is reported where the whole template reports it: the
    /// same file, line and column.
    @Test func anErrorInALatePieceKeepsItsLocation() throws {
        // 12 blocks of 16 lines; the unclosed section opens on body line 193 (file line 196).
        let body = Self.body + "{{#segments}}\nnever closed\n"
        func failure(_ pieceBytes: Int) -> String {
            do { _ = try render(body, pieceBytes: pieceBytes); return "no error" } catch { return "\(error)" }
        }
        let whole = failure(.max)
        #expect(whole.hasPrefix("content/long.md:19"), "\(whole)")
        #expect(failure(64) == whole)
    }

    /// Templates that must not be cut stay whole: changed delimiters, unbalanced sections.
    @Test(arguments: ["{{=<% %>=}}\n", "{{/segments}}\n", "{{#segments}}\n"])
    func riskyTemplatesStayWhole(_ prefix: String) {
        #expect(MustachePieces.split(prefix + Self.body, minimumBytes: 64).count == 1)
        #expect(MustachePieces.split(Self.body + "{{unclosed\n", minimumBytes: 64).count == 1)
    }
}
