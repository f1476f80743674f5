import CXAnalytics
import CXData

/// Narrative values for gaps, sacrifice, the journey, CRM impact and the follow-up
/// list, e.g. `{{#gaps}}{{dimension}}: {{gap}}{{/gaps}}`, `{{crm.revenue_at_risk}}`,
/// `{{#journey.worst_moment}}{{touchpoint}}{{/journey.worst_moment}}`.
///
/// A section exists only when its data does, so `{{#journey}}…{{/journey}}` is the way
/// to write a paragraph that appears only for projects with touchpoints.
extension ReportValues {
    static func experience(_ analysis: ResponseAnalysis) -> [String: Any] {
        var values: [String: Any] = [:]
        let shown = { (suppressed: Bool, value: Double?) in !suppressed && value != nil }
        values["gaps"] = analysis.gaps.filter { shown($0.suppressed, $0.gap) }.map { gap -> [String: Any] in
            ["dimension": label(gap.dimension), "expected": fixed(gap.expected, 2), "perceived": fixed(gap.perceived, 2),
             "gap": fixed(gap.gap, 2), "low": fixed(gap.interval?.low, 2), "high": fixed(gap.interval?.high, 2),
             "n": FixedDecimal.grouped(gap.n), "short": (gap.interval?.high ?? 0) < 0, "exceeds": (gap.interval?.low ?? 0) > 0]
        }
        values["has_gaps"] = !analysis.gaps.isEmpty
        values["has_sacrifice"] = !analysis.sacrifice.isEmpty
        let shortfalls = analysis.gaps.filter { shown($0.suppressed, $0.gap) && ($0.interval?.high ?? 0) < 0 }
            .sorted { ($0.gap ?? 0, $0.dimension) < ($1.gap ?? 0, $1.dimension) }
        if let worst = shortfalls.first {
            values["largest_gap"] = ["dimension": label(worst.dimension), "gap": fixed(worst.gap, 2), "n": FixedDecimal.grouped(worst.n)]
        }
        values["sacrifice"] = analysis.sacrifice.filter { shown($0.suppressed, $0.gap) }.map { gap -> [String: Any] in
            ["attribute": label(gap.attribute), "wanted": fixed(gap.wanted, 1), "received": fixed(gap.received, 1),
             "gap": fixed(gap.gap, 1), "low": fixed(gap.interval?.low, 1), "high": fixed(gap.interval?.high, 1),
             "differing": fixed(gap.differing, 0) + "%", "n": FixedDecimal.grouped(gap.n)]
        }
        if let outcome = analysis.overall.outcome, let name = analysis.outcomeName {
            values["outcome"] = ["name": label(name), "score": fixed(outcome.score, 0) + "%", "low": fixed(outcome.interval.low, 0) + "%",
                                 "high": fixed(outcome.interval.high, 0) + "%", "n": FixedDecimal.grouped(outcome.n)]
        }
        if let text = analysis.text { values["voice"] = voiceValues(text) }
        if let journey = analysis.journey { values["journey"] = journeyValues(journey, alpha: 1 - analysis.settings.confidenceLevel) }
        if let crm = analysis.crm { values["crm"] = crmValues(crm) }
        if let list = analysis.followUp, !list.suppressed {
            values["follow_up"] = ["count": FixedDecimal.grouped(list.count), "threshold": String(list.threshold)]
        }
        return values
    }

    /// `{{voice.comments}}`, `{{voice.negative}}`, `{{#voice.most_negative_theme}}{{name}}…`,
    /// `{{#voice.detractor_theme}}{{name}}…` (what detractors write about most).
    private static func voiceValues(_ text: TextResult) -> [String: Any] {
        var values: [String: Any] = ["comments": FixedDecimal.grouped(text.overall.n)]
        if let mix = text.overall.sentiment {
            values["negative"] = fixed(mix.negative, 0) + "%"
            values["positive"] = fixed(mix.positive, 0) + "%"
        }
        let shown = text.overall.themes.filter { !$0.suppressed && $0.negativeShare != nil }
        if let worst = shown.max(by: { ($0.negativeShare!, $1.name) < ($1.negativeShare!, $0.name) }) {
            values["most_negative_theme"] = ["name": worst.name, "negative": fixed(worst.negativeShare, 0) + "%",
                                             "comments": FixedDecimal.grouped(worst.volume)]
        }
        if let detractors = text.npsGroups.first(where: { $0.value == "detractors" }), !detractors.suppressed,
           let top = detractors.themes.filter({ !$0.suppressed }).max(by: { ($0.volume, $1.name) < ($1.volume, $0.name) }) {
            values["detractor_theme"] = ["name": top.name, "share": fixed(top.share, 0) + "%", "comments": FixedDecimal.grouped(detractors.n)]
        }
        return values
    }

