import Testing
@testable import CXAnalytics
import CXData

/// The theme words VADER's tokeniser splits out in its pass (`ThemeWords`), against the
/// theme matcher's own split, which stays the reference: the fold matches themes on the
/// first, `ThemeDictionary.themeIndices` and the direct fold path on the second.
@Suite struct ThemeWordsTests {
    /// The words (as their lower-cased bytes) the tokeniser hands over for `bytes`; nil
    /// when it hands none (text that is not all ASCII).
    static func tokenizerWords(_ bytes: [UInt8]) -> [[UInt8]]? {
        let tokenizer = SentimentAnalyzer.vader.tokenizer
        var scratch = [UInt8](repeating: 0, count: max(1, bytes.count))
        var ranges = [Range<Int>](repeating: 0..<0, count: bytes.count / 2 + 1)
        var tokens = [VaderToken](repeating: VaderToken(word: VaderWord(), isUpper: false), count: bytes.count / 2 + 1)
        let written: [Range<Int>]? = bytes.withUnsafeBufferPointer { text in
            scratch.withUnsafeMutableBufferPointer { scratch in
                ranges.withUnsafeMutableBufferPointer { ranges in
                    tokens.withUnsafeMutableBufferPointer { tokens in
                        var words = ThemeWords(ranges.baseAddress!)
                        _ = tokenizer.tokenize(text, into: tokens.baseAddress!, scratch: scratch.baseAddress!, words: &words)
                        return words.written.map(Array.init)
                    }
                }
            }
        }
        return written?.map { Array(scratch[$0]) }
    }

    /// The words the theme matcher's one-pass ASCII split finds, as lower-cased bytes.
    static func matcherWords(_ bytes: [UInt8]) -> [[UInt8]]? {
        var lowered = [UInt8](repeating: 0, count: max(1, bytes.count))
        var ranges = [Range<Int>](repeating: 0..<0, count: bytes.count / 2 + 1)
        let count = bytes.withUnsafeBufferPointer { text in
            lowered.withUnsafeMutableBufferPointer { lowered in
                ranges.withUnsafeMutableBufferPointer { ThemeMatcher.tokenizeASCII(text, lowering: lowered.baseAddress!, into: $0.baseAddress!) }
            }
        }
        return count.map { ranges.prefix($0).map { Array(lowered[$0]) } }
    }

    // Proves the tokeniser's words are the matcher's, word for word and byte for byte, on
    // 5,000 seeded strings over all 128 ASCII bytes, weighted towards letters, digits, the
    // whitespace VADER splits on and the punctuation it strips ("e-mail", "(price)", "5/10",
    // "a_b", "'ok'", "x\u{7F}").
    @Test func tokenizerWordsAreTheMatchersWords() {
        var random = SeededGenerator(seed: 11)
        let common = Array("aZq09 \t\n,.-'!?()/_".utf8)
        var split = 0
        for _ in 0..<5_000 {
            let bytes = (0..<Int(random.uniform() * 48)).map { _ in
                random.uniform() < 0.75 ? common[Int(random.uniform() * Double(common.count))] : UInt8(random.uniform() * 128)
            }
            let expected = Self.matcherWords(bytes)
            #expect(expected != nil)
            #expect(Self.tokenizerWords(bytes) == expected, "\(bytes)")
            if bytes.contains(UInt8(ascii: "-")) { split += 1 }
        }
        #expect(split > 1_000)  // tokens with punctuation inside were met
    }

    // Proves words inside tokens are split as the matcher splits them, with the cases
    // spelled out: punctuation at the ends only, inside, both, and tokens of punctuation alone.
    @Test func tokensWithPunctuationSplitIntoRuns() {
        let text = "E-mail (price) 5/10, don't!! a_b -- ok... x\u{7F}y"
        let expected = ["e", "mail", "price", "5", "10", "don", "t", "a", "b", "ok", "x", "y"].map { Array($0.utf8) }
        #expect(Self.tokenizerWords(Array(text.utf8)) == expected)
        #expect(Self.matcherWords(Array(text.utf8)) == expected)
    }

