/// Two values per dimension joined by a line: expected vs perceived (SERVQUAL gap) or
/// wanted vs received (customer sacrifice).
///
/// The first value is a hollow circle, the second a filled diamond, and the gap
/// (second − first) is printed at the right, so the reading never depends on colour.
public struct DumbbellChart: Chart {
    /// One dimension with its two values.
    public struct Row: Sendable, Equatable {
        public var label: String
        public var first: Double
        public var second: Double
        public var n: Int?
        public var suppressed: Bool

        public init(label: String, first: Double, second: Double, n: Int? = nil, suppressed: Bool = false) {
            self.label = label
            self.first = first
            self.second = second
            self.n = n
            self.suppressed = suppressed
        }

        var isWithheld: Bool {
            suppressed || (n.map { $0 < CXCharts.suppressionThreshold } ?? false) || !first.isFinite || !second.isFinite
        }
        var gap: Double { second - first }
    }

    /// Row order: as given, or by gap (most negative first, i.e. largest shortfall first).
    public enum Sort: Sendable, Equatable {
        case given, byGap
    }

    public var title: String
    public var subtitle: String?
    /// Name of the first value ("Expected", "Wanted").
    public var firstName: String
    /// Name of the second value ("Perceived", "Received").
    public var secondName: String
    public var rows: [Row]
    public var valueAxis: ValueAxis
    public var sort: Sort
    public var decimals: Int
    public var width: Double

    public init(title: String, subtitle: String? = nil, firstName: String = "Expected", secondName: String = "Perceived", rows: [Row], valueAxis: ValueAxis = .auto, sort: Sort = .given, decimals: Int = 1, width: Double = 640) {
        self.title = title
        self.subtitle = subtitle
        self.firstName = firstName
        self.secondName = secondName
        self.rows = rows
        self.valueAxis = valueAxis
        self.sort = sort
        self.decimals = decimals
        self.width = max(width, 300)
    }

    var orderedRows: [Row] {
        guard sort == .byGap else { return rows }
        return rows.enumerated().sorted { a, b in
            if a.element.isWithheld != b.element.isWithheld { return !a.element.isWithheld }
            if !a.element.isWithheld && a.element.gap != b.element.gap { return a.element.gap < b.element.gap }
            return a.offset < b.offset
        }.map(\.element)
    }

    func text(_ v: Double, signed: Bool = false) -> String {
        DecimalFormat.display(v, decimals: decimals, signed: signed, suffix: valueAxis.suffix)
    }

    public var summary: String {
        let shown = orderedRows.filter { !$0.isWithheld }
        if shown.isEmpty { return "\(title): no data." }
        var sentences = ["\(firstName) and \(secondName) for \(rows.count) \(rows.count == 1 ? "dimension" : "dimensions")."]
        for row in shown.prefix(12) {
            sentences.append("\(row.label): \(firstName.lowercased()) \(text(row.first)), \(secondName.lowercased()) \(text(row.second)), gap \(text(row.gap, signed: true)).")
        }
        if shown.count > 1 {
            let largest = shown.enumerated().max { abs($0.element.gap) != abs($1.element.gap) ? abs($0.element.gap) < abs($1.element.gap) : $0.offset > $1.offset }!.element
            sentences.append("Largest gap: \(largest.label) \(text(largest.gap, signed: true)).")
        }
        let withheld = rows.filter(\.isWithheld).map(\.label)
        if !withheld.isEmpty { sentences.append("Withheld (n < \(CXCharts.suppressionThreshold)): " + withheld.joined(separator: ", ") + ".") }
        return sentences.joined(separator: " ")
    }

    public var dataTable: String {
        var table = DataTable(caption: title, columns: [.init("Dimension", numeric: false), .init(firstName), .init(secondName), .init("Gap"), .init("n")])
        for row in orderedRows {
            let n = row.n.map(String.init) ?? ""
            if row.isWithheld {
                table.rows.append([row.label, "withheld", "withheld", "", n])
            } else {
                table.rows.append([row.label, text(row.first), text(row.second), text(row.gap, signed: true), n])
            }
        }
        return table.render()
    }

