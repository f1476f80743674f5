import Testing
@testable import CXAnalytics
import CXData

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

    // Proves the matcher's shortcuts (the first-two-bytes filter, the masked prefix compare,
    // the themes of whole-keyword words from their bits) change no result: seeded texts of
    // keyword words, their plurals and endings, near misses, one-letter and other words give
    // the same themes as the plain matcher, for the defaults, for one-letter, non-ASCII,
    // long-prefix and phrase-with-prefix keywords, and for 70 themes (beyond the 63 that
    // have bits), with words that are a keyword of one theme and start a phrase of another.
    @Test func shortcutsChangeNoMatch() {
        let many = Dictionary(uniqueKeysWithValues: (0..<70).map { theme in
            (String(format: "t%02d", theme), ["w\(theme)", "w\((theme + 1) % 70) end", theme % 7 == 0 ? "shared" : "own\(theme)"])
        })
        let dictionaries = [ThemeDictionary.defaults,
                            ThemeDictionary(["mail": ["e mail*", "x", "q*", "ünï*", "Qualität"], "other": ["ab", "zz top"],
                                             "long": ["recommendat*", "deliver* late", "a*"]]),
                            ThemeDictionary(many)]
        var random = SeededGenerator(seed: 9)
        for dictionary in dictionaries {
            let filtered = ThemeMatcher(themes: dictionary.themes), unfiltered = ThemeMatcher(themes: dictionary.themes, takesShortcuts: false)
            var vocabulary = dictionary.themes.flatMap(\.keywords).flatMap {
                $0.replacingOccurrences(of: "*", with: "").split(separator: " ").map(String.init)
            }
            vocabulary += vocabulary.flatMap { [$0 + "s", $0 + "es", $0 + "ing", String($0.dropFirst()), String($0.dropLast()), $0.uppercased()] }
            vocabulary += ["the", "a", "e", "x", "q", "was", "very", "it", "to", "Ü", "délivery", "42", "recommenders"]
            var withThemes = 0
            for _ in 0..<2_000 {
                let words = (0..<8).map { _ in vocabulary[Int(random.uniform() * Double(vocabulary.count))] }
                let text = words.joined(separator: random.uniform() < 0.5 ? " " : ", ")
                let expected = unfiltered.matches(text)
                #expect(filtered.matches(text) == expected, "\(text)")
                if !expected.isEmpty { withThemes += 1 }
            }
            #expect(withThemes > 500)
        }
    }

    // Proves the one-pass ASCII tokenizer finds the same words as the Unicode one on the
    // lower-cased text, lower-cases the same way, and hands any non-ASCII text back: 3,000
    // seeded strings over all 128 ASCII bytes, weighted towards letters, digits and spaces.
    @Test func asciiTokenizerMatchesTheUnicodeOne() {
        var random = SeededGenerator(seed: 3)
        let common = Array("aZ09 ,.-'".utf8)
        for _ in 0..<3_000 {
            let bytes = (0..<Int(random.uniform() * 40)).map { _ in
                random.uniform() < 0.7 ? common[Int(random.uniform() * Double(common.count))] : UInt8(random.uniform() * 128)
            }
            let expectedLowered = Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
            var lowered = [UInt8](repeating: 0, count: max(1, bytes.count))
            var fast = [Range<Int>](repeating: 0..<0, count: bytes.count / 2 + 1), slow = fast
            let fastCount = bytes.withUnsafeBufferPointer { text in
                lowered.withUnsafeMutableBufferPointer { lowered in
                    fast.withUnsafeMutableBufferPointer { ThemeMatcher.tokenizeASCII(text, lowering: lowered.baseAddress!, into: $0.baseAddress!) }
                }
            }
            let slowCount = expectedLowered.withUnsafeBufferPointer { text in
                slow.withUnsafeMutableBufferPointer { ThemeMatcher.tokenize(text, into: $0.baseAddress!) }
            }
            #expect(fastCount == slowCount && fast.prefix(slowCount) == slow.prefix(slowCount), "\(bytes)")
            #expect(Array(lowered.prefix(bytes.count)) == expectedLowered, "\(bytes)")
        }
        let accented = Array("café".utf8)
        var scratch = [UInt8](repeating: 0, count: 8), ranges = [Range<Int>](repeating: 0..<0, count: 4)
        let handedBack = accented.withUnsafeBufferPointer { text in
            scratch.withUnsafeMutableBufferPointer { lowered in
                ranges.withUnsafeMutableBufferPointer { ThemeMatcher.tokenizeASCII(text, lowering: lowered.baseAddress!, into: $0.baseAddress!) }
            }
        }
        #expect(handedBack == nil)
    }
}
