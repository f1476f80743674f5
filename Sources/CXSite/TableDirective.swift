import CXAnalytics
import CXData

/// A ```` ```table ```` block: an HTML table generated from the results (cmark 0.30 has
/// no pipe tables, and generated tables cannot be broken by data values).
///
///     kind: measure      # measure (default), drivers, data-quality, gaps, sacrifice,
///                        # journey, crm, follow-up, themes or comments
///     measure: nps       # for kind: measure (nps, csat, ces or outcome)
///     by: period         # period or a segment column
///     segment: region=North   # for drivers, gaps and sacrifice: one segment value
///     limit: 20          # rows shown: follow-up (the CSV beside the report has all),
///                        # comments (this many negative and this many positive)
public struct TableDirective {
    public enum Kind: String, CaseIterable, Sendable {
        case measure, drivers
        case dataQuality = "data-quality"
        case gaps, sacrifice, journey, crm
        case followUp = "follow-up"
        /// Themes with their sentiment; example comments.
        case themes, comments

        var requirement: AnalysisRequirement? {
            switch self {
            case .gaps: return .expectations
            case .sacrifice: return .sacrifice
            case .journey: return .journey
            case .crm: return .crm
            case .followUp: return .followUp
            case .themes, .comments: return .text
            case .measure, .drivers, .dataQuality: return nil
            }
        }
    }

    public var kind: Kind
    public var measure: ReportMeasure
    public var by: String
    public var segment: (field: String, value: String)?

    /// What titles and captions add for the segment shown (`SegmentScope`).
    var scope: String { SegmentScope.suffix(segment) }

    /// The reason a withheld row shows: "withheld (n < 5)".
    func withheld(_ analysis: ResponseAnalysis) -> String { "withheld (n < \(analysis.settings.suppressBelow))" }
    public var limit = 20

