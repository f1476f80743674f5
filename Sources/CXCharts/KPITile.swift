/// A KPI tile: one headline figure with its change, interval, base and a sparkline.
///
/// The tile states the change as a signed number and never calls it up or down: whether a
/// change is real is the analytics layer's call, which it can pass in `note`
/// (e.g. "no significant change").
public struct KPITile: Chart {
    /// Metric name shown as the tile title (e.g. "NPS").
    public var title: String
    /// The current value; `nil` renders the tile's "no data" state.
    public var value: Double?
    /// Decimals for every number on the tile.
    public var decimals: Int
    /// Printed after values (e.g. "%").
    public var suffix: String
    /// Change against a comparison period, and what it compares with ("vs Q3 2025").
    public var change: Double?
    public var changeLabel: String
    /// Interval around `value`.
    public var interval: ValueInterval?
    /// Base size.
    public var n: Int?
    /// Withheld for privacy: the value, change and sparkline are not shown.
    public var suppressed: Bool
    /// Earlier values, oldest first, ending with the current one; drawn as a sparkline.
    public var history: [Double]
    /// Period names for `history` (used in the summary and data table).
    public var historyLabels: [String]
    /// An optional short note from the analytics layer.
    public var note: String?
    public var width: Double

    public init(title: String, value: Double?, decimals: Int = 0, suffix: String = "", change: Double? = nil, changeLabel: String = "vs previous", interval: (low: Double, high: Double)? = nil, n: Int? = nil, suppressed: Bool = false, history: [Double] = [], historyLabels: [String] = [], note: String? = nil, width: Double = 280) {
        self.title = title
        self.value = value
        self.decimals = decimals
        self.suffix = suffix
        self.change = change
        self.changeLabel = changeLabel
        self.interval = ValueInterval(interval)
        self.n = n
        self.suppressed = suppressed
        self.history = history
        self.historyLabels = historyLabels
        self.note = note
        self.width = max(width, 220)
    }

    var isWithheld: Bool {
        suppressed || (n.map { $0 < CXCharts.suppressionThreshold } ?? false)
    }

    func text(_ v: Double, signed: Bool = false) -> String {
        DecimalFormat.display(v, decimals: decimals, signed: signed, suffix: suffix)
    }

    func historyLabel(_ index: Int) -> String {
        index < historyLabels.count ? historyLabels[index] : "#\(index + 1)"
    }

    public var summary: String {
        if isWithheld { return "\(title): withheld (n < \(CXCharts.suppressionThreshold))." }
        guard let value, value.isFinite else { return "\(title): no data." }
        var s = "\(title): \(text(value))"
        var extras: [String] = []
        if let interval { extras.append("interval \(text(interval.low)) to \(text(interval.high))") }
        if let n { extras.append("n=\(n)") }
        if !extras.isEmpty { s += " (" + extras.joined(separator: ", ") + ")" }
        s += "."
        if let change { s += " Change \(changeLabel): \(text(change, signed: true))." }
        if history.count > 1 {
            s += " Values: " + history.enumerated().map { "\(historyLabel($0.offset)) \(text($0.element))" }.joined(separator: ", ") + "."
        }
        if let note { s += " " + note }
        return s
    }

    public var dataTable: String {
        var table = DataTable(caption: title, columns: [.init("Measure", numeric: false), .init("Value")])
        if isWithheld {
            table.rows.append([title, "withheld"])
            return table.render()
        }
        guard let value else { return table.render() }
        table.rows.append([title, text(value)])
        if let interval {
            table.rows.append(["Interval low", text(interval.low)])
            table.rows.append(["Interval high", text(interval.high)])
        }
        if let change { table.rows.append(["Change \(changeLabel)", text(change, signed: true)]) }
        if let n { table.rows.append(["n", String(n)]) }
        if history.count > 1 {
            for (index, v) in history.enumerated() { table.rows.append([historyLabel(index), text(v)]) }
        }
        return table.render()
    }

    public var svg: String {
        var fingerprint = [value.map { DecimalFormat.plain($0, decimals: 6) } ?? "nil", change.map { DecimalFormat.plain($0, decimals: 6) } ?? "", String(n ?? -1), isWithheld ? "w" : ""]
        fingerprint += history.map { DecimalFormat.plain($0, decimals: 6) }
        let frame = ChartFrame(kind: "kpi", title: title, subtitle: nil, summary: summary, width: width, height: 166, fingerprint: fingerprint)
        let margin = ChartFrame.margin
        if isWithheld {
            return frame.render(body: [
                .rect(x: margin, y: 52, width: 40, height: 40, cls: "cx-withheld", extra: [("fill", "url(#\(frame.hatchID))")]),
                .label("n < \(CXCharts.suppressionThreshold), withheld", x: margin + 52, y: 77, cls: "cx-muted"),
            ], hatch: true)
        }
        guard let value, value.isFinite else { return frame.renderNoData() }
        var body: [SVGElement] = []
        let valueText = text(value)
        body.append(.label(valueText, x: margin, y: 80, cls: "cx-big"))
        var line2: [String] = []
        if let change { line2.append("\(change > 0 ? "▲" : change < 0 ? "▼" : "■") \(text(change, signed: true)) \(changeLabel)") }
        if !line2.isEmpty { body.append(.fittedLabel(line2.joined(), x: margin, y: 120, maxWidth: width - 2 * margin, cls: "cx-value")) }
        var line3: [String] = []
        if let interval { line3.append("interval \(text(interval.low)) to \(text(interval.high))") }
        if let n { line3.append("n=\(n)") }
        if !line3.isEmpty { body.append(.fittedLabel(line3.joined(separator: " · "), x: margin, y: 140, maxWidth: width - 2 * margin, fontSize: 11, cls: "cx-muted cx-small")) }
        if let note { body.append(.fittedLabel(note, x: margin, y: 157, maxWidth: width - 2 * margin, fontSize: 11, cls: "cx-muted cx-small")) }
        // Sparkline to the right of the big number.
        let sparkLeft = max(margin + TextMeasure.width(valueText, fontSize: 34) + 16, width * 0.5)
        let sparkRight = width - margin - 4
        if history.count > 1 && sparkRight - sparkLeft > 40 {
            let scale = NiceScale(low: history.min()!, high: history.max()!, targetTicks: 3)
            let xs = history.indices.map { sparkLeft + (sparkRight - sparkLeft) * Double($0) / Double(history.count - 1) }
            let ys = history.map { scale.position($0, from: 84, to: 48) }
            var d = ""
            for (i, (x, y)) in zip(xs, ys).enumerated() { d += (i == 0 ? "M" : "L") + fmt(x) + " " + fmt(y) }
            body.append(SVGElement("path", [("d", d), ("class", "cx-line cx-s0"), ("fill", "none")]))
            body.append(.marker(.circle, x: xs.last!, y: ys.last!, size: 3.5, cls: "cx-s0 cx-marker"))
            body.append(.label(historyLabel(0), x: sparkLeft, y: 98, cls: "cx-muted cx-small"))
            body.append(.label(historyLabel(history.count - 1), x: sparkRight, y: 98, anchor: "end", cls: "cx-muted cx-small"))
        }
        return frame.render(body: body)
    }
}
