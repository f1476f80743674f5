import Mustache

/// The one place where text becomes HTML: every data value and every string from
/// configuration that reaches a page goes through `escapeHTML` (or through cmark,
/// which escapes text itself).
public enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so the result is safe in element content
    /// and in single- or double-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

/// Mustache's own HTML escaping for `{{value}}` in layouts, byte for byte, made fast:
/// swift-mustache looks every Character up in a dictionary, which was a quarter of a
/// 1,000-page build. ASCII text (no multi-scalar Characters but `"\r\n"`, which is not
/// escaped) is escaped byte by byte; other text takes Mustache's Character path.
/// Layouts select it with `{{% CONTENT_TYPE: CXREPORT_HTML}}`, added by `SiteTheme`.
struct LayoutEscaping: MustacheContentType {
    static let contentTypeName = "CXREPORT_HTML"

    static let registered: Bool = {
        MustacheContentTypes.register(LayoutEscaping(), named: contentTypeName)
        return true
    }()

    func escapeText(_ text: String) -> String {
        var ascii = true
        var special = false
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"): special = true
            default: break
            }
        }
        if ascii && !special { return text }
        guard ascii else { return LayoutEscaping.characterEscape(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// swift-mustache's `htmlEscape`, Character by Character.
    static func characterEscape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
