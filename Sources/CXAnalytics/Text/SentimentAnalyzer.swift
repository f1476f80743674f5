// A port of VADER's SentimentIntensityAnalyzer (vaderSentiment 3.3.2, vaderSentiment.py),
// Copyright (c) 2016 C.J. Hutto, MIT License: see LICENSES/vaderSentiment-MIT.txt.
// Hutto, C.J. & Gilbert, E.E. (2014). VADER: A Parsimonious Rule-based Model for Sentiment
// Analysis of Social Media Text. Eighth International Conference on Weblogs and Social Media.

/// Lexicon- and rule-based sentiment: a faithful port of VADER's `polarity_scores`.
///
/// Emoji are first replaced by their descriptions ("😡" → "pouting face", see `VaderEmoji`).
/// Each token's lexicon valence is then adjusted by VADER's rules, in VADER's order:
/// - "no" before a lexicon word negates it instead of counting itself; a word up to three
///   tokens after "no" (or "no x or/nor y") is negated (× −0.74);
/// - an ALL-CAPS word in mixed-case text gains ±0.733;
/// - boosters and dampeners ("very", "slightly", ±0.293) up to three tokens before a word
///   add to it, damped by distance (×1, ×0.95, ×0.9); in capitals they add ±0.733 more;
/// - negations ("not", "never", any word with "n't") up to three tokens before negate it,
///   except "never so/this" (×1.25) and "without doubt";
/// - "least" before a word negates it, unless "at least" or "very least";
/// - idioms ("the bomb", "kiss of death", "yeah right") replace a word's valence, and "kind
///   of", "sort of" and "just enough" dampen it; "kind" in "kind of" counts nothing;
/// - after the first "but", valences weigh ×1.5 and before it ×0.5 (ported with VADER's
///   value-matching quirk, see `weighButClause`);
/// - each "!" (up to 4) adds 0.292, two or three "?" add 0.18 each and more add 0.96.
///
/// The sum x becomes compound = x / √(x² + 15), clamped to −1…1.
///
/// Not ported: SENTIMENT_LADEN_IDIOMS, which VADER itself never applies. The emoji
/// substitution is VADER's whatever the lexicon, so a custom lexicon scores the words of
/// emoji descriptions ("thumbs up") only if it has them.
///
/// Tokenisation works on UTF-8 bytes and the vocabulary is a byte-keyed hash table, so
/// scoring allocates nothing for ASCII text of up to a few hundred words.
public struct SentimentAnalyzer: Sendable {
    let tokenizer: VaderTokenizer

    /// An analyzer with VADER's rules over `lexicon`.
    public init(lexicon: SentimentLexicon) {
        var vocabulary = WordTable<VaderWord>(capacity: lexicon.count + 128)
        // Sorted, so the table (and any tie in it) is the same on every run.
        for (word, valence) in lexicon.entries.sorted(by: { $0.key < $1.key }) {
            vocabulary.insert(word, VaderWord(valence: valence, inLexicon: true))
        }
        self.init(lexiconWords: vocabulary)
    }

    /// VADER's rules over a vocabulary that holds the lexicon's words.
    private init(lexiconWords: WordTable<VaderWord>) {
        var vocabulary = lexiconWords
        for (word, increment) in VaderRules.boosters {
            vocabulary.insert(word, VaderWord(booster: increment, isBooster: true)) {
                $0.booster = $1.booster
                $0.isBooster = true
            }
        }
        for word in VaderRules.negations {
            vocabulary.insert(word, VaderWord(negates: true)) { existing, _ in existing.negates = true }
        }
        for special in VaderSpecial.allCases where special != .none {
            vocabulary.insert(special.word, VaderWord(special: special)) { $0.special = $1.special }
        }
        // Lexicon words such as "can't stand" contain "n't": VADER's `negated` sees it.
        tokenizer = VaderTokenizer(vocabulary: vocabulary.markingNegations())
    }

    /// VADER with its own lexicon, compiled into the binary: the same analyzer as
    /// `SentimentAnalyzer(lexicon: .vader)`, built straight from the table's bytes in its
    /// order (later lines replace earlier ones, as in the lexicon). Every analysis builds
    /// it before reading a comment, on one thread: going through the lexicon's `String`
    /// dictionary and sorting its 7,506 words took about 10 ms of that (`perf`).
    public static let vader: SentimentAnalyzer = {
        var vocabulary = WordTable<VaderWord>(capacity: 7_506 + 128)
        SentimentLexicon.forEachVaderEntry { word, valence in
            vocabulary.insert(word, VaderWord(valence: valence, inLexicon: true))
        }
        return SentimentAnalyzer(lexiconWords: vocabulary)
    }()

    /// The scores of `text` (`SentimentScores.empty` when it has no words).
    public func scores(_ text: String) -> SentimentScores {
        analyze(text, empty: .empty) { Self.score($0, punctuation: $1) }
    }

