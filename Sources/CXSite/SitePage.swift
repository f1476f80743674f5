import CXData

/// One page of the site: a narrative and where it goes, plus the values that are
/// particular to it (a page made from a segment template knows its segment).
public struct SitePage: @unchecked Sendable {
    public var narrative: Narrative
    /// Path in the output, with `/` separators: `index.html`, `region-north.html`.
    public var outputPath: String
    /// Values added to the report's for this page only (`segment.value` …).
    public var values: [String: Any]
    /// For a page made from `_<column>.md`: the segment it shows.
    public var segment: (field: String, value: String)?

    public init(narrative: Narrative, outputPath: String, values: [String: Any] = [:], segment: (field: String, value: String)? = nil) {
        self.narrative = narrative
        self.outputPath = outputPath
        self.values = values
        self.segment = segment
    }

    /// `../` once per folder level, so links from this page reach the site root.
    public var root: String {
        String(repeating: "../", count: outputPath.split(separator: "/").count - 1)
    }

    public var title: String { narrative.title }
}
