import CXData

/// One free-text answer to fold into `TextStatistics`, with what it is broken down by.
public struct TextComment: Hashable, Sendable {
    /// The comment as the respondent wrote it (redacted only when kept as a verbatim).
    public var text: String
    /// A unique, stable row number (the source line): it breaks ties between equally scored
    /// verbatims, so the examples kept do not depend on row order or chunking.
    public var line: Int
    /// Survey weight (1 when unweighted); comments whose weight is not positive and finite
    /// are not counted (`TextStatistics.invalidWeights`).
    public var weight: Double
    /// One code per segment column, as `ResponseRow.segments` (the loader's global codes);
    /// −1 when the value is missing.
    public var segments: [Int32]
    /// Likelihood to recommend (0–10), for the detractor/passive/promoter breakdown; nil
    /// when not answered.
    public var nps: Int?

    public init(text: String, line: Int, weight: Double = 1, segments: [Int32] = [], nps: Int? = nil) {
        self.text = text
        self.line = line
        self.weight = weight
        self.segments = segments
        self.nps = nps
    }

    /// The comment of a loaded response, or nil when it has none (`text:` unmapped or blank).
    public init?(_ row: borrowing ResponseRow) {
        guard let comment = row.comment else { return nil }
        self.init(text: comment, line: row.line, weight: row.weight, segments: row.segments, nps: row.nps)
    }
}