    public static func parse(_ directive: FencedDirective, file: String, fenceLine: Int, segmentFields: [String],
                             currentSegment: (field: String, value: String)? = nil) throws -> TableDirective {
        let spec = try DirectiveSpec(directive, file: file, fenceLine: fenceLine, keys: ["kind", "measure", "by", "segment", "limit"])
        var table = TableDirective(
            kind: Kind(rawValue: try spec.choice("kind", Kind.allCases.map(\.rawValue), default: "measure"))!,
            measure: ReportMeasure(rawValue: try spec.choice("measure", ReportMeasure.allCases.map(\.rawValue), default: "nps"))!,
            by: try spec.choice("by", ["period"] + segmentFields, default: "period"))
        if let text = try spec.text("segment"), text == "current", let currentSegment {
            table.segment = currentSegment
        } else if let text = try spec.text("segment") {
            let parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: " ") }
            guard parts.count == 2, segmentFields.contains(parts[0]) else {
                throw DataError(.invalidSetting(key: "segment", value: text, expected: "column=value with a segment column"), at: spec.location(of: "segment"))
            }
            table.segment = (parts[0], parts[1])
        }
        if let text = try spec.text("limit") {
            guard let limit = Int(text), limit > 0 else {
                throw DataError(.invalidSetting(key: "limit", value: text, expected: "a whole number of rows above 0"), at: spec.location(of: "limit"))
            }
            table.limit = limit
        }
        return table
    }

    public func html(analysis: ResponseAnalysis) -> String {
        switch kind {
        case .measure: return measureTable(analysis)
        case .drivers: return driverTable(analysis)
        case .dataQuality: return dataQualityTable(analysis)
        case .gaps: return gapTable(analysis)
        case .sacrifice: return sacrificeTable(analysis)
        case .journey: return journeyTable(analysis)
        case .crm: return crmTable(analysis)
        case .followUp: return followUpTable(analysis)
        case .themes: return themeTable(analysis)
        case .comments: return commentTable(analysis)
        }
    }

    /// Refuses, at the block's location, a table the project's data cannot fill.
    func checkData(_ analysis: ResponseAnalysis, at location: SourceLocation) throws {
        try AnalysisRequirement.check(kind.requirement, key: "kind", value: kind.rawValue, analysis: analysis, at: location)
        if kind == .measure, measure == .outcome {
            try AnalysisRequirement.check(.outcome, key: "measure", value: measure.rawValue, analysis: analysis, at: location)
        }
    }

    private func measureTable(_ analysis: ResponseAnalysis) -> String {
        let level = FixedDecimal.string(analysis.settings.confidenceLevel * 100, decimals: 0)
        var table = HTMLTable(caption: "\(measure.longName) by \(by == "period" ? "period" : by)",
                              columns: [(by == "period" ? "Period" : by.capitalized, false), (measure.displayName, true),
                                        ("\(level)% interval", true), ("n", true), (by == "period" ? "Change vs previous period" : "Compared with the rest", false)])
        var previous: GroupResult?
        var previousLabel = ""
        let rows: [(String, GroupResult, [MeasureChange])]
        if by == "period" {
            rows = analysis.periods.map { period in
                defer { previous = period.result; previousLabel = period.period }
                let changes = previous.map { MeasureChange.between($0, period.result, from: previousLabel, to: period.period,
                                                                   level: analysis.settings.confidenceLevel) } ?? []
                return (period.period, period.result, changes)
            }
        } else {
            rows = analysis.segments.first { $0.field == by }?.values.map { ($0.value, $0.result, $0.versusRest) } ?? []
        }
        for (label, result, changes) in rows {
            guard let reading = measure.reading(result) else {
                let reason = result.suppressed ? withheld(analysis) : "no answers"
                table.rows.append([label, "–", "–", FixedDecimal.grouped(result.n), reason])
                continue
            }
            let change = changes.first { $0.measure.rawValue == measure.rawValue }?.phrase ?? ""
            table.rows.append([label + (result.lowBase ? " (low base)" : ""), measure.text(reading.value),
                               "\(measure.text(reading.low)) to \(measure.text(reading.high))", FixedDecimal.grouped(reading.n), change])
        }
        return table.html
    }

    private func driverTable(_ analysis: ResponseAnalysis) -> String {
        let drivers = segment.flatMap { segment in
            analysis.segments.first { $0.field == segment.field }?.values.first { $0.value == segment.value }?.drivers
        } ?? (segment == nil ? analysis.drivers : nil)
        var table = HTMLTable(caption: "Key drivers of likelihood to recommend\(scope)",
                              columns: [("Driver", false), ("Relative weight", true), ("Share of R²", true), ("Correlation", true),
                                        ("Mean rating", true), ("Quadrant", false)])
        guard let drivers else {
            table.rows.append(["Not enough complete answers to estimate drivers", "", "", "", "", ""])
            return table.html
        }
        for item in drivers.ranked {
            table.rows.append([item.name.replacingOccurrences(of: "_", with: " "), FixedDecimal.string(item.relativeWeight, decimals: 3),
                               FixedDecimal.string(item.rescaledWeight, decimals: 1) + "%", FixedDecimal.string(item.correlation, decimals: 2),
                               FixedDecimal.string(item.performance, decimals: 2), item.quadrant.displayName])
        }
        table.footnote = "R² = \(FixedDecimal.string(drivers.r2, decimals: 3)); n = \(FixedDecimal.grouped(drivers.n)) responses that rated every driver (listwise)."
        return table.html
    }

    private func dataQualityTable(_ analysis: ResponseAnalysis) -> String {
        ([analysis.dataQuality] + analysis.linkedDataQuality).map { quality in
            var table = HTMLTable(caption: "Data quality: \(quality.file)",
                                  columns: [("Column", false), ("Role", false), ("Invalid values", true), ("Missing or no answer", true)])
            for column in quality.columns {
                table.rows.append([column.column, column.role, FixedDecimal.grouped(column.invalid),
                                   FixedDecimal.grouped(column.missing + column.notApplicable)])
            }
            table.footnote = "\(FixedDecimal.grouped(quality.rowsRead)) rows read; \(FixedDecimal.grouped(quality.malformedRows)) rows with the wrong number of fields left out."
            return table.html
        }.joined(separator: "\n")
    }
}

/// A simple data table built from text cells, escaped through `HTMLEscaping`.
struct HTMLTable {
    var caption: String
    var columns: [(name: String, numeric: Bool)]
    var rows: [[String]] = []
    var footnote: String?

    var html: String {
        var out = "<div class=\"cx-table\"><table>\n<caption>\(HTMLEscaping.escape(caption))</caption>\n<thead><tr>"
        for column in columns {
            out += "<th scope=\"col\"\(column.numeric ? " class=\"num\"" : "")>\(HTMLEscaping.escape(column.name))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                let numeric = index < columns.count && columns[index].numeric
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                out += "<\(tag)\(numeric ? " class=\"num\"" : "")>\(HTMLEscaping.escape(cell))</\(index == 0 ? "th" : "td")>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>"
        if let footnote { out += "\n<p class=\"cx-table-note\">\(HTMLEscaping.escape(footnote))</p>" }
        return out + "</div>"
    }
}
