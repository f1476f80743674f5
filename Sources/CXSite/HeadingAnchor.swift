/// Turns heading text into a URL fragment that stays the same from build to build:
/// lower-cased letters and digits (any script), words joined by `-`, punctuation dropped.
/// "Key drivers: what matters?" → `key-drivers-what-matters`.
public enum HeadingAnchor {
    public static func slug(_ text: String) -> String {
        asciiSlug(text) ?? unicodeSlug(text)
    }

    /// The general path, on Characters; the reference the ASCII path must agree with.
    static func unicodeSlug(_ text: String) -> String {
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

    /// The same slug for all-ASCII text, byte by byte: a page has thousands of headings
    /// and the Character path (lower-casing, grapheme breaking) costs microseconds each.
    /// nil when the text has a non-ASCII byte.
    static func asciiSlug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var slug: [UInt8] = []
            slug.reserveCapacity(bytes.count)
            var pendingDash = false
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if pendingDash && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                    pendingDash = false
                    slug.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingDash && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                    pendingDash = false
                    slug.append(byte + 32)
                // Character.isWhitespace for ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
                case 0x09...0x0D, UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "_"):
                    pendingDash = true
                case 0x80...:
                    return nil
                default:
                    continue
                }
            }
            return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
        }
    }
}