    // Proves text that is not all ASCII gets no words from the tokeniser (the matcher then
    // reads it whole), wherever the first non-ASCII byte is.
    @Test func nonASCIITextGetsNoWords() {
        for text in ["café prices", "prices café", "great 👍", "naïve"] {
            #expect(Self.tokenizerWords(Array(text.utf8)) == nil, "\(text)")
        }
        #expect(Self.tokenizerWords(Array("plain prices".utf8)) != nil)
    }

    // Proves the fold's call (compound and theme flags from one pass) gives the compound of
    // `compound(_:)` bit for bit and the themes of `themeIndices(in:)`, on the 2,086 VADER
    // reference comments and on comments with accents and emoji, which take the
    // matcher's own path (an emoji's description must not mention a theme).
    @Test func oneTokenisingPassGivesTheSameCompoundAndThemes() throws {
        let themes = ThemeDictionary([
            "delivery": ["deliver*", "courier"], "price": ["price", "fee"], "support": ["contact centre", "call center"],
            "staff": ["staff", "friendly"], "faces": ["face"],
        ])
        let texts = try (SentimentAnalyzerTests.references("vader_reference.tsv") + SentimentAnalyzerTests.references("vader_fuzz.tsv")).map(\.text)
            + ["Friendly staff 😊", "The courier's fee was a joke 😡", "Café price fine", "CONTACT-CENTRE never answered", "😀"]
        var withThemes = 0
        for text in texts {
            let flags = [Bool](unsafeUninitializedCapacity: themes.count) { buffer, count in
                buffer.initialize(repeating: false)
                let compound = SentimentAnalyzer.vader.compound(text, markingThemesOf: themes, in: buffer)
                #expect(compound.bitPattern == SentimentAnalyzer.vader.compound(text).bitPattern, "\(text)")
                count = themes.count
            }
            let found = flags.indices.filter { flags[$0] }
            #expect(found == themes.themeIndices(in: text), "\(text)")
            if !found.isEmpty { withThemes += 1 }
        }
        #expect(withThemes >= 5)
        #expect(themes.themeNames(in: "Friendly staff 😊") == ["staff"])  // "smiling face…" is not a mention
    }
}

/// The tokeniser's eight-bytes-at-a-time classification, byte by byte.
@Suite struct AsciiWordTests {
    // Proves each mask marks exactly the bytes the per-byte rules pick (A–Z, a–z, letters
    // and digits, Python's ASCII whitespace), that lower-casing changes A–Z alone, and that
    // the leading count stops at the first whitespace byte: 20,000 seeded words over all
    // 128 ASCII bytes, weighted towards the ranges' edges ("@AZ[`az{/09:", controls).
    @Test func masksMatchTheByteRules() {
        var random = SeededGenerator(seed: 5)
        let edges = Array("@AZ[`az{/09: \t\n\r\u{0B}\u{0C}\u{1C}\u{1F}\u{08}\u{0E}\u{1B}\u{21}\u{7F}".utf8)
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in random.uniform() < 0.6 ? edges[Int(random.uniform() * Double(edges.count))] : UInt8(random.uniform() * 128) }
            let word = AsciiWord(bytes: bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) })
            func mask(_ rule: (UInt8) -> Bool) -> UInt64 {
                bytes.enumerated().reduce(0) { rule($1.element) ? $0 | 0x80 << UInt64(8 * $1.offset) : $0 }
            }
            let isUpper = { (b: UInt8) in b >= 0x41 && b <= 0x5A }, isLower = { (b: UInt8) in b >= 0x61 && b <= 0x7A }
            let isSpace = { (b: UInt8) in b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F) }
            #expect(word.isASCII)
            #expect(word.upper == mask(isUpper), "\(bytes)")
            #expect(word.lower == mask(isLower), "\(bytes)")
            #expect(word.alphanumeric == mask { isUpper($0) || isLower($0) || ($0 >= 0x30 && $0 <= 0x39) }, "\(bytes)")
            #expect(word.whitespace == mask(isSpace), "\(bytes)")
            let lowered = bytes.map { isUpper($0) ? $0 + 0x20 : $0 }
            #expect(word.lowered == lowered.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }, "\(bytes)")
            #expect(word.leadingNonSpaceCount == (bytes.firstIndex(where: isSpace) ?? 8), "\(bytes)")
        }
        #expect(!AsciiWord(bytes: 0x41_80).isASCII)
    }
}
