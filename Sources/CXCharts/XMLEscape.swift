/// The one escaping function of CXCharts.
///
/// Every string that reaches SVG or HTML output — element text and attribute values alike —
/// passes through `XMLEscape.escape(_:)`. It escapes the five XML special characters, so the
/// same output is safe as XML text, as a double- or single-quoted attribute value, and as
/// HTML text or attribute (including SVG inlined into an HTML page). Control characters
/// that XML 1.0 forbids are replaced by U+FFFD so the output always parses.
public enum XMLEscape {
    /// Returns `text` with `&`, `<`, `>`, `"` and `'` replaced by entity references.
    public static func escape(_ text: String) -> String {
        // Fast path: most labels contain nothing to escape.
        var needsWork = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needsWork = true
            break
        }
        if !needsWork { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
