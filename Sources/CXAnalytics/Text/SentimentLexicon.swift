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
