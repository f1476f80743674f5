import CXAnalytics
import CXData

/// The values narratives can use through Mustache, e.g. `{{nps.score}}` or
/// `{{#periods}}{{period}}: {{nps.score}}{{/periods}}`.
///
/// Every number is preformatted text (fixed decimals, no locale) so output is the
/// same everywhere; the Markdown escaper then makes each value inert.
public enum ReportValues {
    public static func make(config: ProjectConfig, analysis: ResponseAnalysis?, reportDate: String) -> [String: Any] {
        var values: [String: Any] = [
            "title": config.title,
            "report_date": reportDate,
            "confidence": FixedDecimal.string(config.confidenceLevel * 100, decimals: 0) + "%",
            "suppress_below": String(config.suppressBelow),
            "low_base_below": String(config.lowBaseBelow),
        ]
        if let subtitle = config.subtitle { values["subtitle"] = subtitle }
        if let organization = config.organization { values["organization"] = organization }
        guard let analysis else { return values }
        let overall = group(analysis.overall)
        values["overall"] = overall
        values["nps"] = overall["nps"] ?? [:]
        values["n"] = overall["n"]
        values["periods"] = analysis.periods.map { period -> [String: Any] in
            var entry = group(period.result)
            entry["period"] = period.period
            return entry
        }
        if let latest = analysis.periods.last {
            var entry = group(latest.result)
            entry["period"] = latest.period
            values["latest"] = entry
        }
        values["changes"] = analysis.latestChange.map { change -> [String: Any] in
            ["name": change.measure == .outcome && analysis.outcomeName != nil
                ? analysis.outcomeName!.replacingOccurrences(of: "_", with: " ").capitalized + " (share answering yes)"
                : ReportMeasure(rawValue: change.measure.rawValue)?.longName ?? change.measure.rawValue,
             "measure": change.measure.rawValue, "from": change.from, "to": change.to,
             "phrase": change.phrase, "significant": change.significant]
        }
        if let top = analysis.drivers?.topDriver { values["top_driver"] = top.replacingOccurrences(of: "_", with: " ") }
        values["driver_segments"] = analysis.segments.flatMap { field in
            field.values.compactMap { value -> [String: Any]? in
                guard let drivers = value.drivers, let top = drivers.topDriver else { return nil }
                return ["field": field.field, "value": value.value, "top_driver": top.replacingOccurrences(of: "_", with: " "),
                        "n": FixedDecimal.grouped(drivers.n), "differs": top != analysis.drivers?.topDriver,
                        "top_driver_overall": (analysis.drivers?.topDriver ?? "").replacingOccurrences(of: "_", with: " ")]
            }
        }
        values["driver_differences"] = (values["driver_segments"] as? [[String: Any]] ?? []).filter { $0["differs"] as? Bool == true }
        var segments: [String: Any] = [:]
        for field in analysis.segments {
            segments[field.field] = field.values.map { value -> [String: Any] in
                var entry = group(value.result)
                entry["value"] = value.value
                return entry
            }
        }
        values["segments"] = segments
        for (key, value) in experience(analysis) { values[key] = value }
        let quality = analysis.dataQuality
        values["data_quality"] = [
            "file": quality.file,
            "rows_read": FixedDecimal.grouped(quality.rowsRead),
            "problems": FixedDecimal.grouped(quality.problemCount),
            "malformed_rows": FixedDecimal.grouped(quality.malformedRows),
            "first_problems": quality.diagnostics.map(\.description),
            "has_problems": !quality.diagnostics.isEmpty,
        ]
        return values
    }

    static func group(_ result: GroupResult) -> [String: Any] {
        var entry: [String: Any] = [
            "n": FixedDecimal.grouped(result.n),
            "suppressed": result.suppressed,
            "low_base": result.lowBase,
        ]
        if let csat = result.csat {
            entry["csat"] = [
                "score": FixedDecimal.string(csat.score, decimals: 0) + "%",
                "low": FixedDecimal.string(csat.interval.low, decimals: 0) + "%",
                "high": FixedDecimal.string(csat.interval.high, decimals: 0) + "%",
                "mean": FixedDecimal.string(csat.mean, decimals: 2),
                "n": FixedDecimal.grouped(csat.n),
            ]
        }
        if let ces = result.ces {
            entry["ces"] = [
                "mean": FixedDecimal.string(ces.mean, decimals: 2),
                "low": FixedDecimal.string(ces.meanInterval.low, decimals: 2),
                "high": FixedDecimal.string(ces.meanInterval.high, decimals: 2),
                "agree": FixedDecimal.string(ces.agree, decimals: 0) + "%",
                "n": FixedDecimal.grouped(ces.n),
            ]
        }
        if let outcome = result.outcome {
            entry["outcome"] = [
                "score": FixedDecimal.string(outcome.score, decimals: 0) + "%",
                "low": FixedDecimal.string(outcome.interval.low, decimals: 0) + "%",
                "high": FixedDecimal.string(outcome.interval.high, decimals: 0) + "%",
                "n": FixedDecimal.grouped(outcome.n),
            ]
        }
        if let nps = result.nps {
            entry["nps"] = [
                "score": FixedDecimal.string(nps.score, decimals: 0),
                "score_1dp": FixedDecimal.string(nps.score, decimals: 1),
                "low": FixedDecimal.string(nps.interval.low, decimals: 0),
                "high": FixedDecimal.string(nps.interval.high, decimals: 0),
                "margin": FixedDecimal.string(nps.interval.marginOfError, decimals: 1),
                "promoters": FixedDecimal.string(nps.promoters, decimals: 0) + "%",
                "passives": FixedDecimal.string(nps.passives, decimals: 0) + "%",
                "detractors": FixedDecimal.string(nps.detractors, decimals: 0) + "%",
                "n": FixedDecimal.grouped(nps.n),
            ] as [String: Any]
        }
        return entry
    }
}
