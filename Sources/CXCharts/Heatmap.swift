/// A heatmap of one measure by two dimensions: segment × period or segment × driver.
///
/// Every cell prints its value, so colour only reinforces what the text says. Values map
/// to a sequential blue scale, or to a diverging vermillion–blue scale centred on zero
/// when the axis is NPS or the data has negative values. Withheld cells are hatched and
/// marked "n<5". Text colour switches to white on dark cells for contrast.
public struct Heatmap: Chart {
    /// One cell; `value` is `nil` for no data.
    public struct Cell: Sendable, Equatable {
        public var value: Double?
        public var n: Int?
        public var suppressed: Bool

        public init(value: Double?, n: Int? = nil, suppressed: Bool = false) {
            self.value = value
            self.n = n
            self.suppressed = suppressed
        }

        var isWithheld: Bool { suppressed || (n.map { $0 < CXCharts.suppressionThreshold } ?? false) }
        var shown: Double? { isWithheld ? nil : value.flatMap { $0.isFinite ? $0 : nil } }
    }

    public var title: String
    public var subtitle: String?
    public var rowNames: [String]
    public var columnNames: [String]
    /// `cells[row][column]`; missing entries count as no data.
    public var cells: [[Cell]]
    public var valueAxis: ValueAxis
    public var decimals: Int
    public var width: Double

    public init(title: String, subtitle: String? = nil, rowNames: [String], columnNames: [String], cells: [[Cell]], valueAxis: ValueAxis = .auto, decimals: Int = 0, width: Double = 640) {
        self.title = title
        self.subtitle = subtitle
        self.rowNames = rowNames
        self.columnNames = columnNames
        self.cells = cells
        self.valueAxis = valueAxis
        self.decimals = decimals
        self.width = max(width, 280)
    }

    func cell(_ r: Int, _ c: Int) -> Cell {
        r < cells.count && c < cells[r].count ? cells[r][c] : Cell(value: nil)
    }

    func text(_ v: Double) -> String { DecimalFormat.display(v, decimals: decimals, suffix: valueAxis.suffix) }

    var allShown: [(row: Int, column: Int, value: Double)] {
        rowNames.indices.flatMap { r in columnNames.indices.compactMap { c in cell(r, c).shown.map { (r, c, $0) } } }
    }

    /// Whether to use the diverging scale, given the shown cells.
    func isDiverging(_ shown: [(row: Int, column: Int, value: Double)]) -> Bool {
        if case .nps = valueAxis { return true }
        return shown.contains { $0.value < 0 }
    }

    /// The colour class and whether text on it must be light.
    func colour(_ v: Double, low: Double, high: Double, diverging: Bool) -> (cls: String, dark: Bool) {
        if diverging {
            let limit = max(abs(low), abs(high), 1e-9)
            let step = Int(((v / limit) * 3).rounded()) + 3
            let index = min(max(step, 0), 6)
            // White text only where it has at least 4.5:1 contrast.
            return ("cx-div\(index)", index == 0 || index == 6)
        }
        let span = high - low
        let fraction = span > 0 ? (v - low) / span : 0.5
        let index = min(max(Int((fraction * 5).rounded()), 0), 5)
        return ("cx-heat\(index)", index >= 4)
    }

    func range(_ shown: [(row: Int, column: Int, value: Double)]) -> (low: Double, high: Double) {
        let values = shown.map(\.value)
        // Colour spans the data (the key prints both ends), except on a rating scale,
        // whose ends are meaningful in themselves.
        if case .scale(let lo, let hi) = valueAxis { return (lo, hi) }
        return (values.min() ?? 0, values.max() ?? 1)
    }

    public var summary: String {
        let shown = allShown
        if shown.isEmpty { return "\(title): no data." }
        var sentences = ["Heatmap of \(rowNames.count) rows by \(columnNames.count) columns."]
        let high = shown.max { $0.value != $1.value ? $0.value < $1.value : ($0.row, $0.column) > ($1.row, $1.column) }!
        let low = shown.min { $0.value != $1.value ? $0.value < $1.value : ($0.row, $0.column) < ($1.row, $1.column) }!
        sentences.append("Highest: \(rowNames[high.row]), \(columnNames[high.column]) \(text(high.value)); lowest: \(rowNames[low.row]), \(columnNames[low.column]) \(text(low.value)).")
        let withheld = rowNames.indices.reduce(0) { sum, r in sum + columnNames.indices.filter { cell(r, $0).isWithheld }.count }
        if withheld > 0 { sentences.append("\(withheld) \(withheld == 1 ? "cell" : "cells") withheld (n < \(CXCharts.suppressionThreshold)).") }
        return sentences.joined(separator: " ")
    }

    public var dataTable: String {
        var table = DataTable(caption: title, columns: [.init("", numeric: false)] + columnNames.map { .init($0) })
        for (r, name) in rowNames.enumerated() {
            table.rows.append([name] + columnNames.indices.map { c in
                let value = cell(r, c)
                return value.isWithheld ? "withheld" : value.shown.map(text) ?? ""
            })
        }
        return table.render()
    }