    /// The scores of UTF-8 text given as bytes (for callers that hold a row's bytes).
    public func scores(utf8 text: UnsafeBufferPointer<UInt8>) -> SentimentScores {
        analyze(utf8: text, empty: .empty, themes: nil, marks: nil) { Self.score($0, punctuation: $1) }
    }

    /// `scores(text).compound`, without working out the positive, neutral and negative
    /// shares: what the text statistics fold keeps of every comment.
    public func compound(_ text: String) -> Double {
        analyze(text, empty: SentimentScores.empty.compound) { Self.compound($0, punctuation: $1) }
    }

    /// `compound(text)`, also setting in `found` the flag of each theme of `themes` the text
    /// mentions. For an all-ASCII text without emoji the themes are matched on the words the
    /// tokeniser split out in its pass (`ThemeWords`), not on a second lower-cased copy of
    /// the text; other text goes to the matcher whole.
    func compound(_ text: String, markingThemesOf themes: ThemeDictionary, in found: UnsafeMutableBufferPointer<Bool>) -> Double {
        var marked = false
        let compound = withUnsafeMutablePointer(to: &marked) { marked in
            analyze(text, empty: SentimentScores.empty.compound, themes: themes, marks: ThemeMarks(found: found, marked: marked)) {
                Self.compound($0, punctuation: $1)
            }
        }
        if !marked { themes.markThemes(in: text, found) }
        return compound
    }

    /// Runs VADER on `text` and hands the valences of its tokens and its punctuation
    /// emphasis to `finish`; `empty` when it has no words.
    private func analyze<Result>(_ text: String, empty: Result, themes: ThemeDictionary? = nil, marks: ThemeMarks? = nil,
                                 _ finish: (UnsafeBufferPointer<Double>, Double) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable({ analyze(utf8: $0, empty: empty, themes: themes, marks: marks, finish) }) {
            return result
        }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable { analyze(utf8: $0, empty: empty, themes: themes, marks: marks, finish) } ?? empty
    }

    private func analyze<Result>(utf8 text: UnsafeBufferPointer<UInt8>, empty: Result, themes: ThemeDictionary?, marks: ThemeMarks?,
                                 _ finish: (UnsafeBufferPointer<Double>, Double) -> Result) -> Result {
        guard let substituted = VaderEmoji.substitute(text) else {
            return analyze(withoutEmoji: text, empty: empty, themes: themes, marks: marks, finish)
        }
        // Emoji become words the comment does not have: no theme words from that text.
        return substituted.withUnsafeBufferPointer { analyze(withoutEmoji: $0, empty: empty, themes: nil, marks: nil, finish) }
    }

    /// Tokenises and applies the rules to text whose emoji are already replaced.
    private func analyze<Result>(withoutEmoji text: UnsafeBufferPointer<UInt8>, empty: Result, themes: ThemeDictionary?, marks: ThemeMarks?,
                                 _ finish: (UnsafeBufferPointer<Double>, Double) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: VaderToken.self, capacity: text.count / 2 + 1) { tokens in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(text.count, 1)) { scratch in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: marks == nil ? 0 : text.count / 2 + 1) { ranges in
                    var themeWords = ThemeWords(marks == nil ? nil : ranges.baseAddress)
                    let count = tokenizer.tokenize(text, into: tokens.baseAddress!, scratch: scratch.baseAddress!, words: &themeWords)
                    if let marks, let written = themeWords.written {
                        themes?.markThemes(lowered: UnsafeBufferPointer(start: scratch.baseAddress!, count: text.count), words: written, marks.found)
                        marks.marked.pointee = true
                    }
                    guard count > 0 else { return empty }
                    defer { tokens.baseAddress!.deinitialize(count: count) }
                    return withUnsafeTemporaryAllocation(of: Double.self, capacity: count) { sentiments in
                        let tokenBuffer = UnsafeBufferPointer(start: tokens.baseAddress!, count: count)
                        valences(tokenBuffer, into: sentiments)
                        weighButClause(tokenBuffer, sentiments)
                        return finish(UnsafeBufferPointer(sentiments), Self.punctuationEmphasis(text))
                    }
                }
            }
        }
    }
}

/// The flags `compound(_:markingThemesOf:in:)` sets, and where it notes that it set them
/// from the tokeniser's words.
private struct ThemeMarks {
    let found: UnsafeMutableBufferPointer<Bool>
    let marked: UnsafeMutablePointer<Bool>
}

extension WordTable where Value == VaderWord {
    /// Sets `negates` on every key containing "n't", as VADER's `negated` does.
    fileprivate func markingNegations() -> WordTable {
        var table = self
        table.updateValues { key, value in
            if !value.negates && VaderTokenizer.containsNT(key) { value.negates = true }
        }
        return table
    }
}
