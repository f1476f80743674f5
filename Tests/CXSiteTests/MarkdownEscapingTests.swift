import Testing
@testable import CXSite

/// The Markdown escaper makes any value render as its literal text through cmark.
struct MarkdownEscapingTests {
    /// Each hostile value, escaped and rendered, yields exactly its HTML-escaped text in a paragraph.
    @Test(arguments: [
        "*bold* <b>x</b> [a](b)",
        "# heading",
        "- item\n+ item\n1. one",
        "`code` ~~~ ``` <!-- c -->",
        "&amp; &#60; \\* \\",
        "![img](javascript:alert(1)) <javascript:alert(1)>",
        "_under_ __strong__ | table | ---",
        "line one\n\n# injected heading",
    ])
    func valuesRenderAsLiteralText(_ value: String) throws {
        let html = try CommonMark.renderHTML("Value: " + MarkdownEscaping.escape(value)) { _ in "" }
        let expected = "<p>Value: " + HTMLEscaping.escape(value.replacingOccurrences(of: "\n", with: " "))
            .replacingOccurrences(of: "&#39;", with: "'") + "</p>\n"
        #expect(html == expected)
    }
}

import Foundation
