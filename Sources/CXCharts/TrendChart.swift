/// Lines over periods, one per series, each with an optional interval band.
///
/// Series are told apart by marker shape, dash pattern and a name label at the line's end,
/// not by colour alone. A missing or withheld point breaks the line. The value axis is not
/// forced to zero (lines show change, not magnitude) unless `valueAxis` says so.
public struct TrendChart: Chart {
    /// One observation of a series.
    public struct Point: Sendable, Equatable {
        public var value: Double?
        public var interval: ValueInterval?
        public var n: Int?
        public var suppressed: Bool

        public init(value: Double?, interval: (low: Double, high: Double)? = nil, n: Int? = nil, suppressed: Bool = false) {
            self.value = value
            self.interval = ValueInterval(interval)
            self.n = n
            self.suppressed = suppressed
        }

        /// The value to draw, or `nil` for missing/withheld points.
        var shown: Double? {
            if suppressed || (n.map { $0 < CXCharts.suppressionThreshold } ?? false) { return nil }
            guard let value, value.isFinite else { return nil }
            return value
        }

        var isWithheld: Bool { suppressed || (n.map { $0 < CXCharts.suppressionThreshold } ?? false) }
    }

    /// A named line; `points[i]` belongs to `periods[i]`.
    public struct Series: Sendable, Equatable {
        public var name: String
        public var points: [Point]
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
        /// A series from plain values.
        public init(name: String, values: [Double?]) {
            self.init(name: name, points: values.map { Point(value: $0) })
        }
    }

    public var title: String
    public var subtitle: String?
    public var periods: [String]
    public var series: [Series]
    public var valueAxis: ValueAxis
    public var decimals: Int
    public var width: Double
    public var height: Double

    public init(title: String, subtitle: String? = nil, periods: [String], series: [Series], valueAxis: ValueAxis = .auto, decimals: Int = 0, width: Double = 640, height: Double = 340) {
        self.title = title
        self.subtitle = subtitle
        self.periods = periods
        self.series = series
        self.valueAxis = valueAxis
        self.decimals = decimals
        self.width = max(width, 280)
        self.height = max(height, 220)
    }

    func text(_ v: Double) -> String { DecimalFormat.display(v, decimals: decimals, suffix: valueAxis.suffix) }

    func point(_ s: Series, _ i: Int) -> Point? { i < s.points.count ? s.points[i] : nil }

    public var summary: String {
        let shownSeries = series.filter { s in periods.indices.contains { point(s, $0)?.shown != nil } }
        if periods.isEmpty || shownSeries.isEmpty { return "\(title): no data." }
        var sentences = ["Line chart over \(periods.count) \(periods.count == 1 ? "period" : "periods") (\(periods.first!) to \(periods.last!)), \(series.count) \(series.count == 1 ? "series" : "series")."]
        for s in shownSeries.prefix(8) {
            let values = periods.indices.compactMap { i in point(s, i)?.shown.map { (periods[i], $0) } }
            var sentence = "\(s.name): "
            if values.count == 1 {
                sentence += "\(text(values[0].1)) in \(values[0].0)"
            } else {
                sentence += "\(text(values.first!.1)) in \(values.first!.0) and \(text(values.last!.1)) in \(values.last!.0)"
                let high = values.enumerated().max { $0.element.1 != $1.element.1 ? $0.element.1 < $1.element.1 : $0.offset > $1.offset }!.element
                let low = values.enumerated().min { $0.element.1 != $1.element.1 ? $0.element.1 < $1.element.1 : $0.offset < $1.offset }!.element
                if values.count > 2 && text(high.1) != text(low.1) {
                    sentence += "; highest \(text(high.1)) in \(high.0), lowest \(text(low.1)) in \(low.0)"
                }
            }
            sentences.append(sentence + ".")
        }
        if shownSeries.count > 8 { sentences.append("\(shownSeries.count - 8) more series in the data table.") }
        return sentences.joined(separator: " ")
    }

