/// A 100% stacked horizontal bar chart: the composition of each row (period or segment).
///
/// Built for NPS composition — detractors / passives / promoters — via `StackedBarChart.nps`,
/// but any ordered set of parts works (emotion mix, CSAT top-2/mid/bottom). Each segment
/// carries its percentage as text and the legend follows the stacking order, so the parts
/// are told apart by position and label as well as colour.
public struct StackedBarChart: Chart {
    /// One part of the whole, with the style used to fill it.
    public struct Part: Sendable, Equatable {
        public var name: String
        public var style: PartStyle
        public init(name: String, style: PartStyle) {
            self.name = name
            self.style = style
        }
    }

    /// Fill styles for parts; all map to themable CSS classes.
    public enum PartStyle: Sendable, Equatable {
        case detractor, passive, promoter, negative, neutral, positive
        /// Series colour `index` of the palette.
        case series(Int)

        var cssClass: String {
            switch self {
            case .detractor: return "cx-detractor"
            case .passive: return "cx-passive"
            case .promoter: return "cx-promoter"
            case .negative: return "cx-negative"
            case .neutral: return "cx-neutral"
            case .positive: return "cx-positive"
            case .series(let index): return "cx-s\(((index % ChartStyle.seriesCount) + ChartStyle.seriesCount) % ChartStyle.seriesCount)"
            }
        }
    }

    /// One bar. `amounts` are non-negative counts or shares in the order of `parts`; the bar
    /// shows each as a share of their sum.
    public struct Row: Sendable, Equatable {
        public var label: String
        public var amounts: [Double]
        public var n: Int?
        public var suppressed: Bool
        /// Optional figure printed at the right (e.g. the NPS of this row).
        public var total: Double?

        public init(label: String, amounts: [Double], n: Int? = nil, suppressed: Bool = false, total: Double? = nil) {
            self.label = label
            self.amounts = amounts
            self.n = n
            self.suppressed = suppressed
            self.total = total
        }

        var isWithheld: Bool {
            suppressed || (n.map { $0 < CXCharts.suppressionThreshold } ?? false)
                || amounts.contains { !$0.isFinite || $0 < 0 } || amounts.reduce(0, +) <= 0
        }

        /// Shares in percent, summing to 100.
        var shares: [Double] {
            let sum = amounts.reduce(0, +)
            return amounts.map { sum > 0 ? $0 / sum * 100 : 0 }
        }
    }

    public var title: String
    public var subtitle: String?
    public var parts: [Part]
    public var rows: [Row]
    /// Heading for `Row.total` (e.g. "NPS"); no total column when `nil`.
    public var totalName: String?
    public var width: Double

    public init(title: String, subtitle: String? = nil, parts: [Part], rows: [Row], totalName: String? = nil, width: Double = 640) {
        self.title = title
        self.subtitle = subtitle
        self.parts = parts
        self.rows = rows
        self.totalName = totalName
        self.width = max(width, 280)
    }

    /// One period or segment of an NPS composition (counts or shares).
    public struct NPSRow: Sendable, Equatable {
        public var label: String
        public var detractors: Double
        public var passives: Double
        public var promoters: Double
        public var n: Int?
        public var suppressed: Bool

        public init(label: String, detractors: Double, passives: Double, promoters: Double, n: Int? = nil, suppressed: Bool = false) {
            self.label = label
            self.detractors = detractors
            self.passives = passives
            self.promoters = promoters
            self.n = n
            self.suppressed = suppressed
        }
    }

    /// NPS composition per period or segment: detractors, passives, promoters left to
    /// right; each row's NPS (promoters − detractors, in points) is printed at the right.
    public static func nps(title: String, subtitle: String? = nil, rows: [NPSRow], width: Double = 640) -> StackedBarChart {
        let parts = [Part(name: "Detractors", style: .detractor), Part(name: "Passives", style: .passive), Part(name: "Promoters", style: .promoter)]
        let mapped = rows.map { row -> Row in
            let sum = row.detractors + row.passives + row.promoters
            let nps = sum > 0 ? (row.promoters - row.detractors) / sum * 100 : nil
            return Row(label: row.label, amounts: [row.detractors, row.passives, row.promoters], n: row.n, suppressed: row.suppressed, total: nps)
        }
        return StackedBarChart(title: title, subtitle: subtitle, parts: parts, rows: mapped, totalName: "NPS", width: width)
    }

    func percent(_ v: Double) -> String { DecimalFormat.display(v, suffix: "%") }

    public var summary: String {
        if rows.isEmpty || parts.isEmpty { return "\(title): no data." }
        var sentences = ["100% stacked bars of \(parts.map(\.name).joined(separator: ", ")) for \(rows.count) \(rows.count == 1 ? "group" : "groups")."]
        for row in rows.prefix(12) {
            if row.isWithheld {
                sentences.append("\(row.label): withheld (n < \(CXCharts.suppressionThreshold)).")
                continue
            }
            var s = "\(row.label): " + zip(parts, row.shares).map { "\($0.0.name.lowercased()) \(percent($0.1))" }.joined(separator: ", ")
            if let total = row.total, let totalName { s += "; \(totalName) \(DecimalFormat.display(total))" }
            sentences.append(s + ".")
        }
        if rows.count > 12 { sentences.append("\(rows.count - 12) more groups in the data table.") }
        return sentences.joined(separator: " ")
    }

