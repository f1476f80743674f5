import CXAnalytics

/// The voice of the customer as tables: themes with their sentiment, and example
/// comments, every one redacted (e-mail addresses, phone and account numbers).
extension TableDirective {
    func themeTable(_ analysis: ResponseAnalysis) -> String {
        let level = FixedDecimal.string(analysis.settings.confidenceLevel * 100, decimals: 0)
        var table = HTMLTable(caption: "Themes in customers' comments\(scope)",
                              columns: [("Theme", false), ("Comments", true), ("Share of comments", true), ("Negative", true),
                                        ("\(level)% interval", true), ("Mean sentiment", true), ("Most negative comment", false)])
        let group = analysis.textResult(in: segment)
        for theme in (group?.themes ?? []).sorted(by: { ($0.volume, $1.name) > ($1.volume, $0.name) }) {
            guard !theme.suppressed, let negative = theme.negativeShare else {
                table.rows.append([theme.name, FixedDecimal.grouped(theme.volume), "–", "–",
                                   theme.volume == 0 ? "no comments" : withheld(analysis), "–", ""])
                continue
            }
            table.rows.append([theme.name + (theme.lowBase ? " (low base)" : ""), FixedDecimal.grouped(theme.volume),
                               theme.share.map { FixedDecimal.string($0, decimals: 0) + "%" } ?? "–",
                               FixedDecimal.string(negative, decimals: 0) + "%",
                               theme.negativeInterval.map { "\(FixedDecimal.string($0.low, decimals: 0))% to \(FixedDecimal.string($0.high, decimals: 0))%" } ?? "–",
                               theme.meanCompound.map { FixedDecimal.string($0, decimals: 2) } ?? "–",
                               theme.negativeExamples.first?.text ?? ""])
        }
        if let group {
            table.footnote = "\(FixedDecimal.grouped(group.n)) comments. Sentiment is VADER's compound score from −1 to 1; "
                + "a comment is negative at −0.05 or below. A comment can mention several themes."
        }
        return table.html
    }

    func commentTable(_ analysis: ResponseAnalysis) -> String {
        var table = HTMLTable(caption: "What customers wrote, in their words\(scope)",
                              columns: [("Comment (redacted)", false), ("Sentiment", true)])
        let group = analysis.textResult(in: segment)
        let examples = (group?.negativeExamples ?? []).prefix(limit) + (group?.positiveExamples ?? []).prefix(limit)
        for example in examples {
            table.rows.append([example.text, FixedDecimal.string(example.compound, decimals: 2)])
        }
        if group?.suppressed == true { table.rows.append(["Withheld: fewer than \(analysis.settings.suppressBelow) comments", ""]) }
        table.footnote = "The most negative and the most positive comments; e-mail addresses, phone numbers and account numbers are redacted."
        return table.html
    }
}
