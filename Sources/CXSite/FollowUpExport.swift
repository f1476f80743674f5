import CXAnalytics
import CXData

/// `follow-up.csv`: the closed-loop list as a file the service team can work from,
/// one row per response at or below the threshold, in the list's order (most revenue at
/// risk when transactions are linked, then lowest score, newest, file line), with comments
/// redacted and, with transactions, a `value_at_risk` column (the customer's revenue).
///
/// A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
/// tab or carriage return) is prefixed with `'`, so a comment cannot become a formula
/// (CSV injection).
enum FollowUpExport {
    static let fileName = "follow-up.csv"

    static func csv(_ list: FollowUpList, segmentNames: [String]) -> [UInt8] {
        var writer = CSVWriter()
        writer.writeRow(["customer", "score", "date", "line"] + segmentNames + ["comment"] + (list.hasValues ? ["value_at_risk"] : []))
        for entry in list.entries {
            let segments = segmentNames.map { name in entry.segments.first { $0.field == name }?.value ?? "" }
            writer.writeRow([inert(entry.customer ?? ""), String(entry.score), entry.date ?? "", String(entry.line)]
                            + segments.map(inert) + [inert(entry.comment ?? "")]
                            + (entry.value.map { [FixedDecimal.string($0, decimals: 2)] } ?? []))
        }
        return writer.bytes
    }

    static func inert(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }
}
