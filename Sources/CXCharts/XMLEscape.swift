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
        // Fast path: most labels (and the stylesheet) contain nothing to escape.
        var needsWork = false
        for byte in text.utf8 where needsEscape(byte) {
            needsWork = true
            break
        }
        if !needsWork { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case 0..<0x20: out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // U+FFFD
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27: return true
        case 0x09, 0x0A, 0x0D: return false
        default: return byte < 0x20
        }
    }
}
