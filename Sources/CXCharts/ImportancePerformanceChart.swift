/// Importance–performance scatter (key-driver quadrant chart).
///
/// Each driver is a labelled point: performance (e.g. mean rating) across, importance
/// (e.g. relative weight or correlation with the outcome) up. Quadrant lines split at the
/// given or mean values, and each quadrant is named — "Concentrate here" is high importance
/// with low performance. Labels are placed so they do not overlap; one that fits nowhere
/// becomes a number with a key below the plot.
public struct ImportancePerformanceChart: Chart {
    /// One driver.
    public struct Point: Sendable, Equatable {
        public var label: String
        public var importance: Double
        public var performance: Double
        public var n: Int?

        public init(label: String, importance: Double, performance: Double, n: Int? = nil) {
            self.label = label
            self.importance = importance
            self.performance = performance
            self.n = n
        }

        var isDrawable: Bool { importance.isFinite && performance.isFinite }
    }

    public var title: String
    public var subtitle: String?
    public var points: [Point]
    public var importanceName: String
    public var performanceName: String
    /// Where the quadrant lines cross; `nil` uses the mean of the points.
    public var importanceSplit: Double?
    public var performanceSplit: Double?
    public var importanceAxis: ValueAxis
    public var performanceAxis: ValueAxis
    public var decimals: Int
    public var width: Double

    public init(title: String, subtitle: String? = nil, points: [Point], importanceName: String = "Importance", performanceName: String = "Performance", importanceSplit: Double? = nil, performanceSplit: Double? = nil, importanceAxis: ValueAxis = .auto, performanceAxis: ValueAxis = .auto, decimals: Int = 2, width: Double = 640) {
        self.title = title
        self.subtitle = subtitle
        self.points = points
        self.importanceName = importanceName
        self.performanceName = performanceName
        self.importanceSplit = importanceSplit
        self.performanceSplit = performanceSplit
        self.importanceAxis = importanceAxis
        self.performanceAxis = performanceAxis
        self.decimals = decimals
        self.width = max(width, 320)
    }

    var drawable: [Point] { points.filter(\.isDrawable) }

    var splits: (importance: Double, performance: Double) {
        let shown = drawable
        let count = Double(max(shown.count, 1))
        return (importanceSplit ?? shown.map(\.importance).reduce(0, +) / count,
                performanceSplit ?? shown.map(\.performance).reduce(0, +) / count)
    }

    /// Quadrant name of a point.
    func quadrant(_ p: Point) -> String {
        let (si, sp) = splits
        switch (p.importance >= si, p.performance >= sp) {
        case (true, false): return "Concentrate here"
        case (true, true): return "Keep up the good work"
        case (false, false): return "Low priority"
        case (false, true): return "Possible overkill"
        }
    }

    func text(_ v: Double) -> String { DecimalFormat.display(v, decimals: decimals) }

    public var summary: String {
        let shown = drawable
        if shown.isEmpty { return "\(title): no data." }
        var sentences = ["\(importanceName) against \(performanceName) for \(shown.count) \(shown.count == 1 ? "driver" : "drivers"), split at \(importanceName.lowercased()) \(text(splits.importance)) and \(performanceName.lowercased()) \(text(splits.performance))."]
        for name in ["Concentrate here", "Keep up the good work", "Low priority", "Possible overkill"] {
            let members = shown.filter { quadrant($0) == name }.map(\.label)
            if !members.isEmpty { sentences.append("\(name): " + members.joined(separator: ", ") + ".") }
        }
        return sentences.joined(separator: " ")
    }

    public var dataTable: String {
        var table = DataTable(caption: title, columns: [.init("Driver", numeric: false), .init(importanceName), .init(performanceName), .init("Quadrant", numeric: false), .init("n")])
        for p in drawable {
            table.rows.append([p.label, text(p.importance), text(p.performance), quadrant(p), p.n.map(String.init) ?? ""])
        }
        return table.render()
    }

    public var svg: String {
        let margin = ChartFrame.margin
        let shown = drawable
        let fingerprint = [importanceName, performanceName] + shown.map { "\($0.label)|\(DecimalFormat.plain($0.importance, decimals: 6))|\(DecimalFormat.plain($0.performance, decimals: 6))" }
        var frame = ChartFrame(kind: "ipa", title: title, subtitle: subtitle, summary: summary, width: width, height: min(width * 0.75, 460), fingerprint: fingerprint)
        guard !shown.isEmpty else { return frame.renderNoData() }
        let (si, sp) = splits
        let ys = NiceScale.padded(importanceAxis, values: shown.map(\.importance) + [si])
        let xs = NiceScale.padded(performanceAxis, values: shown.map(\.performance) + [sp])
        let yTicks = ys.ticks.map { DecimalFormat.display($0, decimals: ys.decimals) }
        let plotLeft = margin + 18 + (yTicks.map { TextMeasure.width($0, fontSize: 11) }.max() ?? 20) + 6
        let plotRight = width - margin
        let plotTop = frame.top + 8
        let plotBottom = frame.height - margin - 34
        let x = { (v: Double) in xs.position(v, from: plotLeft, to: plotRight) }
        let y = { (v: Double) in ys.position(v, from: plotBottom, to: plotTop) }
        var body: [SVGElement] = []
        var grid: [SVGElement] = []
        for (tick, label) in zip(ys.ticks, yTicks) {
            grid.append(.line(x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), cls: "cx-grid"))
            grid.append(.label(label, x: plotLeft - 6, y: y(tick) + 4, anchor: "end", cls: "cx-muted cx-small"))
        }
        for tick in xs.ticks {
            grid.append(.line(x1: x(tick), y1: plotTop, x2: x(tick), y2: plotBottom, cls: "cx-grid"))
            grid.append(.label(DecimalFormat.display(tick, decimals: xs.decimals), x: x(tick), y: plotBottom + 16, anchor: "middle", cls: "cx-muted cx-small"))
        }
        grid.append(.label(performanceName + " →", x: (plotLeft + plotRight) / 2, y: plotBottom + 32, anchor: "middle", cls: "cx-value cx-small"))
        var yTitle = SVGElement.label(importanceName + " →", x: 0, y: 0, anchor: "middle", cls: "cx-value cx-small")
        yTitle.attributes[0] = SVGAttribute("x", fmt(-(plotTop + plotBottom) / 2))
        yTitle.attributes[1] = SVGAttribute("y", fmt(margin + 10))
        yTitle.set("transform", "rotate(-90)")
        grid.append(yTitle)
        body.append(.group("cx-axis-ticks", grid))
        body.append(.line(x1: x(sp), y1: plotTop, x2: x(sp), y2: plotBottom, cls: "cx-zero"))
        body.append(.line(x1: plotLeft, y1: y(si), x2: plotRight, y2: y(si), cls: "cx-zero"))