    public var dataTable: String {
        var columns: [DataTable.Column] = [.init("Period", numeric: false)]
        let hasIntervals = series.contains { $0.points.contains { $0.interval != nil } }
        for s in series {
            columns.append(.init(s.name))
            if hasIntervals { columns += [.init("\(s.name) low"), .init("\(s.name) high")] }
            columns.append(.init("\(s.name) n"))
        }
        var table = DataTable(caption: title, columns: columns)
        for (i, period) in periods.enumerated() {
            var cells = [period]
            for s in series {
                let p = point(s, i)
                let withheld = p?.isWithheld ?? false
                cells.append(withheld ? "withheld" : p?.shown.map(text) ?? "")
                if hasIntervals {
                    cells.append(withheld ? "" : p?.interval.map { text($0.low) } ?? "")
                    cells.append(withheld ? "" : p?.interval.map { text($0.high) } ?? "")
                }
                cells.append(p?.n.map(String.init) ?? "")
            }
            table.rows.append(cells)
        }
        if periods.isEmpty { table.rows = [] }
        return table.render()
    }

    static let dashes: [String?] = [nil, "7 4", "2 3", "10 3 2 3"]

    public var svg: String {
        let margin = ChartFrame.margin
        let fingerprint = periods + series.map { s in s.name + ":" + s.points.map { $0.shown.map { DecimalFormat.plain($0, decimals: 6) } ?? "-" }.joined(separator: ",") }
        var frame = ChartFrame(kind: "trend", title: title, subtitle: subtitle, summary: summary, width: width, height: height, fingerprint: fingerprint)
        let shownValues = series.flatMap { s in s.points.compactMap(\.shown) + s.points.compactMap { $0.shown == nil ? nil : $0.interval }.flatMap { [$0.low, $0.high] } }
        guard !periods.isEmpty, !shownValues.isEmpty else { return frame.renderNoData() }
        let shapes = MarkerShape.allCases
        let legend = Legend(entries: series.enumerated().map { i, s in
            .init(name: s.name, swatch: .line(shapes[i % shapes.count], cls: "cx-s\(i % ChartStyle.seriesCount)", dash: Self.dashes[i % Self.dashes.count]))
        })
        let legendTop = frame.top + 4
        let legendHeight = series.count > 1 ? legend.height(width: width - 2 * margin) : 0
        frame.height = height + legendHeight
        let scale = valueAxis.niceScale(low: shownValues.min()!, high: shownValues.max()!, anchored: false, targetTicks: 5)
        let tickTexts = scale.ticks.map { DecimalFormat.display($0, decimals: scale.decimals, suffix: valueAxis.suffix) }
        let tickWidth = tickTexts.map { TextMeasure.width($0, fontSize: 11) }.max() ?? 20
        let endLabelWidth = series.count > 1 ? min((series.map { TextMeasure.width($0.name + " 000.0", fontSize: 11) }.max() ?? 0) + 12, width * 0.26) : 8
        let plotLeft = margin + tickWidth + 8
        let plotRight = width - margin - endLabelWidth
        let plotTop = legendTop + legendHeight + 16
        let plotBottom = frame.height - margin - 22
        let step = periods.count > 1 ? (plotRight - plotLeft - 20) / Double(periods.count - 1) : 0
        let x = { (i: Int) in periods.count > 1 ? plotLeft + 10 + step * Double(i) : (plotLeft + plotRight) / 2 }
        let y = { (v: Double) in scale.position(v, from: plotBottom, to: plotTop) }

        var body: [SVGElement] = []
        if series.count > 1 { body.append(legend.render(x: margin, y: legendTop + 12, width: width - 2 * margin)) }
        var grid: [SVGElement] = []
        for (tick, label) in zip(scale.ticks, tickTexts) {
            grid.append(.line(x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), cls: tick == 0 ? "cx-zero" : "cx-grid"))
            grid.append(.label(label, x: plotLeft - 6, y: y(tick) + 4, anchor: "end", cls: "cx-muted cx-small"))
        }
        // Thin period labels so they never overlap: show every k-th.
        let widest = periods.map { TextMeasure.width($0, fontSize: 11) }.max() ?? 0
        let labelEvery = periods.count > 1 && step > 0 ? max(1, Int(((widest + 10) / step).rounded(.up))) : 1
        for (i, period) in periods.enumerated() where i % labelEvery == 0 {
            grid.append(.fittedLabel(period, x: x(i), y: plotBottom + 18, maxWidth: periods.count == 1 ? plotRight - plotLeft : max(step * Double(labelEvery) - 6, 40), fontSize: 11, anchor: "middle", cls: "cx-small"))
        }
        body.append(.group("cx-axis-ticks", grid))

