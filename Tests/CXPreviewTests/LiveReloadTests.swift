import CXData
import Foundation
import Testing
@testable import CXPreview

/// What the server adds to HTML on the way out.
@Suite struct LiveReloadTests {
    @Test func theFragmentGoesBeforeTheLastClosingBody() {
        let html = Data("<html><body><pre>&lt;/body&gt;</pre></BODY>\n</html>".utf8)
        let result = String(decoding: LiveReload.inject("<x>", into: html), as: UTF8.self)
        #expect(result == "<html><body><pre>&lt;/body&gt;</pre><x></BODY>\n</html>")
    }

    @Test func aPageWithoutBodyGetsTheFragmentAtTheEnd() {
        let result = String(decoding: LiveReload.inject("<x>", into: Data("<p>hi</p>".utf8)), as: UTF8.self)
        #expect(result == "<p>hi</p><x>")
    }

    @Test func theScriptPollsWithItsVersion() {
        let script = LiveReload.script(version: 7)
        #expect(script.hasPrefix("<script \(LiveReload.marker)>"))
        #expect(script.contains("var version = 7;"))
        #expect(script.contains("\"\(LiveReload.endpoint)?since=\" + version"))
    }

    @Test func theErrorPanelEscapesEveryDiagnostic() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "content/<a>.md", line: 3, column: 1),
                                    "bad \"<script>\" & more", hint: "use <b>")
        let panel = ErrorOverlay.panel([diagnostic])
        #expect(panel.contains("content/&lt;a&gt;.md:3:1: error: bad &quot;&lt;script&gt;&quot; &amp; more"))
        #expect(panel.contains("hint: use &lt;b&gt;"))
        #expect(!panel.contains("<script>") && !panel.contains("<b>"))
        #expect(panel.contains("failed with 1 error;"))
    }

    @Test func portHintsSuggestTheNextPort() {
        #expect(PreviewError.portInUse(8080).description == "error: port 8080 is already in use\n  hint: try --port 8081, or stop the other server")
        #expect(PreviewError.portInUse(65535).description.contains("--port 65534"))
    }
}
