/// Vertical layout: a value axis on the left, categories along the bottom. With many
/// categories the category labels thin out (every k-th shown) and value labels are left to
/// the tooltip, the summary and the data table.
extension BarChart {
    func renderVertical() -> String {
        let ordered = orderedBars
        let margin = ChartFrame.margin
        var frame = ChartFrame(kind: "bar-chart", title: title, subtitle: subtitle, summary: summary, width: width,
                               height: 360, fingerprint: fingerprint)
        guard !ordered.isEmpty else { return frame.renderNoData() }
        let scale = self.scale(targetTicks: 6)
        let tickTexts = scale.ticks.map { DecimalFormat.display($0, decimals: scale.decimals, suffix: valueAxis.suffix) }
        let tickWidth = tickTexts.map { TextMeasure.width($0, fontSize: 11) }.max() ?? 20
        let plotLeft = margin + tickWidth + 8
        let plotRight = width - margin
        let band = (plotRight - plotLeft) / Double(ordered.count)
        let showValues = band >= 30
        let showN = band >= 36 && ordered.contains { $0.n != nil }
        // With narrow bands, show every k-th label, k chosen so the widest label fits.
        let widest = ordered.map { TextMeasure.width($0.label, fontSize: 11) }.max() ?? 0
        let every = band >= 40 ? 1 : max(1, Int(((min(widest, 120) + 8) / band).rounded(.up)))
        let labelLines = every == 1 ? 2 : 1
        let hasFootnote = footnote != nil
        frame.height = 360 + (hasFootnote ? 16 : 0)
        let labelTop = frame.height - margin - (hasFootnote ? 16 : 0) - (showN ? 14 : 0) - Double(labelLines) * 14
        let plotTop = frame.top + 22
        let plotBottom = labelTop - 6
        let y = { (v: Double) in scale.position(v, from: plotBottom, to: plotTop) }
        let baseline = valueAxis.baseline(in: scale)
        let barWidth = min(band * 0.62, 64)

        var body: [SVGElement] = []
        var grid: [SVGElement] = []
        // No axis when every group is withheld: ticks would suggest a measurement.
        let hasValues = ordered.contains { !$0.isWithheld }
        for (tick, label) in zip(scale.ticks, tickTexts) where hasValues {
            grid.append(.line(x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), cls: "cx-grid"))
            grid.append(.label(label, x: plotLeft - 6, y: y(tick) + 4, anchor: "end", cls: "cx-muted cx-small"))
        }
        body.append(.group("cx-axis-ticks", grid))
        body.append(.line(x1: plotLeft, y1: y(baseline), x2: plotRight, y2: y(baseline), cls: "cx-zero"))

        for (index, bar) in ordered.enumerated() {
            let centre = plotLeft + band * (Double(index) + 0.5)
            var row = SVGElement("g", [("class", "cx-bar-row")])
            row.append(SVGElement("title", text: tooltip(bar)))
            if index % every == 0 {
                let room = band * Double(every) - 6
                row.append(.wrappedLabel(bar.label, x: centre, y: labelTop + 12, maxWidth: room, maxLines: labelLines, fontSize: every == 1 ? 12 : 11, anchor: "middle", cls: every == 1 ? nil : "cx-small"))
            }
            if showN, let n = bar.n {
                row.append(.label("n=\(n)", x: centre, y: labelTop + 12 + Double(labelLines) * 14, anchor: "middle", cls: "cx-muted cx-small"))
            }
            let y0 = y(baseline)
            if bar.isWithheld {
                let up = y0 - plotTop >= plotBottom - y0
                row.append(.rect(x: centre - barWidth / 2, y: y0, width: barWidth, height: up ? -10 : 10, cls: "cx-withheld", extra: [("fill", "url(#\(frame.hatchID))")]))
                if band >= 30 {
                    let textY = up ? y0 - 30 : y0 + 24
                    row.append(.wrappedLabel("n < \(CXCharts.suppressionThreshold), withheld", x: centre, y: textY, maxWidth: band - 4, maxLines: 2, fontSize: 11, lineHeight: 12, anchor: "middle", cls: "cx-muted cx-small"))
                }
                body.append(row)
                continue
            }
            let y1 = y(bar.value)
            row.append(.rect(x: centre - barWidth / 2, y: y0, width: barWidth, height: y1 - y0, cls: bar.lowBase ? "cx-bar cx-lowbase" : "cx-bar"))
            var outer = y1
            let positive = bar.value >= baseline
            if let interval = bar.interval {
                let (ly, hy) = (y(interval.low), y(interval.high))
                let cap = min(barWidth / 4, 6)
                row.append(.line(x1: centre, y1: ly, x2: centre, y2: hy, cls: "cx-whisker"))
                row.append(.line(x1: centre - cap, y1: ly, x2: centre + cap, y2: ly, cls: "cx-whisker"))
                row.append(.line(x1: centre - cap, y1: hy, x2: centre + cap, y2: hy, cls: "cx-whisker"))
                outer = positive ? min(y1, hy) : max(y1, ly)
            }
            if showValues {
                let text = self.text(bar.value) + (bar.lowBase ? "*" : "")
                row.append(.label(text, x: centre, y: positive ? outer - 5 : outer + 14, anchor: "middle", cls: "cx-value cx-halo"))
            }
            body.append(row)
        }
        if let footnote {
            body.append(.label(footnote, x: margin, y: frame.height - 10, cls: "cx-muted cx-small"))
        }
        return frame.render(body: body, hatch: ordered.contains(where: \.isWithheld))
    }
}
