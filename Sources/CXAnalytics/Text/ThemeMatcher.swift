/// The compiled form of a `ThemeDictionary`: keyword patterns indexed by the forms of their
/// first word, matched over the lower-cased UTF-8 bytes of a comment without making a
/// `String` per word.
struct ThemeMatcher: Sendable {
    /// One keyword word: its lower-cased stem and whether it is a prefix (`deliver*`).
    struct Word: Sendable {
        var stem: [UInt8]
        var isPrefix: Bool
    }

    struct Pattern: Sendable {
        var theme: Int
        var words: [Word]
    }

    private var patterns: [Pattern] = []
    /// Exact forms (stem and plurals) of a pattern's first word → the themes of the one-word
    /// patterns among them as bits (themes 0…62), with bit 63 set when the form also starts
    /// a longer pattern or one of a theme from 63 on. A word that is a whole keyword (most
    /// are) then marks its themes from the table's value alone, without reading a list of
    /// patterns and each pattern's words, each a load that waits for the one before.
    private var byFirstWord = WordTable<UInt64>(capacity: 256)
    private static let startsLongerPattern: UInt64 = 1 << 63
    /// By entry of `byFirstWord`: the indices of all the patterns its form starts.
    private var patternsByFirstWord: [[Int]] = []
    /// Patterns whose first word is a prefix, by the first byte of that prefix: a word is
    /// only tried against the prefixes that start like it, not against all of them.
    private var prefixPatterns = [[PrefixStart]](repeating: [], count: 256)
    /// A bit per pair of first two bytes (five low bits of each) that a keyword's first word
    /// can start with. A word of two or more bytes whose pair is clear cannot begin a match,
    /// so most words of a comment ("the", "was", "very") are passed over on one bit test,
    /// without a hash lookup or a look at the prefixes. Pairs may collide, which only lets a
    /// word through to the full test.
    private var startPairs = [UInt64](repeating: 0, count: 16)
    /// Off only in tests: the plain matcher, which the shortcuts (the start-pair filter, the
    /// masked prefix compare and the themes of whole-keyword words read from their bits)
    /// are checked against.
    private let takesShortcuts: Bool
    let themeCount: Int

    init(themes: [ThemeDictionary.Theme], takesShortcuts: Bool = true) {
        themeCount = themes.count
        self.takesShortcuts = takesShortcuts
        for (theme, entry) in themes.enumerated() {
            for keyword in entry.keywords {
                let words = Self.words(of: keyword)
                guard !words.isEmpty else { continue }
                let index = patterns.count
                patterns.append(Pattern(theme: theme, words: words))
                let stem = words[0].stem
                if words[0].isPrefix {
                    prefixPatterns[Int(stem[0])].append(PrefixStart(pattern: index, stem: stem, isWholePattern: words.count == 1))
                    if stem.count >= 2 {
                        markStart(stem[0], stem[1])
                    } else {
                        for second in 0..<32 { markStart(stem[0], UInt8(second)) }  // any word starting with this byte
                    }
                } else {
                    let bits = words.count == 1 && theme < 63 ? UInt64(1) << UInt64(theme) : Self.startsLongerPattern
                    for form in Self.forms(of: stem) {
                        let key = String(decoding: form, as: UTF8.self)
                        byFirstWord.insert(key, bits) { $0 |= $1 }
                        let entry = byFirstWord.index(of: key)!
                        if entry == patternsByFirstWord.count { patternsByFirstWord.append([]) }
                        patternsByFirstWord[entry].append(index)
                        if form.count >= 2 { markStart(form[0], form[1]) }  // one-byte words are never filtered
                    }
                }
            }
        }
    }

    /// A pattern whose first word is a prefix (`deliver*`), with the stem's first eight bytes
    /// as a word so a text word is tested with one masked compare, not a byte loop.
    private struct PrefixStart: Sendable {
        var pattern: Int
        /// The stem's first (up to) eight bytes, little-endian; `mask` covers them.
        var head: UInt64
        var mask: UInt64
        var length: Int
        /// The masked compare alone decides: a one-word pattern with a stem of at most 8 bytes.
        var decides: Bool

        init(pattern: Int, stem: [UInt8], isWholePattern: Bool) {
            self.pattern = pattern
            length = stem.count
            let used = min(8, stem.count)
            head = stem.withUnsafeBufferPointer { $0.littleEndianWord(at: 0) }
            mask = used == 8 ? ~0 : (1 << UInt64(8 * used)) - 1
            decides = isWholePattern && stem.count <= 8
        }

