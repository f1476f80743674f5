import Testing
@testable import CXData

/// `themes:` in cxreport.yml: theme name → keywords, with located errors for bad values.
struct ProjectConfigThemesTests {
    static func parse(_ themes: String) throws -> ProjectConfig {
        try ProjectConfig.parse("title: T\n" + themes, file: "cxreport.yml")
    }

    /// Themes land by name with their keywords in the order written; a single keyword may be
    /// written without brackets; without `themes:` the config carries none (defaults apply).
    @Test func parsesThemes() throws {
        let config = try Self.parse("""
        themes:
          price: [price, cost*, value for money]
          parking: car park
        """)
        #expect(config.themes == ["price": ["price", "cost*", "value for money"], "parking": ["car park"]])
        #expect(try Self.parse("").themes == nil)
    }

    /// A list instead of a mapping is reported at `themes:`'s value.
    @Test func themesMustBeAMapping() throws {
        let error = try #require(throws: DataError.self) { try Self.parse("themes: [price, staff]\n") }
        #expect(error.location == SourceLocation(file: "cxreport.yml", line: 2, column: 9))
        #expect(error.description.contains("expected a mapping of theme name: [keywords]"))
    }

    /// An empty keyword list is reported where it was written.
    @Test func emptyThemeIsLocated() throws {
        let error = try #require(throws: DataError.self) { try Self.parse("themes:\n  price: []\n") }
        #expect(error.location == SourceLocation(file: "cxreport.yml", line: 3, column: 10))
        #expect(error.description.contains("\"themes.price\""))
    }

    /// A keyword without letters, or with "*" not ending a word, is reported at that keyword
    /// (line 3; "price, " puts the second keyword at column 18).
    @Test(arguments: ["\"*\"", "\"*cost\"", "\"--\"", "\"\""])
    func badKeywordIsLocated(keyword: String) throws {
        let error = try #require(throws: DataError.self) { try Self.parse("themes:\n  price: [price, \(keyword)]\n") }
        #expect(error.location == SourceLocation(file: "cxreport.yml", line: 3, column: 18))
        #expect(error.description.contains("\"*\" only at the end of a word"))
    }

    /// A nested mapping where keywords belong is rejected, not silently ignored.
    @Test func keywordMustBeText() throws {
        let error = try #require(throws: DataError.self) { try Self.parse("themes:\n  price: [{ a: b }]\n") }
        #expect(error.location.line == 3)
    }
}