    public var svg: String {
        let margin = ChartFrame.margin
        let fingerprint = columnNames + rowNames.indices.map { r in rowNames[r] + ":" + columnNames.indices.map { c in
            let v = cell(r, c)
            return v.isWithheld ? "w" : v.shown.map { DecimalFormat.plain($0, decimals: 6) } ?? "-"
        }.joined(separator: ",") }
        let rowHeight = rowNames.count > 30 ? 22.0 : 30.0
        var frame = ChartFrame(kind: "heatmap", title: title, subtitle: subtitle, summary: summary, width: width, height: 0, fingerprint: fingerprint)
        let labelWidth = min(max(rowNames.map { TextMeasure.width($0, fontSize: 12) }.max() ?? 0, 30), width * 0.28)
        let plotLeft = margin + labelWidth + 8
        let plotRight = width - margin
        let columnWidth = (plotRight - plotLeft) / Double(max(columnNames.count, 1))
        let headerLines = columnNames.contains { TextMeasure.width($0, fontSize: 11) > columnWidth - 4 } ? 2 : 1
        let top = frame.top + 6 + Double(headerLines) * 13 + 6
        frame.height = top + rowHeight * Double(max(rowNames.count, 1)) + 36
        let shown = allShown
        guard !shown.isEmpty else { return frame.renderNoData() }
        let (low, high) = range(shown)
        let diverging = isDiverging(shown)
        let fontSize = columnWidth < 40 ? 10.0 : 12.0
        var body: [SVGElement] = []
        for (c, name) in columnNames.enumerated() {
            body.append(.wrappedLabel(name, x: plotLeft + columnWidth * (Double(c) + 0.5), y: frame.top + 18, maxWidth: columnWidth - 4, maxLines: headerLines, fontSize: 11, lineHeight: 13, cls: "cx-small cx-value"))
        }
        for (r, name) in rowNames.enumerated() {
            let y0 = top + rowHeight * Double(r)
            var g = SVGElement("g", [("class", "cx-heat-row")])
            g.append(.fittedLabel(name, x: margin + labelWidth, y: y0 + rowHeight / 2 + 4, maxWidth: labelWidth, anchor: "end"))
            for c in columnNames.indices {
                let x0 = plotLeft + columnWidth * Double(c)
                let value = cell(r, c)
                var cellGroup = SVGElement("g")
                if value.isWithheld {
                    cellGroup.append(SVGElement("title", text: "\(name), \(columnNames[c]): n < \(CXCharts.suppressionThreshold), withheld"))
                    cellGroup.append(.rect(x: x0 + 1, y: y0 + 1, width: columnWidth - 2, height: rowHeight - 2, cls: "cx-withheld", extra: [("fill", "url(#\(frame.hatchID))")]))
                    if columnWidth >= 30 { cellGroup.append(.label("n<\(CXCharts.suppressionThreshold)", x: x0 + columnWidth / 2, y: y0 + rowHeight / 2 + 4, anchor: "middle", cls: "cx-small cx-halo")) }
                } else if let v = value.shown {
                    let (cls, dark) = colour(v, low: low, high: high, diverging: diverging)
                    cellGroup.append(SVGElement("title", text: "\(name), \(columnNames[c]): \(text(v))" + (value.n.map { ", n=\($0)" } ?? "")))
                    cellGroup.append(.rect(x: x0 + 1, y: y0 + 1, width: columnWidth - 2, height: rowHeight - 2, cls: cls))
                    if TextMeasure.width(text(v), fontSize: fontSize) <= columnWidth - 4 {
                        cellGroup.append(.label(text(v), x: x0 + columnWidth / 2, y: y0 + rowHeight / 2 + 4, anchor: "middle", cls: dark ? "cx-on-dark" : "cx-on-fill"))
                    }
                } else {
                    cellGroup.append(SVGElement("title", text: "\(name), \(columnNames[c]): no data"))
                    cellGroup.append(.rect(x: x0 + 1, y: y0 + 1, width: columnWidth - 2, height: rowHeight - 2, cls: "cx-withheld", extra: [("fill", "none")]))
                    cellGroup.append(.label("–", x: x0 + columnWidth / 2, y: y0 + rowHeight / 2 + 4, anchor: "middle", cls: "cx-muted"))
                }
                g.append(cellGroup)
            }
            body.append(g)
        }
        // Scale key: low and high ends with their colours.
        let keyY = top + rowHeight * Double(rowNames.count) + 18
        let steps = diverging ? 7 : 6
        for i in 0..<steps {
            body.append(.rect(x: plotLeft + Double(i) * 22, y: keyY - 9, width: 22, height: 10, cls: diverging ? "cx-div\(i)" : "cx-heat\(i)"))
        }
        let lowText = diverging ? text(-max(abs(low), abs(high))) : text(low)
        let highText = diverging ? text(max(abs(low), abs(high))) : text(high)
        body.append(.label(lowText, x: plotLeft - 4, y: keyY, anchor: "end", cls: "cx-muted cx-small"))
        body.append(.label(highText, x: plotLeft + Double(steps) * 22 + 4, y: keyY, cls: "cx-muted cx-small"))
        return frame.render(body: body, hatch: rowNames.indices.contains { r in columnNames.indices.contains { cell(r, $0).isWithheld } })
    }
}
