// A byte-level port of VADER's SentiText tokenisation (vaderSentiment 3.3.2),
// Copyright (c) 2016 C.J. Hutto, MIT License: see LICENSES/vaderSentiment-MIT.txt.

/// One token as VADER's rules see it: what the vocabulary knows about its lower-cased form,
/// and whether it is written in capitals (Python's `str.isupper()`).
struct VaderToken {
    var word: VaderWord
    var isUpper: Bool
}

/// VADER's `SentiText._words_and_emoticons`, on UTF-8 bytes:
///
/// 1. split on whitespace as Python's `str.split()` does (the Unicode White_Space set);
/// 2. strip leading and trailing ASCII punctuation (`string.punctuation`) from each token,
///    unless that leaves two code points or fewer (then the token is kept whole, so ":)"
///    and "ok," stay as written);
/// 3. look up the lower-cased token.
///
/// ASCII tokens are lower-cased byte by byte; tokens with other characters go through
/// `String.lowercased()` and Unicode case properties (a rare, slower path).
struct VaderTokenizer {
    let vocabulary: WordTable<VaderWord>

    /// Writes the tokens of `text` to `tokens` (room for `text.count / 2 + 1`), using
    /// `scratch` (room for `text.count` bytes) for lower-cased bytes; returns the count.
    ///
    /// One pass over each token's bytes finds its end and, for ASCII, lower-cases it into
    /// `scratch` and notes its case: what VADER's rules need of all but the rare token with
    /// other characters, which `unicodeToken` reads again.
    ///
    /// The same pass writes to `words` (when it has a buffer) the ranges of the text's words
    /// as the theme matcher splits them, runs of ASCII letters and digits lower-cased in
    /// `scratch`, while the text is all ASCII: the matcher then need not lower-case and split
    /// every comment a second time. A token's word is the token without the punctuation at
    /// its ends (taken before VADER's two-code-point rule, which only decides how the token
    /// is looked up); a token with other characters inside ("e-mail", "5/10") is split into
    /// its runs.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: UnsafeMutablePointer<VaderToken>,
                  scratch: UnsafeMutablePointer<UInt8>, words: inout ThemeWords) -> Int {
        var count = 0
        var index = 0
        let end = text.count
        while index < end {
            let space = Self.whitespaceLength(text, at: index)
            if space > 0 { index += space; continue }
            let start = index
            var isASCII = true
            // Bit 0: a lower-case letter seen, bit 1: an upper-case one. Kept as bits, not
            // Bools joined with ||, so the loop has no branch per byte but the token's end.
            var cases: UInt8 = 0
            var separators = 0  // bytes that are neither letters nor digits
            while index < end {
                // Eight ASCII bytes at a time while they last (`AsciiWord`); the byte loop
                // below takes the rest, and any byte that is not ASCII.
                if index + 8 <= end, case let word = AsciiWord(text, at: index), word.isASCII {
                    let length = word.leadingNonSpaceCount
                    let inToken: UInt64 = length == 8 ? ~0 : (1 << UInt64(8 * length)) - 1
                    UnsafeMutableRawPointer(scratch + index).storeBytes(of: word.lowered.littleEndian, as: UInt64.self)
                    if word.lower & inToken != 0 { cases |= 1 }
                    if word.upper & inToken != 0 { cases |= 2 }
                    separators &+= length - (word.alphanumeric & inToken).nonzeroBitCount
                    index += length
                    if length < 8 { break }
                    continue
                }
                let byte = text[index]
                if byte < 0x80 {
                    if Self.isASCIIWhitespace(byte) { break }
                    let folded = byte | 0x20
                    let letter: UInt8 = folded &- 0x61 < 26 ? 1 : 0
                    let digit: UInt8 = byte &- 0x30 < 10 ? 1 : 0
                    cases |= letter << (~byte >> 5 & 1)  // bit 5 clear: upper case
                    separators &+= Int(1 &- (letter | digit))
                    scratch[index] = letter != 0 ? folded : byte
                } else {
                    if Self.whitespaceLength(text, at: index) > 0 { break }
                    isASCII = false
                }
                index += 1
            }
            if isASCII {
                var (low, high) = Self.strippingPunctuation(text, start, index)
                if words.isCollecting {
                    // Punctuation is never a letter or digit: when it is all the token has,
                    // the stripped token is one word.
                    if separators == (low - start) + (index - high) {
                        words.append(low..<high)
                    } else {
                        words.appendRuns(of: scratch, in: low..<high)
                    }
                }
                // Stripped, unless that leaves two bytes or fewer (each a code point).
                // Punctuation has no case, so the token's case is the stripped token's.
                if high - low <= 2 { low = start; high = index }
                let key = UnsafeBufferPointer(start: scratch + low, count: high - low)
                // The key's first eight bytes lower-cased from the text in one load (the
                // scratch bytes were just stored, and a load that spans several stores
                // waits for them). A token of letters and digits alone (no separators)
                // cannot contain "n't".
                let head = low + 8 <= end ? AsciiWord(text, at: low, count: high - low).lowered : key.littleEndianWord(at: 0)
                let word = lookUp(key, head: head, mayNegate: separators > 0)
                (tokens + count).initialize(to: VaderToken(word: word, isUpper: cases == 2))
            } else {
                words.stop()
                (tokens + count).initialize(to: unicodeToken(text, start, index))
            }
            count += 1
        }
        return count
    }

    /// A token with a character that is not ASCII (never punctuation, so it stays in the
    /// stripped token): stripped as an ASCII token is, counting code points, lower-cased by
    /// `String.lowercased()` and its case read from Unicode properties (`isUpper`).
    private func unicodeToken(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> VaderToken {
        var (low, high) = Self.strippingPunctuation(text, start, end)
        var scalars = 0  // counted only as far as a third code point: all the rule needs
        var offset = low
        while offset < high && scalars <= 2 {
            if text[offset] & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
        }
        if scalars <= 2 { low = start; high = end }
        let original = String(decoding: UnsafeBufferPointer(rebasing: text[low..<high]), as: UTF8.self)
        var lowered = original.lowercased()
        let word = lowered.withUTF8 { lookUp($0) }
        return VaderToken(word: word, isUpper: Self.isUpper(original))
    }

    /// `start..<end` without the ASCII punctuation at either end.
    @inline(__always)
    private static func strippingPunctuation(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var low = start, high = end
        while low < high && isPunctuation(text[low]) { low += 1 }
        while high > low && isPunctuation(text[high - 1]) { high -= 1 }
        return (low, high)
    }

    private func lookUp(_ lowered: UnsafeBufferPointer<UInt8>) -> VaderWord {
        lookUp(lowered, head: lowered.littleEndianWord(at: 0), mayNegate: true)
    }

    /// The vocabulary's entry for `lowered`, whose first eight bytes are `head`; for a word
    /// it lacks, whether it contains "n't" (never, unless `mayNegate`).
    @inline(__always)
    private func lookUp(_ lowered: UnsafeBufferPointer<UInt8>, head: UInt64, mayNegate: Bool) -> VaderWord {
        if let index = vocabulary.index(of: lowered, prefix: head) { return vocabulary.values[index] }
        return VaderWord(negates: mayNegate && Self.containsNT(lowered))
    }

    /// Whether the lower-cased bytes contain "n't" (VADER's `negated`, include_nt).
    static func containsNT(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        for index in 0..<(bytes.count - 2) where bytes[index] == 0x6E && bytes[index + 1] == 0x27 && bytes[index + 2] == 0x74 {
            return true
        }
        return false
    }

    /// Python's `str.isupper()`: at least one cased character, and no lower-case or
    /// title-case one.
    static func isUpper(_ string: String) -> Bool {
        var cased = false
        for scalar in string.unicodeScalars {
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter { return false }
            if properties.isUppercase { cased = true }
        }
        return cased
    }

    /// `string.punctuation`: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~
    @inline(__always)
    static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    /// U+0020, U+0009–000D, U+001C–001F: Python's whitespace below U+0080. The subtractions
    /// wrap below the range, so one unsigned compare per range (a `ClosedRange.contains`
    /// here was not inlined).
    @inline(__always)
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte &- 0x09 <= 0x0D - 0x09 || byte &- 0x1C <= 0x1F - 0x1C
    }

    /// The byte length of the whitespace character at `index`, or 0. Python's whitespace:
    /// U+0009–000D, U+001C–001F, U+0020, U+0085, U+00A0, U+1680, U+2000–200A, U+2028,
    /// U+2029, U+202F, U+205F, U+3000.
    @inline(__always)
    static func whitespaceLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = text[index]
        if byte < 0x80 { return isASCIIWhitespace(byte) ? 1 : 0 }
        let remaining = text.count - index
        switch byte {
        case 0xC2:
            return remaining >= 2 && (text[index + 1] == 0x85 || text[index + 1] == 0xA0) ? 2 : 0
        case 0xE1:
            return remaining >= 3 && text[index + 1] == 0x9A && text[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard remaining >= 3 else { return 0 }
            let second = text[index + 1], third = text[index + 2]
            if second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF) { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            return remaining >= 3 && text[index + 1] == 0x80 && text[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}

/// Where `VaderTokenizer` writes the theme matcher's words of an all-ASCII text: their byte
/// ranges, into a buffer with room for one per two bytes of text plus one. Collecting stops
/// for good at the first token that is not ASCII (the matcher then reads the text itself).
struct ThemeWords {
    private let ranges: UnsafeMutablePointer<Range<Int>>?
    private var count = 0
    /// Whether words are still being written: a buffer was given and the text so far is ASCII.
    private(set) var isCollecting: Bool

    init(_ ranges: UnsafeMutablePointer<Range<Int>>?) {
        self.ranges = ranges
        isCollecting = ranges != nil
    }

    /// The words written; nil when the text was not all ASCII or no buffer was given.
    var written: UnsafeBufferPointer<Range<Int>>? {
        guard isCollecting, let ranges else { return nil }
        return UnsafeBufferPointer(start: ranges, count: count)
    }

    /// Appends one word (nothing for an empty range).
    @inline(__always)
    mutating func append(_ range: Range<Int>) {
        guard !range.isEmpty, let ranges else { return }
        (ranges + count).initialize(to: range)
        count += 1
    }

    /// Appends each word of the lower-cased `bytes` in `range`, split as the matcher splits
    /// text (`ThemeMatcher.tokenize`).
    mutating func appendRuns(of bytes: UnsafeMutablePointer<UInt8>, in range: Range<Int>) {
        guard let ranges, !range.isEmpty else { return }
        let found = ThemeMatcher.tokenize(UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count), into: ranges + count)
        for index in count..<(count + found) {
            ranges[index] = (ranges[index].lowerBound + range.lowerBound)..<(ranges[index].upperBound + range.lowerBound)
        }
        count += found
    }

    mutating func stop() { isCollecting = false }
}

/// Eight bytes of text classified at once (SWAR: each test sets the high bit of the bytes
/// that pass it), for the tokeniser's common case of ASCII text. A test "a ≤ byte ≤ b" is
/// two additions: byte + (0x80 − a) reaches the high bit when byte ≥ a, byte + (0x7F − b)
/// when byte > b; with every byte below 0x80 no addition carries into the next byte.
struct AsciiWord {
    /// The bytes, first byte lowest.
    let bytes: UInt64

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    init(_ text: UnsafeBufferPointer<UInt8>, at index: Int) {
        bytes = UInt64(littleEndian: UnsafeRawPointer(text.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// The `count` (1…8) bytes from `index` (where eight can be read), the rest zero.
    @inline(__always)
    init(_ text: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) {
        let word = AsciiWord(text, at: index).bytes
        bytes = count >= 8 ? word : word & (1 << UInt64(8 * count) - 1)
    }

    init(bytes: UInt64) { self.bytes = bytes }

    /// No byte is 0x80 or above; the other properties hold only then.
    var isASCII: Bool { bytes & Self.highs == 0 }

    @inline(__always)
    private func between(_ low: UInt8, _ high: UInt8) -> UInt64 {
        (bytes &+ UInt64(0x80 - low) &* Self.ones) & ~(bytes &+ UInt64(0x7F - high) &* Self.ones) & Self.highs
    }

    var upper: UInt64 { between(0x41, 0x5A) }
    var lower: UInt64 { between(0x61, 0x7A) }
    var alphanumeric: UInt64 { upper | lower | between(0x30, 0x39) }
    /// Python's whitespace below U+0080: U+0009–000D, U+001C–001F and U+0020.
    var whitespace: UInt64 { between(0x09, 0x0D) | between(0x1C, 0x20) }
    /// The bytes with A–Z lower-cased.
    var lowered: UInt64 { bytes | upper >> 2 }
    /// Bytes before the first whitespace byte (8 when there is none).
    var leadingNonSpaceCount: Int { whitespace.trailingZeroBitCount >> 3 }
}
