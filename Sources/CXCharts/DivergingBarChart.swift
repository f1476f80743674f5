/// Diverging bars for sentiment per theme: the negative share extends left of a centre
/// line, the positive share right, with the neutral share and net score printed beside.
///
/// Sides are distinguished by direction and signed labels as well as colour.
public struct DivergingBarChart: Chart {
    /// One theme's sentiment shares in percent (they need not sum to 100 if some mentions
    /// are unclassified).
    public struct Row: Sendable, Equatable {
        public var label: String
        public var negative: Double
        public var neutral: Double
        public var positive: Double
        public var n: Int?
        public var suppressed: Bool

        public init(label: String, negative: Double, neutral: Double = 0, positive: Double, n: Int? = nil, suppressed: Bool = false) {
            self.label = label
            self.negative = negative
            self.neutral = neutral
            self.positive = positive
            self.n = n
            self.suppressed = suppressed
        }

        var isWithheld: Bool {
            suppressed || (n.map { $0 < CXCharts.suppressionThreshold } ?? false) || !negative.isFinite || !positive.isFinite
        }
        /// Positive minus negative share, in points.
        var net: Double { positive - negative }
    }

    /// Row order: as given, or by net score (most negative first).
    public enum Sort: Sendable, Equatable {
        case given, byNet
    }

    public var title: String
    public var subtitle: String?
    public var rows: [Row]
    public var negativeName: String
    public var positiveName: String
    public var sort: Sort
    public var width: Double

    public init(title: String, subtitle: String? = nil, rows: [Row], negativeName: String = "Negative", positiveName: String = "Positive", sort: Sort = .given, width: Double = 640) {
        self.title = title
        self.subtitle = subtitle
        self.rows = rows
        self.negativeName = negativeName
        self.positiveName = positiveName
        self.sort = sort
        self.width = max(width, 300)
    }

    var orderedRows: [Row] {
        guard sort == .byNet else { return rows }
        return rows.enumerated().sorted { a, b in
            if a.element.isWithheld != b.element.isWithheld { return !a.element.isWithheld }
            if !a.element.isWithheld && a.element.net != b.element.net { return a.element.net < b.element.net }
            return a.offset < b.offset
        }.map(\.element)
    }

    func percent(_ v: Double) -> String { DecimalFormat.display(v, suffix: "%") }
    func points(_ v: Double) -> String { DecimalFormat.display(v, signed: true) }

    public var summary: String {
        let shown = orderedRows.filter { !$0.isWithheld }
        if shown.isEmpty { return "\(title): no data." }
        var sentences = ["\(negativeName) and \(positiveName.lowercased()) shares for \(rows.count) \(rows.count == 1 ? "theme" : "themes")."]
        for row in shown.prefix(12) {
            sentences.append("\(row.label): \(negativeName.lowercased()) \(percent(row.negative)), neutral \(percent(row.neutral)), \(positiveName.lowercased()) \(percent(row.positive)), net \(points(row.net)).")
        }
        if shown.count > 12 { sentences.append("\(shown.count - 12) more themes in the data table.") }
        let withheld = rows.filter(\.isWithheld).map(\.label)
        if !withheld.isEmpty { sentences.append("Withheld (n < \(CXCharts.suppressionThreshold)): " + withheld.joined(separator: ", ") + ".") }
        return sentences.joined(separator: " ")
    }

    public var dataTable: String {
        var table = DataTable(caption: title, columns: [.init("Theme", numeric: false), .init(negativeName + " %"), .init("Neutral %"), .init(positiveName + " %"), .init("Net"), .init("n")])
        for row in orderedRows {
            let n = row.n.map(String.init) ?? ""
            if row.isWithheld {
                table.rows.append([row.label, "withheld", "withheld", "withheld", "", n])
            } else {
                table.rows.append([row.label, percent(row.negative), percent(row.neutral), percent(row.positive), points(row.net), n])
            }
        }
        return table.render()
    }

