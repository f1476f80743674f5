/// One message for the user, printed in the style of a compiler diagnostic:
///
///     content/data/responses.csv:1043:7: error: "eleven" in column "recommend" is not a number on the 0–10 scale
///       hint: use a whole number from 0 to 10, or list the value under `missing:` in cxreport.yml
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error, warning, note
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// What the user can do about it, when there is something to say.
    public var hint: String?

    public init(_ severity: Severity, at location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}