        // Quadrant names in the plot corners, reserved against labels.
        var reserved: [LabelPlacer.Box] = []
        let corners: [(String, Double, Double, String)] = [
            ("Concentrate here", plotLeft + 6, plotTop + 14, "start"), ("Keep up the good work", plotRight - 6, plotTop + 14, "end"),
            ("Low priority", plotLeft + 6, plotBottom - 8, "start"), ("Possible overkill", plotRight - 6, plotBottom - 8, "end"),
        ]
        for (name, qx, qy, anchor) in corners {
            let w = TextMeasure.width(name, fontSize: 11)
            body.append(.label(name, x: qx, y: qy, anchor: anchor, cls: "cx-quadrant"))
            let x0 = anchor == "start" ? qx : qx - w
            reserved.append(.init(x0: x0, y0: qy - 11, x1: x0 + w, y1: qy + 3))
        }
        for p in shown { reserved.append(.init(x0: x(p.performance) - 5, y0: y(p.importance) - 5, x1: x(p.performance) + 5, y1: y(p.importance) + 5)) }
        var placer = LabelPlacer(bounds: .init(x0: plotLeft, y0: plotTop, x1: plotRight, y1: plotBottom), reserved: reserved)
        // Place in a fixed order (by importance, then label) so output never depends on input order quirks.
        let order = shown.indices.sorted { shown[$0].importance != shown[$1].importance ? shown[$0].importance > shown[$1].importance : shown[$0].label < shown[$1].label }
        var keyed: [(Int, String)] = []
        var labels: [SVGElement] = []
        var markers: [SVGElement] = []
        for index in order {
            let p = shown[index]
            let (px, py) = (x(p.performance), y(p.importance))
            var m = SVGElement.marker(.circle, x: px, y: py, size: 4.5, cls: "cx-s0 cx-marker")
            m.children = [.element(SVGElement("title", text: "\(p.label): \(importanceName.lowercased()) \(text(p.importance)), \(performanceName.lowercased()) \(text(p.performance))"))]
            markers.append(m)
            let label = TextMeasure.truncate(p.label, maxWidth: 150, fontSize: 11)
            if let spot = placer.place(px: px, py: py, width: TextMeasure.width(label.text, fontSize: 11), height: 12) {
                if spot.leader { labels.append(.line(x1: px, y1: py, x2: spot.x, y2: spot.y - 4, cls: "cx-leader")) }
                var element = SVGElement.label(label.text, x: spot.x, y: spot.y, anchor: spot.anchor, cls: "cx-small cx-halo")
                if label.wasCut { element.children.insert(.element(SVGElement("title", text: p.label)), at: 0) }
                labels.append(element)
            } else {
                let number = keyed.count + 1
                keyed.append((number, p.label))
                if let spot = placer.place(px: px, py: py, width: TextMeasure.width(String(number), fontSize: 11), height: 12) {
                    labels.append(.label(String(number), x: spot.x, y: spot.y, anchor: spot.anchor, cls: "cx-small cx-value cx-halo"))
                }
            }
        }
        body.append(.group("cx-points", markers))
        body.append(.group("cx-point-labels", labels))
        if !keyed.isEmpty {
            let key = keyed.map { "\($0.0) \($0.1)" }.joined(separator: " · ")
            let wrapped = TextMeasure.wrap(key, maxWidth: width - 2 * margin, fontSize: 11, maxLines: 6)
            frame.height += Double(wrapped.lines.count) * 14 + 4
            for (i, line) in wrapped.lines.enumerated() {
                body.append(.label(line, x: margin, y: frame.height - margin + 8 - Double(wrapped.lines.count - 1 - i) * 14, cls: "cx-muted cx-small"))
            }
        }
        return frame.render(body: body)
    }
}

extension NiceScale {
    /// A scale over `values` with a little room around them, honouring a fixed axis.
    static func padded(_ axis: ValueAxis, values: [Double]) -> NiceScale {
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        let pad = high > low ? (high - low) * 0.08 : max(abs(high) * 0.1, 1)
        // Do not pad a non-negative measure below zero.
        if case .auto = axis { return NiceScale(low: low >= 0 ? max(low - pad, 0) : low - pad, high: high + pad, targetTicks: 5) }
        return axis.niceScale(low: low, high: high, anchored: false, targetTicks: 5)
    }
}