    private static func journeyValues(_ journey: CustomerJourney, alpha: Double) -> [String: Any] {
        var values: [String: Any] = [
            "customers": FixedDecimal.grouped(journey.customers),
            "events": FixedDecimal.grouped(journey.events),
            "stages": journey.stages.filter { !$0.suppressed }.map { stage -> [String: Any] in
                ["stage": stage.stage.description, "mean": fixed(stage.mean, 2), "negative": fixed(stage.negative, 0) + "%",
                 "n": FixedDecimal.grouped(stage.n)]
            },
            "moments_of_truth": journey.momentsOfTruth.prefix(5).map(moment),
        ]
        if let worst = journey.momentsOfTruth.first { values["worst_moment"] = moment(worst) }
        if let fit = journey.peakEnd, !fit.suppressed {
            var peakEnd: [String: Any] = ["n": FixedDecimal.grouped(fit.n), "r_peak_end": fixed(fit.r("peak_end"), 2),
                                          "r_average": fixed(fit.r("average"), 2)]
            // One predictor is called better only when Williams' t says the difference is
            // significant (`PeakEndFit.verdict`); without a verdict the page gives the r alone.
            if let difference = fit.difference, let verdict = fit.verdict {
                peakEnd["better"] = verdict == .peakEnd
                peakEnd["average_better"] = verdict == .average
                peakEnd["no_difference"] = verdict == .neither
                peakEnd["t"] = fixed(difference.t, 2)
                peakEnd["p"] = pValue(difference.p, alpha: alpha)
            }
            values["peak_end"] = peakEnd
        }
        return values
    }

    private static func moment(_ moment: MomentOfTruth) -> [String: Any] {
        ["touchpoint": moment.touchpoint, "stage": moment.stage, "negative": fixed(moment.negative, 0) + "%",
         "customers": FixedDecimal.grouped(moment.customers), "impact": FixedDecimal.grouped(Int(moment.impact.rounded()))]
    }

    private static func crmValues(_ crm: CRMImpact) -> [String: Any] {
        var values: [String: Any] = ["window": crm.window.description]
        if let atRisk = crm.revenueAtRisk { values["revenue_at_risk"] = FixedDecimal.grouped(Int(atRisk.rounded())) }
        if let share = crm.revenueAtRiskShare { values["revenue_at_risk_share"] = fixed(share, 0) + "%" }
        for group in crm.groups where !group.suppressed {
            values[group.group.description + "s"] = [
                "customers": FixedDecimal.grouped(group.customers),
                "revenue_per_customer": fixed(group.revenuePerCustomer, 2),
                "repeat_rate": group.repeatRate.map { fixed($0, 0) + "%" } ?? "–",
            ]
        }
        return values
    }

    /// "p = 0.212", "p < 0.001"; with more digits where three would round onto the
    /// significance level (0.0496 and 0.0504 are not both "p = 0.050").
    static func pValue(_ p: Double, alpha: Double) -> String {
        if p < 0.001 { return "p < 0.001" }
        var decimals = 3
        while decimals < 6, FixedDecimal.string(p, decimals: decimals) == FixedDecimal.string(alpha, decimals: decimals) { decimals += 1 }
        return "p = " + FixedDecimal.string(p, decimals: decimals)
    }

    private static func fixed(_ value: Double?, _ decimals: Int) -> String {
        value.map { FixedDecimal.string($0, decimals: decimals) } ?? "–"
    }

    private static func label(_ name: String) -> String { name.replacingOccurrences(of: "_", with: " ") }
}
