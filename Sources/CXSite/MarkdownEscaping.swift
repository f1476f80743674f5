import Mustache

/// Makes a data value safe to splice into Markdown: the value reads as literal text
/// and can never open a heading, list, link, emphasis, HTML tag or code span.
///
/// CommonMark lets a backslash escape any ASCII punctuation character (spec §2.4), so
/// every one is escaped; line breaks become spaces, so a value cannot start a new
/// block. cmark then renders the text escaped for HTML.
public struct MarkdownEscaping: MustacheContentType {
    /// The name narratives select with `{{% CONTENT_TYPE: MARKDOWN}}`.
    public static let contentTypeName = "MARKDOWN"

    public init() {}

    public func escapeText(_ text: String) -> String {
        MarkdownEscaping.escape(text)
    }

    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r", "\n", "\u{2028}", "\u{2029}":
                result += " "
            case "!"..."/", ":"..."@", "["..."`", "{"..."~":
                result += "\\"
                result.unicodeScalars.append(scalar)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Registers the content type with swift-mustache once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownEscaping(), named: contentTypeName)
        return true
    }()
}
