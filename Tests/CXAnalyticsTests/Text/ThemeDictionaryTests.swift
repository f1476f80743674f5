import Testing
@testable import CXAnalytics

/// Theme matching: whole words, case-insensitive, plurals, prefixes and phrases.
@Suite struct ThemeDictionaryTests {
    static let dictionary = ThemeDictionary([
        "delivery": ["deliver*", "courier"],
        "support": ["contact centre", "call center"],
        "price": ["price", "fee", "policy"],
        "empty": [],
    ])

    // Proves themes are sorted by name and indexed in that order.
    @Test func themesAreSortedByName() {
        #expect(Self.dictionary.names == ["delivery", "empty", "price", "support"])
    }

    // Proves whole-word, case-insensitive matching with plural tolerance (-s, -es, -y → -ies).
    @Test(arguments: [
        ("PRICES went up", ["price"]),
        ("Fees!", ["price"]),
        ("the policies changed", ["price"]),
        ("the couriers were late", ["delivery"]),
        ("priceless", []),          // not a whole word
        ("spice", []),              // "price" inside another word
        ("reprice", []),
    ])
    func wordsAndPlurals(text: String, expected: [String]) {
        #expect(Self.dictionary.themeNames(in: text) == expected)
    }

    // Proves prefixes match any continuation and phrases match across punctuation and case.
    @Test(arguments: [
        ("Delivered late", ["delivery"]),
        ("deliveries", ["delivery"]),
        ("Called the Contact-Centre twice", ["support"]),
        ("contact centres", ["support"]),
        ("the centre of contact", []),
        ("call centre", []),        // only "call center" is configured
        ("Call Center and delivery fee", ["delivery", "price", "support"]),
    ])
    func prefixesAndPhrases(text: String, expected: [String]) {
        #expect(Self.dictionary.themeNames(in: text) == expected)
    }

    // Proves non-ASCII words split and case-fold correctly (a curly apostrophe separates words).
    @Test func nonASCII() {
        let dictionary = ThemeDictionary(["qualität": ["qualität"], "staff": ["staff"]])
        #expect(dictionary.themeNames(in: "Die QUALITÄT war schlecht") == ["qualität"])
        #expect(dictionary.themeNames(in: "the staff’s attitude") == ["staff"])
        #expect(dictionary.themeNames(in: "qualitäten") == [])
    }

    // Proves the default themes exist and catch typical comments.
    @Test func defaults() {
        let defaults = ThemeDictionary.defaults
        #expect(defaults.names == ["delivery", "price", "quality", "returns", "staff", "support", "wait time", "website"])
        #expect(defaults.themeNames(in: "Delivery was late but the support was great")
                == ["delivery", "support", "wait time"])
        #expect(defaults.themeNames(in: "Overpriced and the app keeps crashing") == ["price", "website"])
        #expect(defaults.themeNames(in: "Still waiting for my refund") == ["returns", "wait time"])
        #expect(defaults.themeNames(in: "The staff were not very helpful") == ["staff"])
        #expect(defaults.themeNames(in: "Lovely!") == [])
    }

    // Proves an empty dictionary matches nothing.
    @Test func emptyDictionary() {
        #expect(ThemeDictionary([:]).themeIndices(in: "price delivery") == [])
    }
}
