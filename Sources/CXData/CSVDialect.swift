/// How a delimited text file separates its fields.
///
/// Survey tools export with `,` (Qualtrics, SurveyMonkey), spreadsheets in many
/// European locales with `;`, and databases often with tab. The quote is always `"`
/// (RFC 4180): a quoted field may hold delimiters and line breaks, and `""` inside it
/// stands for one quote.
public struct CSVDialect: Hashable, Sendable {
    public var delimiter: UInt8

    public init(delimiter: UInt8) {
        self.delimiter = delimiter
    }

    public static let comma = CSVDialect(delimiter: UInt8(ascii: ","))
    public static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
    public static let tab = CSVDialect(delimiter: UInt8(ascii: "\t"))

    /// Names accepted in `cxreport.yml` (`delimiter: ";"`, `delimiter: tab`).
    public init?(name: String) {
        switch name {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "tab", "\\t": self = .tab
        default: return nil
        }
    }

    /// Picks the delimiter that occurs most often, outside quotes, in the first line
    /// of `sample`. Commas win ties, because they are the RFC 4180 default.
    public static func sniff<C: Collection>(_ sample: C) -> CSVDialect where C.Element == UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in sample {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if counts[byte] != nil { counts[byte]! += 1 }
        }
        let best = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
            .max { counts[$0]! < counts[$1]! }!
        return counts[best]! > 0 ? CSVDialect(delimiter: best) : .comma
    }
}