    public var dataTable: String {
        var columns: [DataTable.Column] = [.init("Group", numeric: false)] + parts.map { .init($0.name + " %") }
        if let totalName { columns.append(.init(totalName)) }
        columns.append(.init("n"))
        var table = DataTable(caption: title, columns: columns)
        for row in rows {
            let n = row.n.map(String.init) ?? ""
            if row.isWithheld {
                table.rows.append([row.label] + parts.map { _ in "withheld" } + (totalName == nil ? [] : [""]) + [n])
                continue
            }
            var cells = [row.label] + row.shares.prefix(parts.count).map(percent)
            if totalName != nil { cells.append(row.total.map { DecimalFormat.display($0) } ?? "") }
            cells.append(n)
            table.rows.append(cells)
        }
        return table.render()
    }

    public var svg: String {
        let margin = ChartFrame.margin
        let fingerprint = parts.map(\.name) + rows.map { "\($0.label)|\($0.isWithheld ? "w" : $0.amounts.map { DecimalFormat.plain($0, decimals: 6) }.joined(separator: ","))|\($0.n ?? -1)" }
        let legend = Legend(entries: parts.map { .init(name: $0.name, swatch: .box(cls: $0.style.cssClass)) })
        let band = rows.count > 30 ? 22.0 : 30.0
        var frame = ChartFrame(kind: "stacked-bar", title: title, subtitle: subtitle, summary: summary, width: width, height: 0, fingerprint: fingerprint)
        let legendTop = frame.top + 6
        let legendHeight = legend.height(width: width - 2 * margin)
        let top = legendTop + legendHeight + (totalName == nil ? 6 : 16)
        frame.height = top + band * Double(max(rows.count, 1)) + 30
        guard !rows.isEmpty, !parts.isEmpty else { return frame.renderNoData() }

        let labelWidth = min(max(rows.map { TextMeasure.width($0.label, fontSize: 12) }.max() ?? 0, 30), width * 0.28)
        let hasN = rows.contains { $0.n != nil }
        let rightColumn = (totalName != nil ? 64.0 : 0) + (hasN ? 56 : 0)
        let plotLeft = margin + labelWidth + 10
        let plotRight = width - margin - rightColumn - (rightColumn > 0 ? 8 : 0)
        let x = { (share: Double) in plotLeft + (plotRight - plotLeft) * share / 100 }
        var body: [SVGElement] = [legend.render(x: margin, y: legendTop + 12, width: width - 2 * margin)]
        let bottom = top + band * Double(rows.count)
        var grid: [SVGElement] = []
        for tick in stride(from: 0.0, through: 100, by: 25) {
            grid.append(.line(x1: x(tick), y1: top, x2: x(tick), y2: bottom, cls: "cx-grid"))
            grid.append(.label(percent(tick), x: x(tick), y: bottom + 16, anchor: "middle", cls: "cx-muted cx-small"))
        }
        body.append(.group("cx-axis-ticks", grid))
        if let totalName {
            body.append(.label(totalName, x: width - margin - (hasN ? 64 : 0), y: top - 4, anchor: "end", cls: "cx-muted cx-small"))
        }
        let thickness = band - 10
        for (index, row) in rows.enumerated() {
            let centre = top + band * (Double(index) + 0.5)
            var g = SVGElement("g", [("class", "cx-bar-row")])
            g.append(.fittedLabel(row.label, x: margin + labelWidth, y: centre + 4, maxWidth: labelWidth, anchor: "end"))
            if let n = row.n { g.append(.label("n=\(n)", x: width - margin, y: centre + 4, anchor: "end", cls: "cx-muted cx-small")) }
            if row.isWithheld {
                g.append(SVGElement("title", text: "\(row.label): n < \(CXCharts.suppressionThreshold), withheld"))
                g.append(.rect(x: plotLeft, y: centre - thickness / 2, width: 10, height: thickness, cls: "cx-withheld", extra: [("fill", "url(#\(frame.hatchID))")]))
                g.append(.label("n < \(CXCharts.suppressionThreshold), withheld", x: plotLeft + 16, y: centre + 4, cls: "cx-muted cx-small"))
                body.append(g)
                continue
            }
            let shares = row.shares
            g.append(SVGElement("title", text: "\(row.label): " + zip(parts, shares).map { "\($0.0.name) \(percent($0.1))" }.joined(separator: ", ")))
            var cumulative = 0.0
            for (part, share) in zip(parts, shares) {
                let x0 = x(cumulative)
                let x1 = x(cumulative + share)
                cumulative += share
                guard x1 - x0 > 0.05 else { continue }
                g.append(.rect(x: x0, y: centre - thickness / 2, width: x1 - x0, height: thickness, cls: part.style.cssClass + " cx-marker"))
                let label = percent(share)
                if x1 - x0 >= TextMeasure.width(label, fontSize: 11) + 6 {
                    g.append(.label(label, x: (x0 + x1) / 2, y: centre + 4, anchor: "middle", cls: "cx-on-fill cx-small"))
                }
            }
            if let total = row.total, totalName != nil {
                g.append(.label(DecimalFormat.display(total), x: width - margin - (hasN ? 64 : 0), y: centre + 4, anchor: "end", cls: "cx-value"))
            }
            body.append(g)
        }
        return frame.render(body: body, hatch: rows.contains(where: \.isWithheld))
    }
}
