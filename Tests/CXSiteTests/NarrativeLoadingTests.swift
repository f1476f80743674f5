import Foundation
import Testing
@testable import CXSite

/// Narratives saved with Windows or old Mac line ends read like any other.
struct NarrativeLoadingTests {
    static func load(_ text: String) throws -> Narrative {
        let folder = try ProjectFixture.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder + "/content", withIntermediateDirectories: true)
        try text.write(toFile: folder + "/content/page.md", atomically: true, encoding: .utf8)
        return try Narrative.load(path: "content/page.md", projectDirectory: folder)
    }

    /// Front matter is recognised with CRLF and with CR line ends, and the body starts on
    /// the same line as with LF (line 4 after three front-matter lines).
    @Test(arguments: ["\r\n", "\r", "\n"])
    func frontMatterWithAnyLineEnd(_ end: String) throws {
        let narrative = try Self.load(["---", "title: Windows page", "---", "# Heading", "Text."].joined(separator: end) + end)
        #expect(narrative.title == "Windows page")
        #expect(narrative.bodyLine == 4)
        #expect(narrative.body == "# Heading\nText.\n")
    }
}
