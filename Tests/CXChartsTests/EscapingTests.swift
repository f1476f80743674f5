import Testing
@testable import CXCharts

@Suite struct EscapingTests {
    @Test func escapesTheFiveSpecialCharacters() {
        #expect(XMLEscape.escape(#"a<b>&"c"'d"#) == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d")
    }

    @Test func leavesPlainAndUnicodeTextAlone() {
        #expect(XMLEscape.escape("Zürich — 東京 😀") == "Zürich — 東京 😀")
    }

    @Test func replacesForbiddenControlCharacters() {
        #expect(XMLEscape.escape("a\u{01}b\tc") == "a\u{FFFD}b\tc")
    }

    @Test func builderEscapesTextAndAttributes() {
        let element = SVGElement("text", [("data-x", "\"><script>")], text: "</svg><script>alert(1)</script>")
        let markup = element.render()
        #expect(markup == #"<text data-x="&quot;&gt;&lt;script&gt;">&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;</text>"#)
        #expect(!markup.contains("<script"))
    }

    @Test func builderKeepsAttributeOrderAndSelfCloses() {
        let element = SVGElement("rect", [("y", "2"), ("x", "1")])
        #expect(element.render() == #"<rect y="2" x="1"/>"#)
        #expect(SVGElement("td", text: "").render() == "<td></td>")
    }
}
