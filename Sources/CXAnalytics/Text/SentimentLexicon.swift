/// A sentiment lexicon: word → mean valence on VADER's −4…+4 scale.
///
/// `SentimentLexicon.vader` is VADER's lexicon (vaderSentiment 3.3.2, MIT licence, see
/// LICENSES/vaderSentiment-MIT.txt), compiled into the binary and parsed once, at first
/// use. A caller may instead load its own table (same licence caution: only a lexicon
/// whose licence allows redistribution may ship; NRC EmoLex, for one, may not) and pass it
/// in as a dictionary or as VADER-format text.
///
/// Keys are matched against lower-cased tokens, so a key with upper-case letters (VADER
/// has a few emoticons such as `:D`) is present but never matched, as in VADER itself.
public struct SentimentLexicon: Sendable, Hashable {
    /// Word → valence.
    public let entries: [String: Double]

    /// A lexicon from a dictionary of word → valence.
    public init(entries: [String: Double]) {
        self.entries = entries
    }

    /// Parses VADER-format text: one entry per line, `word<TAB>valence[<TAB>…]`, later
    /// duplicates replacing earlier ones. Blank lines are skipped; surrounding whitespace and
    /// "\r" are trimmed as vaderSentiment's `make_lex_dict` trims them.
    /// - Throws: `SentimentLexicon.ParseError` naming the first line that has no tab or whose
    ///   valence is not a finite number.
    public init(parsing text: String) throws(ParseError) {
        var entries: [String: Double] = [:]
        entries.reserveCapacity(8_192)
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, let valence = Double(fields[1]), valence.isFinite else {
                throw ParseError(line: lineNumber, text: String(line))
            }
            entries[String(fields[0])] = valence
        }
        self.entries = entries
    }

    /// VADER's lexicon (7,506 entries), compiled into the binary.
    public static let vader: SentimentLexicon = {
        do {
            return try SentimentLexicon(parsing: vaderTable)
        } catch {
            fatalError("the compiled-in VADER lexicon does not parse: \(error)")
        }
    }()

    /// Calls `body` with each word of the compiled-in VADER table (its UTF-8 bytes) and its
    /// valence, in the table's order, as `init(parsing:)` reads each line: trimmed of
    /// surrounding ASCII whitespace, blank lines skipped, the word before the first tab and
    /// the valence up to the next. The table is known to parse (`vader`'s check).
    static func forEachVaderEntry(_ body: (UnsafeBufferPointer<UInt8>, Double) -> Void) {
        var text = vaderTable
        text.withUTF8 { bytes in
            func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                var low = start, high = end
                while low < high && isSpace(bytes[low]) { low += 1 }
                while high > low && isSpace(bytes[high - 1]) { high -= 1 }
                start = end + 1
                guard low < high, let tab = bytes[low..<high].firstIndex(of: 0x09) else { continue }
                let valenceEnd = bytes[(tab + 1)..<high].firstIndex(of: 0x09) ?? high
                guard let valence = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<valenceEnd]), as: UTF8.self)),
                      valence.isFinite else { continue }
                body(UnsafeBufferPointer(rebasing: bytes[low..<tab]), valence)
            }
        }
    }

    /// The valence of `word` exactly as written (callers lower-case first), or nil.
    public func valence(of word: String) -> Double? { entries[word] }

    /// Number of entries.
    public var count: Int { entries.count }

    /// A line of lexicon text that is not `word<TAB>valence`.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// 1-based line number.
        public var line: Int
        /// The offending line, trimmed.
        public var text: String

        public var description: String {
            "lexicon line \(line): expected 'word<TAB>valence', found '\(text)'"
        }
    }
}

extension Substring {
    /// Drops leading and trailing ASCII whitespace (space, \t, \n, \r, \v, \f), as Python's
    /// `str.strip()` does for the ASCII lexicon files this reads.
    fileprivate func trimmingWhitespace() -> Substring {
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}" || c == "\r\n" }
        var slice = self
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return slice
    }
}
