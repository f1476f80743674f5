// VADER's rules (vaderSentiment 3.3.2, vaderSentiment.py: sentiment_valence, _negation_check,
// _special_idioms_check, _least_check, _but_check, score_valence), ported line by line.
// Copyright (c) 2016 C.J. Hutto, MIT License: see LICENSES/vaderSentiment-MIT.txt.

extension SentimentAnalyzer {
    typealias Tokens = UnsafeBufferPointer<VaderToken>

    /// `polarity_scores`' loop: one valence per token (0 for boosters, "kind" of "kind of",
    /// and words outside the lexicon).
    func valences(_ tokens: Tokens, into sentiments: UnsafeMutableBufferPointer<Double>) {
        let capsDiffer = Self.capsDiffer(tokens)
        for i in tokens.indices {
            let word = tokens[i].word
            if word.isBooster || (i < tokens.count - 1 && word.special == .kind && tokens[i + 1].word.special == .of) {
                sentiments[i] = 0
            } else {
                sentiments[i] = valence(at: i, tokens, capsDiffer: capsDiffer)
            }
        }
    }

    /// `allcap_differential`: some, but not all, tokens are in capitals.
    static func capsDiffer(_ tokens: Tokens) -> Bool {
        var capitals = 0
        for token in tokens where token.isUpper { capitals += 1 }
        return capitals > 0 && capitals < tokens.count
    }

    /// `sentiment_valence` for token i.
    private func valence(at i: Int, _ tokens: Tokens, capsDiffer: Bool) -> Double {
        let token = tokens[i]
        guard token.word.inLexicon else { return 0 }
        var valence = token.word.valence
        if token.word.special == .no && i != tokens.count - 1 && tokens[i + 1].word.inLexicon {
            valence = 0  // "no" negates the next lexicon word instead of counting itself
        }
        if (i > 0 && tokens[i - 1].word.special == .no) || (i > 1 && tokens[i - 2].word.special == .no)
            || (i > 2 && tokens[i - 3].word.special == .no && (tokens[i - 1].word.special == .or || tokens[i - 1].word.special == .nor)) {
            valence = token.word.valence * VaderRules.negationScalar
        }
        if token.isUpper && capsDiffer {
            valence += valence > 0 ? VaderRules.capsIncrement : -VaderRules.capsIncrement
        }
        for distance in 0..<3 where i > distance && !tokens[i - distance - 1].word.inLexicon {
            var scalar = Self.boost(tokens[i - distance - 1], valence: valence, capsDiffer: capsDiffer)
            if distance == 1 && scalar != 0 { scalar *= 0.95 }
            if distance == 2 && scalar != 0 { scalar *= 0.9 }
            valence += scalar
            valence = Self.negate(valence, tokens, distance: distance, i)
            if distance == 2 { valence = Self.idioms(valence, tokens, i) }
        }
        return Self.least(valence, tokens, i)
    }

    /// `scalar_inc_dec`: a booster's increment, signed like the valence it modifies.
    private static func boost(_ token: VaderToken, valence: Double, capsDiffer: Bool) -> Double {
        guard token.word.isBooster else { return 0 }
        var scalar = token.word.booster
        if valence < 0 { scalar *= -1 }
        if token.isUpper && capsDiffer {
            scalar += valence > 0 ? VaderRules.capsIncrement : -VaderRules.capsIncrement
        }
        return scalar
    }

    /// `_negation_check` for the token `distance + 1` places before token i.
    private static func negate(_ valence: Double, _ tokens: Tokens, distance: Int, _ i: Int) -> Double {
        func special(_ index: Int) -> VaderSpecial { tokens[index].word.special }
        func soOrThis(_ index: Int) -> Bool { special(index) == .so || special(index) == .this }
        switch distance {
        case 0:
            return tokens[i - 1].word.negates ? valence * VaderRules.negationScalar : valence
        case 1:
            if special(i - 2) == .never && soOrThis(i - 1) { return valence * 1.25 }
            if special(i - 2) == .without && special(i - 1) == .doubt { return valence }
            return tokens[i - 2].word.negates ? valence * VaderRules.negationScalar : valence
        default:
            // VADER's precedence: (never and (so or this)) or (so or this just before the word).
            if (special(i - 3) == .never && soOrThis(i - 2)) || soOrThis(i - 1) { return valence * 1.25 }
            if special(i - 3) == .without && (special(i - 2) == .doubt || special(i - 1) == .doubt) { return valence }
            return tokens[i - 3].word.negates ? valence * VaderRules.negationScalar : valence
        }
    }

