/// Turns heading text into a URL fragment that stays the same from build to build:
/// lower-cased letters and digits (any script), words joined by `-`, punctuation dropped.
/// "Key drivers: what matters?" → `key-drivers-what-matters`.
public enum HeadingAnchor {
    public static func slug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(character)
            } else if character.isWhitespace || character == "-" || character == "_" {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
