/// An example comment, already redacted, with its sentiment and source line.
public struct Verbatim: Hashable, Sendable, Codable {
    /// The comment with e-mail addresses, phone numbers and account numbers replaced.
    public var text: String
    /// VADER compound score, −1…1.
    public var compound: Double
    /// The comment's source line (its stable row number).
    public var line: Int

    public init(text: String, compound: Double, line: Int) {
        self.text = text
        self.compound = compound
        self.line = line
    }

    /// Most negative first; equal scores by line, then text (a total order).
    static func moreNegative(_ a: Verbatim, _ b: Verbatim) -> Bool {
        if a.compound != b.compound { return a.compound < b.compound }
        if a.line != b.line { return a.line < b.line }
        return a.text < b.text
    }

    /// Most positive first; equal scores by line, then text (a total order).
    static func morePositive(_ a: Verbatim, _ b: Verbatim) -> Bool {
        if a.compound != b.compound { return a.compound > b.compound }
        if a.line != b.line { return a.line < b.line }
        return a.text < b.text
    }
}