    /// `_special_idioms_check` (only reached for i ≥ 3): idioms around token i set its
    /// valence; "kind of", "sort of", "just enough" just before it add −0.293 (unsigned,
    /// as in VADER).
    private static func idioms(_ valence: Double, _ tokens: Tokens, _ i: Int) -> Double {
        func w(_ index: Int) -> VaderSpecial { tokens[index].word.special }
        var valence = valence
        let preceding = VaderRules.specialCase(w(i - 1), w(i))
            ?? VaderRules.specialCase(w(i - 2), w(i - 1), w(i))
            ?? VaderRules.specialCase(w(i - 2), w(i - 1))
            ?? VaderRules.specialCase(w(i - 3), w(i - 2), w(i - 1))
            ?? VaderRules.specialCase(w(i - 3), w(i - 2))
        if let preceding { valence = preceding }
        if tokens.count - 1 > i, let following = VaderRules.specialCase(w(i), w(i + 1)) {
            valence = following
        }
        if tokens.count - 1 > i + 1, let following = VaderRules.specialCase(w(i), w(i + 1), w(i + 2)) {
            valence = following
        }
        // BOOSTER_DICT has no three-word keys, so of [3 2 1, 3 2, 2 1] only the pairs can match.
        if let dampener = VaderRules.boosterPair(w(i - 3), w(i - 2)) { valence += dampener }
        if let dampener = VaderRules.boosterPair(w(i - 2), w(i - 1)) { valence += dampener }
        return valence
    }

    /// `_least_check`: "least" before a word negates it, except in "at least" and "very least".
    private static func least(_ valence: Double, _ tokens: Tokens, _ i: Int) -> Double {
        guard i > 0, tokens[i - 1].word.special == .least, !tokens[i - 1].word.inLexicon else { return valence }
        if i > 1 {
            let before = tokens[i - 2].word.special
            return before != .at && before != .very ? valence * VaderRules.negationScalar : valence
        }
        return valence * VaderRules.negationScalar
    }

    /// `_but_check`, quirk included: VADER walks the list and rescales the *first* entry
    /// equal to each value (`sentiments.index(sentiment)`), not necessarily the entry at
    /// that position, so equal valences on both sides of "but" can be weighed on one side.
    func weighButClause(_ tokens: Tokens, _ sentiments: UnsafeMutableBufferPointer<Double>) {
        guard let but = tokens.firstIndex(where: { $0.word.special == .but }) else { return }
        for position in sentiments.indices {
            let value = sentiments[position]
            var first = 0
            while sentiments[first] != value { first += 1 }
            if first < but {
                sentiments[first] = value * 0.5
            } else if first > but {
                sentiments[first] = value * 1.5
            }
        }
    }

    /// `score_valence`'s compound: the sum of the valences, moved away from 0 by the
    /// punctuation emphasis, normalised as x / √(x² + 15) and clamped to −1…1.
    static func compound(_ sentiments: UnsafeBufferPointer<Double>, punctuation: Double) -> Double {
        var sum = 0.0
        for sentiment in sentiments { sum += sentiment }
        if sum > 0 { sum += punctuation } else if sum < 0 { sum -= punctuation }
        return min(1, max(-1, sum / (sum * sum + VaderRules.normalizationAlpha).squareRoot()))
    }

    /// `_punctuation_emphasis`: "!" (up to four) and repeated "?" in the whole text.
    static func punctuationEmphasis(_ text: UnsafeBufferPointer<UInt8>) -> Double {
        let (exclamations, questions) = text.counts(of: 0x21, 0x3F)
        var emphasis = Double(min(exclamations, 4)) * 0.292
        if questions > 1 { emphasis += questions <= 3 ? Double(questions) * 0.18 : 0.96 }
        return emphasis
    }

    /// `score_valence` without rounding: compound and the positive/neutral/negative shares.
    static func score(_ sentiments: UnsafeBufferPointer<Double>, punctuation: Double) -> SentimentScores {
        var positive = 0.0, negative = 0.0, neutral = 0.0
        for sentiment in sentiments {
            if sentiment > 0 { positive += sentiment + 1 }
            if sentiment < 0 { negative += sentiment - 1 }
            if sentiment == 0 { neutral += 1 }
        }
        let compound = compound(sentiments, punctuation: punctuation)
        if positive > abs(negative) { positive += punctuation } else if positive < abs(negative) { negative -= punctuation }
        let total = positive + abs(negative) + neutral
        return SentimentScores(compound: compound, positive: abs(positive / total),
                               neutral: abs(neutral / total), negative: abs(negative / total))
    }
}
