/// Parsing of `themes:` in cxreport.yml: theme name → keywords for free-text comments.
///
/// ```yaml
/// themes:
///   price: [price, cost*, expensive, value for money]
///   parking: [parking, car park]
/// ```
/// A keyword is a word, a phrase, or a word ending in `*` for any word starting with it
/// (`deliver*`). Every error points at the value written.
extension ProjectConfig {
    static func parseThemes(_ node: YAMLValue) throws -> [String: [String]] {
        guard node.isMapping else {
            throw node.invalid("themes", expected: "a mapping of theme name: [keywords], e.g. { price: [price, cost*] }")
        }
        var themes: [String: [String]] = [:]
        for (name, value) in node.entries {
            guard name.contains(where: { !$0.isWhitespace }) else {
                throw value.invalid("themes", expected: "a theme with a name")
            }
            let items = value.items.isEmpty && value.scalarText != nil ? [value] : value.items
            guard !items.isEmpty else {
                throw value.invalid("themes.\(name)", expected: "a list of at least one keyword, e.g. [price, cost*]")
            }
            themes[name] = try items.map { item in
                let keyword = try item.string("themes.\(name)")
                guard isValidKeyword(keyword) else {
                    throw item.invalid("themes.\(name)",
                                       expected: "a word or phrase with letters or digits; \"*\" only at the end of a word (deliver*)")
                }
                return keyword
            }
        }
        return themes
    }

    /// Has a letter or digit, and every `*` directly follows one.
    static func isValidKeyword(_ keyword: String) -> Bool {
        var previous: Character?
        var hasWord = false
        for character in keyword {
            if character.isLetter || character.isNumber { hasWord = true }
            if character == "*", !(previous.map { $0.isLetter || $0.isNumber } ?? false) { return false }
            previous = character
        }
        return hasWord
    }
}
