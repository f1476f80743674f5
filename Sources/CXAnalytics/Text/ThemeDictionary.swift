/// Themes of free-text comments ("price", "staff", "delivery" …), each a list of keywords
/// and phrases, matched case-insensitively on whole words.
///
/// Keyword syntax:
/// - `refund`: the word, or its plural (`refunds`; `-es` and consonant + `y` → `-ies` too);
/// - `deliver*`: any word starting with `deliver` (delivery, delivered, delivering);
/// - `contact centre`: the words in sequence, each with the same tolerance, so
///   "contact centres" and "Contact-Centre" match too.
///
/// Words are runs of letters and digits (any script); everything else separates them, and
/// keywords are split the same way, so "e-mail" is the phrase "e mail". Matching only
/// reports which themes a comment mentions, not how often.
public struct ThemeDictionary: Sendable, Hashable {
    /// One theme and its keywords as configured.
    public struct Theme: Sendable, Hashable, Codable {
        public var name: String
        public var keywords: [String]

        public init(name: String, keywords: [String]) {
            self.name = name
            self.keywords = keywords
        }
    }

    /// The themes, sorted by name: a theme's index is its position here.
    public let themes: [Theme]
    private let matcher: ThemeMatcher

    /// A dictionary from theme name → keywords (as read from `cxreport.yml`). Blank
    /// keywords and themes without keywords match nothing.
    public init(_ themes: [String: [String]]) {
        self.themes = themes.map { Theme(name: $0.key, keywords: $0.value) }.sorted { $0.name < $1.name }
        matcher = ThemeMatcher(themes: self.themes)
    }

    /// Equal when the themes and keywords are.
    public static func == (lhs: ThemeDictionary, rhs: ThemeDictionary) -> Bool { lhs.themes == rhs.themes }

    public func hash(into hasher: inout Hasher) { hasher.combine(themes) }

    /// The theme names, sorted.
    public var names: [String] { themes.map(\.name) }

    /// Indices (into `themes`, ascending) of the themes `text` mentions.
    public func themeIndices(in text: String) -> [Int] {
        matcher.matches(text)
    }

    /// How many themes there are.
    var count: Int { themes.count }

    /// Sets the flag of each theme `text` mentions.
    func markThemes(in text: String, _ found: UnsafeMutableBufferPointer<Bool>) {
        matcher.mark(text, in: found)
    }

    /// Sets the flag of each theme the words (byte ranges) of lower-cased ASCII `bytes`
    /// mention, split as the matcher splits text (`ThemeWords`).
    func markThemes(lowered bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Range<Int>>,
                    _ found: UnsafeMutableBufferPointer<Bool>) {
        matcher.mark(bytes, words: words, in: found)
    }

    /// Names of the themes `text` mentions, sorted.
    public func themeNames(in text: String) -> [String] {
        themeIndices(in: text).map { themes[$0].name }
    }
}
