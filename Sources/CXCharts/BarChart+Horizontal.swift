/// Horizontal layout: labels on the left, `n` on the right, one row per category; the
/// chart grows in height with the number of categories.
extension BarChart {
    func renderHorizontal() -> String {
        let ordered = orderedBars
        let margin = ChartFrame.margin
        let dense = ordered.count > 30
        let band = dense ? 20.0 : 28.0
        let thickness = dense ? 12.0 : 16.0
        let fontSize = dense ? 11.0 : 12.0
        let rowsHeight = band * Double(max(ordered.count, 1))
        let hasFootnote = footnote != nil
        var frame = ChartFrame(kind: "bar-chart", title: title, subtitle: subtitle, summary: summary, width: width,
                               height: 0, fingerprint: fingerprint)
        frame.height = frame.top + 8 + rowsHeight + 26 + (hasFootnote ? 18 : 0) + 6
        guard !ordered.isEmpty else { return frame.renderNoData() }

        // Columns: labels | plot | n.
        let longestLabel = ordered.map { TextMeasure.width($0.label, fontSize: fontSize) }.max() ?? 0
        let labelWidth = min(max(longestLabel, 40), width * 0.32)
        let nWidth = ordered.contains { $0.n != nil } ? 58.0 : 0
        let valueTexts = ordered.map { $0.isWithheld ? "" : text($0.value) + ($0.lowBase ? "*" : "") }
        let valueWidth = (valueTexts.map { TextMeasure.width($0, fontSize: fontSize) }.max() ?? 0) + 8
        let shownValues = ordered.filter { !$0.isWithheld }
        let withheldWidth = ordered.contains(where: \.isWithheld) ? TextMeasure.width("n < 5, withheld", fontSize: 11) + 24 : 0
        let needsRight = shownValues.contains { $0.value >= 0 } || shownValues.isEmpty
        let needsLeft = shownValues.contains { $0.value < 0 }
        let plotLeft = margin + labelWidth + 10
        let plotRight = width - margin - nWidth - (nWidth > 0 ? 8 : 0)
        var innerLeft = plotLeft + (needsLeft ? valueWidth : 0)
        var innerRight = plotRight - (needsRight ? max(valueWidth, withheldWidth * 0.5) : 0)
        if innerRight - innerLeft < 60 { (innerLeft, innerRight) = (plotLeft, plotRight) }
        // About one tick per 70 px, so tick labels never collide in narrow charts.
        let scale = self.scale(targetTicks: max(3, min(6, Int((innerRight - innerLeft) / 70) + 1)))
        let x = { (v: Double) in scale.position(v, from: innerLeft, to: innerRight) }
        let baseline = valueAxis.baseline(in: scale)
        let top = frame.top + 8
        let bottom = top + rowsHeight

        var body: [SVGElement] = []
        // Grid and tick labels.
        var grid: [SVGElement] = []
        // No axis when every group is withheld: ticks would suggest a measurement.
        let hasValues = ordered.contains { !$0.isWithheld }
        for tick in scale.ticks where hasValues {
            let tx = x(tick)
            grid.append(.line(x1: tx, y1: top, x2: tx, y2: bottom, cls: "cx-grid"))
            grid.append(.label(DecimalFormat.display(tick, decimals: scale.decimals, suffix: valueAxis.suffix), x: tx, y: bottom + 16, anchor: "middle", cls: "cx-muted cx-small"))
        }
        body.append(.group("cx-axis-ticks", grid))
        body.append(.line(x1: x(baseline), y1: top, x2: x(baseline), y2: bottom, cls: "cx-zero"))

        let spaceRight = innerRight - x(baseline)
        let spaceLeft = x(baseline) - innerLeft
        for (index, bar) in ordered.enumerated() {
            let centre = top + band * (Double(index) + 0.5)
            var row = SVGElement("g", [("class", "cx-bar-row")])
            row.append(SVGElement("title", text: tooltip(bar)))
            row.append(.fittedLabel(bar.label, x: margin + labelWidth, y: centre + fontSize * 0.35, maxWidth: labelWidth, fontSize: fontSize, anchor: "end"))
            if let n = bar.n {
                row.append(.label("n=\(n)", x: width - margin, y: centre + 4, anchor: "end", cls: "cx-muted cx-small"))
            }
            if bar.isWithheld {
                // A hatched stub and a note, on the side with more room; no value.
                let direction = spaceRight >= spaceLeft ? 1.0 : -1.0
                let x0 = x(baseline)
                row.append(.rect(x: x0, y: centre - thickness / 2, width: 10 * direction, height: thickness, cls: "cx-withheld", extra: [("fill", "url(#\(frame.hatchID))")]))
                row.append(.label("n < \(CXCharts.suppressionThreshold), withheld", x: x0 + 16 * direction, y: centre + 4, anchor: direction > 0 ? "start" : "end", cls: "cx-muted cx-small"))
                body.append(row)
                continue
            }
            let x0 = x(baseline)
            let x1 = x(bar.value)
            row.append(.rect(x: x0, y: centre - thickness / 2, width: x1 - x0, height: thickness, cls: bar.lowBase ? "cx-bar cx-lowbase" : "cx-bar"))
            var outer = x1
            if let interval = bar.interval {
                let (lx, hx) = (x(interval.low), x(interval.high))
                row.append(.line(x1: lx, y1: centre, x2: hx, y2: centre, cls: "cx-whisker"))
                row.append(.line(x1: lx, y1: centre - 5, x2: lx, y2: centre + 5, cls: "cx-whisker"))
                row.append(.line(x1: hx, y1: centre - 5, x2: hx, y2: centre + 5, cls: "cx-whisker"))
                outer = bar.value >= baseline ? max(x1, hx) : min(x1, lx)
            }
            let positive = bar.value >= baseline
            row.append(.label(valueTexts[index], x: outer + (positive ? 5 : -5), y: centre + fontSize * 0.35,
                              anchor: positive ? "start" : "end", cls: "cx-value"))
            body.append(row)
        }
        if let footnote {
            body.append(.label(footnote, x: margin, y: frame.height - 10, cls: "cx-muted cx-small"))
        }
        return frame.render(body: body, hatch: ordered.contains(where: \.isWithheld))
    }
}
