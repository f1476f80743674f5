/// Keeps chart element ids unique on a page and across the single-file report.
///
/// A chart's ids come from its content (`cx-` and 16 hex digits, then `-title`, `-desc`,
/// `-clip`…; see CXCharts' `ChartID`), so they stay the same from build to build. The
/// same chart twice on a page, or on two pages of one file, would repeat them, and
/// `aria-labelledby`, clip paths and patterns would all point at the first copy. The
/// second copy on a page becomes `cx-…-2` (the third `-3`…); in the single-file report
/// each page's ids also take the page's section prefix, as its heading ids do.
struct ChartIDs {
    private var uses: [String: Int] = [:]

    /// The distinct id bases used on the page so far, in order of first use.
    private(set) var bases: [String] = []

    /// `html` of one directive block, with the ids of a chart already on the page renamed.
    mutating func unique(_ html: String) -> String {
        var html = html
        for base in Self.bases(in: html) {
            let count = uses[base, default: 0] + 1
            uses[base] = count
            if count == 1 {
                bases.append(base)
            } else {
                html = html.replacingOccurrences(of: base, with: base + "-\(count)")
            }
        }
        return html
    }

    /// Every distinct chart id base (`cx-` + 16 hex digits) that an `id="…"` names in `html`.
    static func bases(in html: String) -> [String] {
        var found: [String] = []
        var rest = Substring(html)
        while let start = rest.range(of: " id=\"cx-") {
            let digits = rest[start.upperBound...].prefix(16)
            if digits.count == 16, digits.allSatisfy(\.isHexDigit) {
                let base = "cx-" + digits
                if !found.contains(base) { found.append(base) }
            }
            rest = rest[start.upperBound...]
        }
        return found
    }

    /// `html` with every id of the charts `bases` prefixed by `prefix` (bases renamed
    /// `-2`, `-3`… on the page start with their base, so they follow).
    static func prefixed(_ html: String, bases: [String], prefix: String) -> String {
        bases.reduce(html) { $0.replacingOccurrences(of: $1, with: prefix + $1) }
    }
}