        var endLabels: [(y: Double, name: String, cls: String)] = []
        for (si, s) in series.enumerated() {
            let cls = "cx-s\(si % ChartStyle.seriesCount)"
            var g = SVGElement("g", [("class", "cx-series")])
            g.append(SVGElement("title", text: s.name))
            // Interval band per run of consecutive points with intervals.
            for run in runs(s) where run.allSatisfy({ point(s, $0)?.interval != nil }) && run.count > 1 {
                let upper = run.map { "\(fmt(x($0))) \(fmt(y(point(s, $0)!.interval!.high)))" }
                let lower = run.reversed().map { "\(fmt(x($0))) \(fmt(y(point(s, $0)!.interval!.low)))" }
                g.append(SVGElement("path", [("d", "M" + (upper + lower).joined(separator: "L") + "Z"), ("class", "cx-band " + cls)]))
            }
            for run in runs(s) {
                if run.count == 1, let i = run.first, let interval = point(s, i)?.interval {
                    g.append(.line(x1: x(i), y1: y(interval.low), x2: x(i), y2: y(interval.high), cls: "cx-whisker"))
                }
                guard run.count > 1 else { continue }
                var path = SVGElement("path", [("d", "M" + run.map { "\(fmt(x($0))) \(fmt(y(point(s, $0)!.shown!)))" }.joined(separator: "L")), ("class", "cx-line " + cls)])
                if let dash = Self.dashes[si % Self.dashes.count] { path.set("stroke-dasharray", dash) }
                g.append(path)
            }
            for i in periods.indices {
                guard let p = point(s, i), let v = p.shown else { continue }
                var m = SVGElement.marker(shapes[si % shapes.count], x: x(i), y: y(v), size: periods.count > 24 ? 2.5 : 4, cls: cls + " cx-marker")
                m.children = [.element(SVGElement("title", text: "\(s.name), \(periods[i]): \(text(v))" + (p.n.map { ", n=\($0)" } ?? "")))]
                g.append(m)
            }
            if let last = periods.indices.last(where: { point(s, $0)?.shown != nil }) {
                // With several series the end label carries name and last value together.
                endLabels.append((y(point(s, last)!.shown!), s.name + " " + text(point(s, last)!.shown!), cls))
                if series.count == 1 {
                    // Above the point, or above its interval when one is drawn there.
                    let lastPoint = point(s, last)!
                    let top = max(lastPoint.shown!, lastPoint.interval?.high ?? lastPoint.shown!)
                    g.append(.label(text(lastPoint.shown!), x: x(last), y: min(y(top), y(lastPoint.shown!) - 4) - 6, anchor: "middle", cls: "cx-value cx-small cx-halo"))
                }
            }
            body.append(g)
        }
        if series.count > 1 {
            for label in Self.spread(endLabels.map(\.y), minGap: 13, low: plotTop, high: plotBottom).enumerated() {
                let entry = endLabels[label.offset]
                body.append(.fittedLabel(entry.name, x: plotRight + 6, y: label.element + 4, maxWidth: endLabelWidth - 8, fontSize: 11, cls: "cx-small"))
            }
        }
        return frame.render(body: body)
    }

    /// Index runs of consecutive drawable points of `s`.
    func runs(_ s: Series) -> [[Int]] {
        var result: [[Int]] = []
        var current: [Int] = []
        for i in periods.indices {
            if point(s, i)?.shown != nil {
                current.append(i)
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Moves label positions apart so neighbours are at least `minGap` apart, keeping order.
    static func spread(_ positions: [Double], minGap: Double, low: Double, high: Double) -> [Double] {
        let order = positions.indices.sorted { positions[$0] != positions[$1] ? positions[$0] < positions[$1] : $0 < $1 }
        var placed = order.map { positions[$0] }
        for k in placed.indices.dropFirst() where placed[k] < placed[k - 1] + minGap { placed[k] = placed[k - 1] + minGap }
        if let last = placed.last, last > high {
            placed[placed.count - 1] = high
            for k in placed.indices.dropLast().reversed() where placed[k] > placed[k + 1] - minGap { placed[k] = placed[k + 1] - minGap }
        }
        var result = positions
        for (k, index) in order.enumerated() { result[index] = max(placed[k], low - 4) }
        return result
    }
}
