// The word lists and constants of VADER (vaderSentiment 3.3.2, vaderSentiment.py),
// Copyright (c) 2016 C.J. Hutto, MIT License: see LICENSES/vaderSentiment-MIT.txt.

/// VADER's empirically derived constants and word lists, and the per-word facts the rules
/// need, looked up once per token.
enum VaderRules {
    /// Booster ("very") and dampener ("slightly") increments.
    static let boosterIncrement = 0.293
    static let boosterDecrement = -0.293
    /// Added for an ALL-CAPS word in mixed-case text.
    static let capsIncrement = 0.733
    /// Factor for a negated word.
    static let negationScalar = -0.74
    /// compound = x / √(x² + alpha).
    static let normalizationAlpha = 15.0

    /// NEGATE. A word also negates when it contains "n't".
    static let negations: [String] = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    /// The single-word entries of BOOSTER_DICT (its two-word entries "kind of", "sort of" and
    /// "just enough" are matched as word pairs through `VaderSpecial`).
    static let boosters: [String: Double] = {
        let up = ["absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
                  "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
                  "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping",
                  "flippin", "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully",
                  "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
                  "incredible", "incredibly", "intensely", "major", "majorly", "more", "most",
                  "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
                  "thoroughly", "total", "totally", "tremendous", "tremendously", "uber", "unbelievably",
                  "unusually", "utter", "utterly", "very"]
        let down = ["almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little",
                    "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely",
                    "slight", "slightly", "somewhat", "sorta", "sortof", "sort-of"]
        var table: [String: Double] = [:]
        for word in up { table[word] = boosterIncrement }
        for word in down { table[word] = boosterDecrement }
        return table
    }()

    /// SPECIAL_CASES: idioms containing lexicon words, with the valence they take instead
    /// ("badass" is also a key there but can never match a two- or three-word sequence).
    static func specialCase(_ first: VaderSpecial, _ second: VaderSpecial) -> Double? {
        switch (first, second) {
        case (.the, .shit), (.the, .bomb): return 3
        case (.bad, .ass): return 1.5
        case (.bus, .stop): return 0
        case (.yeah, .right): return -2
        case (.beating, .heart): return 3.5
        default: return nil
        }
    }

    /// The three-word SPECIAL_CASES.
    static func specialCase(_ first: VaderSpecial, _ second: VaderSpecial, _ third: VaderSpecial) -> Double? {
        switch (first, second, third) {
        case (.kiss, .of, .death): return -1.5
        case (.to, .die, .for): return 3
        default: return nil
        }
    }

    /// The two-word entries of BOOSTER_DICT, all dampeners.
    static func boosterPair(_ first: VaderSpecial, _ second: VaderSpecial) -> Double? {
        switch (first, second) {
        case (.kind, .of), (.sort, .of), (.just, .enough): return boosterDecrement
        default: return nil
        }
    }
}

/// Words that VADER's rules name, so the rules compare small codes instead of strings.
enum VaderSpecial: UInt8, Sendable, Hashable, CaseIterable {
    case none
    case no, but, least, kind, of, at, very, never, so, this, without, doubt, or, nor
    // Words of SPECIAL_CASES and the two-word boosters.
    case the, shit, bomb, bad, ass, bus, stop, yeah, right, kiss, death, to, die, `for`
    case beating, heart, just, enough, sort

    /// The lower-case word, e.g. "for".
    var word: String { String(describing: self) }
}

/// What VADER knows about one lower-cased word.
struct VaderWord: Sendable, Hashable {
    /// Mean valence from the lexicon (0 when not in it).
    var valence = 0.0
    /// BOOSTER_DICT increment (0 when not a booster).
    var booster = 0.0
    var special = VaderSpecial.none
    var inLexicon = false
    var isBooster = false
    /// In NEGATE or containing "n't".
    var negates = false
}