        /// Whether `word` (whose `head` is given) starts with the stem's first eight bytes
        /// and is at least as long as the stem.
        @inline(__always)
        func mayStart(_ word: UnsafeBufferPointer<UInt8>, head: UInt64) -> Bool {
            word.count >= length && head & mask == self.head
        }
    }

    private static func startPair(_ first: UInt8, _ second: UInt8) -> Int { Int(first & 0x1F) << 5 | Int(second & 0x1F) }

    private mutating func markStart(_ first: UInt8, _ second: UInt8) {
        let pair = Self.startPair(first, second)
        startPairs[pair >> 6] |= 1 << UInt64(pair & 63)
    }

    /// Sorted indices of the themes mentioned in `text`.
    func matches(_ text: String) -> [Int] {
        var themes: [Int] = []
        forEachMatch(in: text) { themes.append($0) }
        return themes
    }

    /// Calls `body` with the index of each theme mentioned in `text`, in ascending order.
    func forEachMatch(in text: String, _ body: (Int) -> Void) {
        guard themeCount > 0 else { return }
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: themeCount) { found in
            found.initialize(repeating: false)
            mark(text, in: found)
            for theme in 0..<themeCount where found[theme] { body(theme) }
        }
    }

    /// Sets `found[theme]` for each theme mentioned in `text`.
    func mark(_ text: String, in found: UnsafeMutableBufferPointer<Bool>) {
        var text = text
        text.withUTF8 { original in
            let ascii = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, original.count)) { lowered in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: original.count / 2 + 1) { ranges -> Bool in
                    guard let count = Self.tokenizeASCII(original, lowering: lowered.baseAddress!, into: ranges.baseAddress!) else { return false }
                    mark(UnsafeBufferPointer(start: lowered.baseAddress!, count: original.count),
                         words: UnsafeBufferPointer(start: ranges.baseAddress!, count: count), in: found)
                    return true
                }
            }
            if ascii { return }
            var lowered = String(decoding: original, as: UTF8.self).lowercased()
            lowered.withUTF8 { bytes in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: bytes.count / 2 + 1) { ranges in
                    let count = Self.tokenize(bytes, into: ranges.baseAddress!)
                    mark(bytes, words: UnsafeBufferPointer(start: ranges.baseAddress!, count: count), in: found)
                }
            }
        }
    }

    /// Marks the themes whose patterns match the words (byte ranges) of lower-cased `bytes`:
    /// what `mark(_:in:)` does once it has split the text, for a caller that split it already.
    func mark(_ bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Range<Int>>,
              in found: UnsafeMutableBufferPointer<Bool>) {
        for position in 0..<words.count {
            let word = UnsafeBufferPointer(rebasing: bytes[words[position]])
            if takesShortcuts, word.count >= 2 {
                let pair = Self.startPair(word[0], word[1])
                if startPairs[pair >> 6] & 1 << UInt64(pair & 63) == 0 { continue }
            }
            if let entry = byFirstWord.index(of: word) {
                let bits = byFirstWord.values[entry]
                if takesShortcuts {
                    var alone = bits & ~Self.startsLongerPattern
                    while alone != 0 {
                        found[alone.trailingZeroBitCount] = true
                        alone &= alone - 1
                    }
                }
                if !takesShortcuts || bits & Self.startsLongerPattern != 0 {
                    for pattern in patternsByFirstWord[entry] where !found[patterns[pattern].theme] {
                        if matches(patterns[pattern], bytes, words, at: position) { found[patterns[pattern].theme] = true }
                    }
                }
            }
            let candidates = prefixPatterns[Int(word[0])]
            guard !candidates.isEmpty else { continue }
            let head = word.littleEndianWord(at: 0)
            for start in candidates where (!takesShortcuts || start.mayStart(word, head: head)) && !found[patterns[start.pattern].theme] {
                if (takesShortcuts && start.decides) || matches(patterns[start.pattern], bytes, words, at: position) {
                    found[patterns[start.pattern].theme] = true
                }
            }
        }
    }

    private func matches(_ pattern: Pattern, _ bytes: UnsafeBufferPointer<UInt8>,
                         _ words: UnsafeBufferPointer<Range<Int>>, at position: Int) -> Bool {
        guard position + pattern.words.count <= words.count else { return false }
        for (offset, word) in pattern.words.enumerated() {
            if !Self.word(UnsafeBufferPointer(rebasing: bytes[words[position + offset]]), matches: word) { return false }
        }
        return true
    }

    /// Whether a text word matches a keyword word: prefix, or stem with plural tolerance.
    static func word(_ text: UnsafeBufferPointer<UInt8>, matches keyword: Word) -> Bool {
        let stem = keyword.stem
        guard text.count >= stem.count else { return false }
        if keyword.isPrefix { return text.starts(with: stem) }
        let extra = text.count - stem.count
        if extra > 2 { return false }
        if extra == 0 { return text.elementsEqual(stem) }
        // -s, -es, or consonant + y → -ies (city → cities: 2 bytes longer).
        if extra == 1 { return text.starts(with: stem) && text[stem.count] == UInt8(ascii: "s") }
        if text.starts(with: stem) && text[stem.count] == UInt8(ascii: "e") && text[stem.count + 1] == UInt8(ascii: "s") {
            return true
        }
        guard stem.count >= 2, stem[stem.count - 1] == UInt8(ascii: "y"), !isVowel(stem[stem.count - 2]) else { return false }
        return text.starts(with: stem.dropLast())
            && text[stem.count - 1] == UInt8(ascii: "i") && text[stem.count] == UInt8(ascii: "e") && text[stem.count + 1] == UInt8(ascii: "s")
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }

    /// The exact forms a stem matches: stem, stem + s, stem + es, and stem − y + ies.
    static func forms(of stem: [UInt8]) -> [[UInt8]] {
        var forms = [stem, stem + Array("s".utf8), stem + Array("es".utf8)]
        if stem.count >= 2, stem.last == UInt8(ascii: "y"), !isVowel(stem[stem.count - 2]) {
            forms.append(stem.dropLast() + Array("ies".utf8))
        }
        return forms
    }

    /// A keyword's words, lower-cased and split like comment text; a trailing "*" on a word
    /// makes it a prefix.
    static func words(of keyword: String) -> [Word] {
        var text = keyword.lowercased()
        return text.withUTF8 { bytes in
            var result: [Word] = []
            var index = 0
            while index < bytes.count {
                let length = wordCharacterLength(bytes, at: index)
                if length == 0 {
                    if bytes[index] == UInt8(ascii: "*"), !result.isEmpty { result[result.count - 1].isPrefix = true }
                    index += 1
                    continue
                }
                var end = index
                while end < bytes.count, case let step = wordCharacterLength(bytes, at: end), step > 0 { end += step }
                result.append(Word(stem: Array(bytes[index..<end]), isPrefix: end < bytes.count && bytes[end] == UInt8(ascii: "*")))
                index = end
            }
            return result
        }
    }

    /// For ASCII text, in one pass: writes `text` lower-cased to `lowered` and the ranges of
    /// its words (runs of letters and digits) to `ranges`; returns their count, or nil at
    /// the first byte that is not ASCII (the caller then takes the Unicode path). The same
    /// words as `tokenize` on the lower-cased text, without a separate pass to lower-case
    /// and another to test every byte for being ASCII.
    static func tokenizeASCII(_ text: UnsafeBufferPointer<UInt8>, lowering lowered: UnsafeMutablePointer<UInt8>,
                              into ranges: UnsafeMutablePointer<Range<Int>>) -> Int? {
        var count = 0, start = -1
        for index in 0..<text.count {
            let byte = text[index]
            if byte >= 0x80 { return nil }
            let letter = byte | 0x20  // A–Z and a–z, and only they, land on a–z
            let isWord = letter &- 0x61 < 26 || byte &- 0x30 < 10
            lowered[index] = letter &- 0x61 < 26 ? letter : byte
            if isWord {
                if start < 0 { start = index }
            } else if start >= 0 {
                (ranges + count).initialize(to: start..<index)
                count += 1
                start = -1
            }
        }
        if start >= 0 {
            (ranges + count).initialize(to: start..<text.count)
            count += 1
        }
        return count
    }

    /// Writes the byte ranges of the words of lower-cased `bytes`; returns their count.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into ranges: UnsafeMutablePointer<Range<Int>>) -> Int {
        var count = 0, index = 0
        while index < bytes.count {
            let length = wordCharacterLength(bytes, at: index)
            if length == 0 { index += 1; continue }
            let start = index
            index += length
            while index < bytes.count, case let step = wordCharacterLength(bytes, at: index), step > 0 { index += step }
            (ranges + count).initialize(to: start..<index)
            count += 1
        }
        return count
    }

    /// The byte length of the letter, digit or combining mark at `index`, or 0 for anything
    /// else (and for a continuation byte, which the caller never lands on inside a word).
    @inline(__always)
    static func wordCharacterLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) ? 1 : 0
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return 0 }
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return length
        default: return properties.isAlphabetic ? length : 0
        }
    }
}
