import Testing
@testable import CXSite

/// The byte-level ASCII slug must give exactly the Character-level slug.
struct HeadingAnchorTests {
    @Test(arguments: [
        "Key drivers: what matters?", "", "   ", "--__--", "NPS 2025 Q1", "a\r\nb", "a\tb\u{0B}c\u{0C}d",
        "C++ & Swift_6 — x", "Ünïcode heading", "日本語 見出し", "`code` *emph*", "trailing -",
    ])
    func asciiPathMatchesCharacterPath(_ text: String) {
        #expect(HeadingAnchor.slug(text) == HeadingAnchor.unicodeSlug(text))
    }

    /// Every ASCII byte alone and between two words.
    @Test func everyASCIIByte() {
        for byte in UInt8(0)...127 {
            let text = "Ab" + String(UnicodeScalar(byte)) + "Cd" + String(UnicodeScalar(byte))
            #expect(HeadingAnchor.asciiSlug(text) == HeadingAnchor.unicodeSlug(text), "byte \(byte)")
        }
    }
}