    public var svg: String {
        let margin = ChartFrame.margin
        let ordered = orderedRows
        let fingerprint = [firstName, secondName] + ordered.map { "\($0.label)|\($0.isWithheld ? "w" : DecimalFormat.plain($0.first, decimals: 6) + "," + DecimalFormat.plain($0.second, decimals: 6))" }
        let legend = Legend(entries: [.init(name: firstName, swatch: .marker(.circle, cls: "cx-s1 cx-hollow")), .init(name: secondName, swatch: .marker(.diamond, cls: "cx-s0"))])
        let band = ordered.count > 30 ? 20.0 : 28.0
        var frame = ChartFrame(kind: "dumbbell", title: title, subtitle: subtitle, summary: summary, width: width, height: 0, fingerprint: fingerprint)
        let legendTop = frame.top + 6
        let top = legendTop + legend.height(width: width - 2 * margin) + 10
        frame.height = top + band * Double(max(ordered.count, 1)) + 30
        let values = ordered.filter { !$0.isWithheld }.flatMap { [$0.first, $0.second] }
        guard !values.isEmpty else { return frame.renderNoData() }
        let scale = valueAxis.niceScale(low: values.min()!, high: values.max()!, anchored: false, targetTicks: 6)
        let labelWidth = min(max(ordered.map { TextMeasure.width($0.label, fontSize: 12) }.max() ?? 0, 30), width * 0.3)
        let gapWidth = 64.0
        let plotLeft = margin + labelWidth + 14
        let plotRight = width - margin - gapWidth - 10
        let x = { (v: Double) in scale.position(v, from: plotLeft, to: plotRight) }
        let bottom = top + band * Double(ordered.count)
        var body: [SVGElement] = [legend.render(x: margin, y: legendTop + 12, width: width - 2 * margin)]
        var grid: [SVGElement] = []
        for tick in scale.ticks {
            grid.append(.line(x1: x(tick), y1: top, x2: x(tick), y2: bottom, cls: "cx-grid"))
            grid.append(.label(DecimalFormat.display(tick, decimals: scale.decimals, suffix: valueAxis.suffix), x: x(tick), y: bottom + 16, anchor: "middle", cls: "cx-muted cx-small"))
        }
        body.append(.group("cx-axis-ticks", grid))
        body.append(.label("Gap", x: width - margin, y: top - 4, anchor: "end", cls: "cx-muted cx-small"))
        for (index, row) in ordered.enumerated() {
            let cy = top + band * (Double(index) + 0.5)
            var g = SVGElement("g", [("class", "cx-dumbbell-row")])
            g.append(.fittedLabel(row.label, x: margin + labelWidth, y: cy + 4, maxWidth: labelWidth, anchor: "end"))
            if row.isWithheld {
                g.append(SVGElement("title", text: "\(row.label): n < \(CXCharts.suppressionThreshold), withheld"))
                g.append(.rect(x: plotLeft, y: cy - 6, width: 10, height: 12, cls: "cx-withheld", extra: [("fill", "url(#\(frame.hatchID))")]))
                g.append(.label("n < \(CXCharts.suppressionThreshold), withheld", x: plotLeft + 16, y: cy + 4, cls: "cx-muted cx-small"))
                body.append(g)
                continue
            }
            g.append(SVGElement("title", text: "\(row.label): \(firstName) \(text(row.first)), \(secondName) \(text(row.second)), gap \(text(row.gap, signed: true))" + (row.n.map { ", n=\($0)" } ?? "")))
            g.append(.line(x1: x(row.first), y1: cy, x2: x(row.second), y2: cy, cls: "cx-whisker"))
            g.append(SVGElement("circle", [("cx", fmt(x(row.first))), ("cy", fmt(cy)), ("r", "5"), ("class", "cx-hollow")]))
            g.append(.marker(.diamond, x: x(row.second), y: cy, size: 5, cls: "cx-s0 cx-marker"))
            g.append(.label(text(row.gap, signed: true), x: width - margin, y: cy + 4, anchor: "end", cls: "cx-value"))
            body.append(g)
        }
        return frame.render(body: body, hatch: ordered.contains(where: \.isWithheld))
    }
}
