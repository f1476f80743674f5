import CXAnalytics
import CXData

/// Tables of the experience beyond the headline scores: gaps, sacrifice, journey
/// touchpoints, revenue by NPS group and the closed-loop follow-up list.
extension TableDirective {
    private var level: (ResponseAnalysis) -> String {
        { FixedDecimal.string($0.settings.confidenceLevel * 100, decimals: 0) + "% interval" }
    }

    private static func label(_ name: String) -> String { name.replacingOccurrences(of: "_", with: " ") }

    private static func number(_ value: Double?, _ decimals: Int, suffix: String = "") -> String {
        value.map { FixedDecimal.string($0, decimals: decimals) + suffix } ?? "–"
    }

    private static func range(_ interval: ConfidenceInterval?, _ decimals: Int, suffix: String = "") -> String {
        interval.map { "\(number($0.low, decimals, suffix: suffix)) to \(number($0.high, decimals, suffix: suffix))" } ?? "–"
    }



    func gapTable(_ analysis: ResponseAnalysis) -> String {
        var table = HTMLTable(caption: "Expectations against experience\(scope)",
                              columns: [("Dimension", false), ("Expected", true), ("Perceived", true), ("Gap (P − E)", true),
                                        (level(analysis), true), ("n", true)])
        for gap in analysis.result(in: segment)?.gaps ?? [] {
            guard !gap.suppressed, let value = gap.gap else {
                table.rows.append([Self.label(gap.dimension), "–", "–", "–", withheld(analysis), FixedDecimal.grouped(gap.n)])
                continue
            }
            table.rows.append([Self.label(gap.dimension) + (gap.lowBase ? " (low base)" : ""), Self.number(gap.expected, 2),
                               Self.number(gap.perceived, 2), Self.number(value, 2), Self.range(gap.interval, 2), FixedDecimal.grouped(gap.n)])
        }
        table.footnote = "Gap = mean of (perceived − expected) over customers who rated both; a negative gap means experience fell short. Paired t interval."
        return table.html
    }

    func sacrificeTable(_ analysis: ResponseAnalysis) -> String {
        var table = HTMLTable(caption: "Customer sacrifice\(scope)",
                              columns: [("Attribute", false), ("Wanted", true), ("Received", true), ("Gap (wanted − received)", true),
                                        (level(analysis), true), ("Customers with a gap", true), ("n", true)])
        for gap in analysis.result(in: segment)?.sacrifice ?? [] {
            guard !gap.suppressed, let value = gap.gap else {
                table.rows.append([Self.label(gap.attribute), "–", "–", "–", withheld(analysis), "–", FixedDecimal.grouped(gap.n)])
                continue
            }
            table.rows.append([Self.label(gap.attribute) + (gap.lowBase ? " (low base)" : ""), Self.number(gap.wanted, 1),
                               Self.number(gap.received, 1), Self.number(value, 1), Self.range(gap.interval, 1),
                               Self.number(gap.differing, 0, suffix: "%"), FixedDecimal.grouped(gap.n)])
        }
        table.footnote = "Sacrifice = what customers wanted minus what they received; the share counts customers whose two values differ (Wilson interval in the JSON)."
        return table.html
    }

    func journeyTable(_ analysis: ResponseAnalysis) -> String {
        var table = HTMLTable(caption: "Touchpoints before, during and after the purchase",
                              columns: [("Touchpoint", false), ("Stage", false), ("Mean valence", true), (level(analysis), true),
                                        ("Negative", true), ("Most frequent emotion", false), ("Events", true), ("Customers", true)])
        for group in analysis.journey?.touchpoints ?? [] {
            let name = group.touchpoint ?? group.stage.description
            guard !group.suppressed else {
                table.rows.append([name, group.stage.description, "–", withheld(analysis), "–", "–", FixedDecimal.grouped(group.n),
                                   FixedDecimal.grouped(group.customers)])
                continue
            }
            table.rows.append([name + (group.lowBase ? " (low base)" : ""), group.stage.description, Self.number(group.mean, 2),
                               Self.range(group.interval, 2), Self.number(group.negative, 0, suffix: "%"),
                               group.emotions.first.map(\.label) ?? "–", FixedDecimal.grouped(group.n), FixedDecimal.grouped(group.customers)])
        }
        if let fit = analysis.journey?.peakEnd, !fit.suppressed {
            let rs = fit.predictors.map { "\($0.name.replacingOccurrences(of: "_", with: "-")) r = \(Self.number($0.r, 2))" }
            table.footnote = "Correlation with the customer's likelihood to recommend (n = \(FixedDecimal.grouped(fit.n)) customers): "
                + rs.joined(separator: ", ") + "."
        }
        return table.html
    }

    func crmTable(_ analysis: ResponseAnalysis) -> String {
        var table = HTMLTable(caption: "Revenue and repeat purchase by NPS group",
                              columns: [("Group", false), ("Customers", true), ("Revenue", true), ("Revenue per customer", true),
                                        (level(analysis), true), ("Bought again after answering", true)])
        guard let crm = analysis.crm else { return table.html }
        for group in crm.groups {
            let name = group.group.description.capitalized + "s"
            guard !group.suppressed else {
                table.rows.append([name, FixedDecimal.grouped(group.customers), "–", "–", withheld(analysis), "–"])
                continue
            }
            table.rows.append([name + (group.lowBase ? " (low base)" : ""), FixedDecimal.grouped(group.customers),
                               group.revenue.map { FixedDecimal.grouped(Int($0.rounded())) } ?? "–", Self.number(group.revenuePerCustomer, 2),
                               Self.range(group.revenuePerCustomerInterval, 2), Self.number(group.repeatRate, 0, suffix: "%")])
        }
        if let atRisk = crm.revenueAtRisk {
            table.footnote = "Revenue at risk (detractors' revenue, \(crm.window.description)): \(FixedDecimal.grouped(Int(atRisk.rounded())))"
                + (crm.revenueAtRiskShare.map { ", \(FixedDecimal.string($0, decimals: 0))% of surveyed customers' revenue" } ?? "") + "."
        }
        return table.html
    }

    func followUpTable(_ analysis: ResponseAnalysis) -> String {
        guard let list = analysis.followUp else { return "" }
        var columns: [(String, Bool)] = [("Customer", false), ("Score", true), ("Date", true), ("Segment", false), ("Comment (redacted)", false)]
        if list.hasValues { columns.insert(("Revenue at risk", true), at: 1) }
        var table = HTMLTable(caption: "Customers to contact: likelihood to recommend \(list.threshold) or lower", columns: columns)
        guard !list.suppressed else {
            table.rows.append(["The follow-up list is withheld from this report"] + Array(repeating: "", count: columns.count - 1))
            return table.html
        }
        for entry in list.entries.prefix(limit) {
            var row = [entry.customer ?? "line \(entry.line)", String(entry.score), entry.date ?? "–",
                       entry.segments.map(\.value).joined(separator: " · "), entry.comment ?? ""]
            if let value = entry.value { row.insert(FixedDecimal.grouped(Int(value.rounded())), at: 1) }
            table.rows.append(row)
        }
        let shown = list.hasValues ? "with the most revenue at risk" : "lowest and most recent"
        table.footnote = "\(FixedDecimal.grouped(list.count)) responses at or below \(list.threshold)"
            + (list.count > limit ? "; the \(limit) \(shown) are shown" : "")
            + ". The full list, with every segment, is exported as follow-up.csv with the site."
        return table.html
    }
}