    public var svg: String {
        let margin = ChartFrame.margin
        let ordered = orderedRows
        let fingerprint = [negativeName, positiveName] + ordered.map { "\($0.label)|\($0.isWithheld ? "w" : [$0.negative, $0.neutral, $0.positive].map { DecimalFormat.plain($0, decimals: 6) }.joined(separator: ","))" }
        let legend = Legend(entries: [.init(name: "◀ " + negativeName, swatch: .box(cls: "cx-negative")), .init(name: positiveName + " ▶", swatch: .box(cls: "cx-positive"))])
        let band = ordered.count > 30 ? 20.0 : 28.0
        var frame = ChartFrame(kind: "diverging", title: title, subtitle: subtitle, summary: summary, width: width, height: 0, fingerprint: fingerprint)
        let legendTop = frame.top + 6
        let top = legendTop + legend.height(width: width - 2 * margin) + 12
        frame.height = top + band * Double(max(ordered.count, 1)) + 30
        let shown = ordered.filter { !$0.isWithheld }
        guard !shown.isEmpty else { return frame.renderNoData() }
        let extent = max(shown.map { max($0.negative, $0.positive) }.max() ?? 0, 1)
        let scale = NiceScale(low: -extent, high: extent, targetTicks: 5)
        let limit = max(-scale.lower, scale.upper)
        let labelWidth = min(max(ordered.map { TextMeasure.width($0.label, fontSize: 12) }.max() ?? 0, 30), width * 0.26)
        let rightColumn = 112.0
        let plotLeft = margin + labelWidth + 12 + 34
        let plotRight = width - margin - rightColumn - 34
        let centre = (plotLeft + plotRight) / 2
        let half = (plotRight - plotLeft) / 2
        let x = { (v: Double) in centre + v / limit * half }
        let bottom = top + band * Double(ordered.count)
        var body: [SVGElement] = [legend.render(x: margin, y: legendTop + 12, width: width - 2 * margin)]
        var grid: [SVGElement] = []
        for tick in scale.ticks where abs(tick) <= limit {
            grid.append(.line(x1: x(tick), y1: top, x2: x(tick), y2: bottom, cls: "cx-grid"))
            grid.append(.label(percent(abs(tick)), x: x(tick), y: bottom + 16, anchor: "middle", cls: "cx-muted cx-small"))
        }
        body.append(.group("cx-axis-ticks", grid))
        body.append(.line(x1: centre, y1: top - 4, x2: centre, y2: bottom, cls: "cx-zero"))
        body.append(.label("Neutral", x: width - margin - 56, y: top - 4, anchor: "end", cls: "cx-muted cx-small"))
        body.append(.label("Net", x: width - margin, y: top - 4, anchor: "end", cls: "cx-muted cx-small"))
        let thickness = band - 10
        for (index, row) in ordered.enumerated() {
            let cy = top + band * (Double(index) + 0.5)
            var g = SVGElement("g", [("class", "cx-bar-row")])
            g.append(.fittedLabel(row.label, x: margin + labelWidth, y: cy + 4, maxWidth: labelWidth, anchor: "end"))
            if row.isWithheld {
                g.append(SVGElement("title", text: "\(row.label): n < \(CXCharts.suppressionThreshold), withheld"))
                g.append(.rect(x: centre - 5, y: cy - thickness / 2, width: 10, height: thickness, cls: "cx-withheld", extra: [("fill", "url(#\(frame.hatchID))")]))
                g.append(.label("n < \(CXCharts.suppressionThreshold), withheld", x: centre + 10, y: cy + 4, cls: "cx-muted cx-small"))
                body.append(g)
                continue
            }
            g.append(SVGElement("title", text: "\(row.label): \(negativeName) \(percent(row.negative)), neutral \(percent(row.neutral)), \(positiveName) \(percent(row.positive))" + (row.n.map { ", n=\($0)" } ?? "")))
            g.append(.rect(x: centre, y: cy - thickness / 2, width: x(-row.negative) - centre, height: thickness, cls: "cx-negative"))
            g.append(.rect(x: centre, y: cy - thickness / 2, width: x(row.positive) - centre, height: thickness, cls: "cx-positive"))
            g.append(.label(signed("−", row.negative), x: x(-row.negative) - 4, y: cy + 4, anchor: "end", cls: "cx-small"))
            g.append(.label(signed("+", row.positive), x: x(row.positive) + 4, y: cy + 4, cls: "cx-small"))
            g.append(.label(percent(row.neutral), x: width - margin - 56, y: cy + 4, anchor: "end", cls: "cx-muted cx-small"))
            g.append(.label(points(row.net), x: width - margin, y: cy + 4, anchor: "end", cls: "cx-value"))
            body.append(g)
        }
        return frame.render(body: body, hatch: ordered.contains(where: \.isWithheld))
    }
}

extension DivergingBarChart {
    /// A share with the side's sign, except a share that rounds to zero (no "−0%").
    func signed(_ sign: String, _ share: Double) -> String {
        let text = percent(abs(share))
        return text == "0%" ? text : sign + text
    }
}
