/// The emotion curve of a customer journey: mean emotional valence per touchpoint, grouped
/// into stages (before / during / after purchase).
///
/// A zero line separates positive from negative feeling, the region below zero is shaded,
/// and the peak (the most intense moment, positive or negative) and the end (the last
/// touchpoint) are marked with distinct shapes and text, since peak and end weigh most in
/// how customers remember an experience.
public struct JourneyChart: Chart {
    /// One touchpoint and its mean valence.
    public struct Touchpoint: Sendable, Equatable {
        public var label: String
        public var valence: Double?
        public var n: Int?
        public var suppressed: Bool

        public init(label: String, valence: Double?, n: Int? = nil, suppressed: Bool = false) {
            self.label = label
            self.valence = valence
            self.n = n
            self.suppressed = suppressed
        }

        var isWithheld: Bool { suppressed || (n.map { $0 < CXCharts.suppressionThreshold } ?? false) }
        var shown: Double? { isWithheld ? nil : valence.flatMap { $0.isFinite ? $0 : nil } }
    }

    /// A journey stage and its touchpoints, in journey order.
    public struct Stage: Sendable, Equatable {
        public var name: String
        public var touchpoints: [Touchpoint]
        public init(name: String, touchpoints: [Touchpoint]) {
            self.name = name
            self.touchpoints = touchpoints
        }
    }

    public var title: String
    public var subtitle: String?
    public var stages: [Stage]
    /// Valence range; the default is −1…1. The zero line is always drawn.
    public var valueAxis: ValueAxis
    public var decimals: Int
    public var width: Double

    public init(title: String, subtitle: String? = nil, stages: [Stage], valueAxis: ValueAxis = .scale(min: -1, max: 1), decimals: Int = 2, width: Double = 640) {
        self.title = title
        self.subtitle = subtitle
        self.stages = stages
        self.valueAxis = valueAxis
        self.decimals = decimals
        self.width = max(width, 300)
    }

    /// All touchpoints with their stage, in order.
    var flat: [(stage: String, point: Touchpoint)] {
        stages.flatMap { stage in stage.touchpoints.map { (stage.name, $0) } }
    }

    func text(_ v: Double) -> String { DecimalFormat.display(v, decimals: decimals, signed: true) }

    /// Index of the most intense shown touchpoint (largest |valence|, first on ties).
    var peakIndex: Int? {
        var best: (index: Int, magnitude: Double)?
        for (i, entry) in flat.enumerated() {
            guard let v = entry.point.shown else { continue }
            if best == nil || abs(v) > best!.magnitude { best = (i, abs(v)) }
        }
        return best?.index
    }

    /// Index of the last shown touchpoint.
    var endIndex: Int? {
        let points = flat
        return points.indices.last { points[$0].point.shown != nil }
    }

    public var summary: String {
        let points = flat
        guard let peak = peakIndex, let end = endIndex else { return "\(title): no data." }
        var sentences = ["Emotion curve over \(points.count) touchpoints in \(stages.count) stages (\(stages.map(\.name).joined(separator: ", ")))."]
        for stage in stages {
            let values = stage.touchpoints.compactMap { t in t.shown.map { "\(t.label) \(text($0))" } }
            if !values.isEmpty { sentences.append("\(stage.name): " + values.joined(separator: ", ") + ".") }
        }
        let negatives = points.filter { ($0.point.shown ?? 0) < 0 }.map(\.point.label)
        if !negatives.isEmpty { sentences.append("Below zero: " + negatives.joined(separator: ", ") + ".") }
        sentences.append("Peak (most intense): \(points[peak].point.label) \(text(points[peak].point.shown!)); end: \(points[end].point.label) \(text(points[end].point.shown!)).")
        let withheld = points.filter(\.point.isWithheld).map(\.point.label)
        if !withheld.isEmpty { sentences.append("Withheld (n < \(CXCharts.suppressionThreshold)): " + withheld.joined(separator: ", ") + ".") }
        return sentences.joined(separator: " ")
    }

    public var dataTable: String {
        var table = DataTable(caption: title, columns: [.init("Touchpoint", numeric: false), .init("Stage", numeric: false), .init("Valence"), .init("n"), .init("Mark", numeric: false)])
        let (peak, end) = (peakIndex, endIndex)
        for (i, entry) in flat.enumerated() {
            let mark = [i == peak ? "peak" : nil, i == end ? "end" : nil].compactMap { $0 }.joined(separator: ", ")
            let value = entry.point.isWithheld ? "withheld" : entry.point.shown.map(text) ?? ""
            table.rows.append([entry.point.label, entry.stage, value, entry.point.n.map(String.init) ?? "", mark])
        }
        return table.render()
    }

    public var svg: String {
        let margin = ChartFrame.margin
        let points = flat
        let fingerprint = points.map { "\($0.stage)|\($0.point.label)|\($0.point.shown.map { DecimalFormat.plain($0, decimals: 6) } ?? "-")" }
        let frame = ChartFrame(kind: "journey", title: title, subtitle: subtitle, summary: summary, width: width, height: 380, fingerprint: fingerprint)
        guard let peak = peakIndex, let end = endIndex else { return frame.renderNoData() }
        let values = points.compactMap(\.point.shown)
        let scale = valueAxis.niceScale(low: min(values.min()!, 0), high: max(values.max()!, 0), anchored: true, targetTicks: 5)
        let tickTexts = scale.ticks.map { DecimalFormat.display($0, decimals: scale.decimals, signed: true) }
        let plotLeft = margin + (tickTexts.map { TextMeasure.width($0, fontSize: 11) }.max() ?? 20) + 8
        let plotRight = width - margin
        let stageTop = frame.top + 4
        let plotTop = stageTop + 40
        let plotBottom = frame.height - margin - 34
        let slot = (plotRight - plotLeft) / Double(points.count)
        let x = { (i: Int) in plotLeft + slot * (Double(i) + 0.5) }
        let y = { (v: Double) in scale.position(v, from: plotBottom, to: plotTop) }
        let zeroY = y(0)
        var body: [SVGElement] = []

        // Stage bands with names, alternating shading plus dividers.
        var start = 0
        for (si, stage) in stages.enumerated() {
            let count = stage.touchpoints.count
            guard count > 0 else { continue }
            let x0 = plotLeft + slot * Double(start)
            let x1 = x0 + slot * Double(count)
            if si % 2 == 1 { body.append(.rect(x: x0, y: stageTop, width: x1 - x0, height: plotBottom - stageTop, cls: "cx-stage")) }
            if start > 0 { body.append(.line(x1: x0, y1: stageTop, x2: x0, y2: plotBottom, cls: "cx-grid")) }
            body.append(.fittedLabel(stage.name, x: (x0 + x1) / 2, y: stageTop + 14, maxWidth: x1 - x0 - 6, anchor: "middle", cls: "cx-value"))
            start += count
        }
        var grid: [SVGElement] = []
        for (tick, label) in zip(scale.ticks, tickTexts) {
            grid.append(.line(x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), cls: tick == 0 ? "cx-zero" : "cx-grid"))
            grid.append(.label(label, x: plotLeft - 6, y: y(tick) + 4, anchor: "end", cls: "cx-muted cx-small"))
        }
        body.append(.group("cx-axis-ticks", grid))

        // Negative region: the area between curve and zero line, clipped to below zero.
        let clipID = frame.id + "-below"
        let clip = SVGElement("clipPath", [("id", clipID)], children: [.element(.rect(x: plotLeft, y: zeroY, width: plotRight - plotLeft, height: max(plotBottom - zeroY, 0)))])
        // Runs of consecutive shown touchpoints: a withheld or missing one breaks the
        // curve rather than being bridged by a line that would imply a value.
        var runs: [[Int]] = [[]]
        for i in points.indices {
            if points[i].point.shown != nil { runs[runs.count - 1].append(i) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        for run in runs where run.count > 1 {
            let coords = run.map { "\(fmt(x($0))) \(fmt(y(points[$0].point.shown!)))" }
            let area = "M\(fmt(x(run.first!))) \(fmt(zeroY))L" + coords.joined(separator: "L") + "L\(fmt(x(run.last!))) \(fmt(zeroY))Z"
            body.append(SVGElement("path", [("d", area), ("class", "cx-negative-area"), ("clip-path", "url(#\(clipID))")]))
            body.append(SVGElement("path", [("d", "M" + coords.joined(separator: "L")), ("class", "cx-line cx-s0")]))
        }
        let every = slot >= 56 ? 1 : Int((56 / slot).rounded(.up))
        for (i, entry) in points.enumerated() {
            var g = SVGElement("g", [("class", "cx-touchpoint")])
            if i % every == 0 {
                g.append(.wrappedLabel(entry.point.label, x: x(i), y: plotBottom + 16, maxWidth: slot * Double(every) - 4, maxLines: every == 1 ? 2 : 1, fontSize: 11, lineHeight: 12, cls: "cx-small"))
            }
            if entry.point.isWithheld {
                g.append(SVGElement("title", text: "\(entry.point.label): n < \(CXCharts.suppressionThreshold), withheld"))
                g.append(.rect(x: x(i) - 6, y: zeroY - 6, width: 12, height: 12, cls: "cx-withheld", extra: [("fill", "url(#\(frame.hatchID))")]))
                if slot >= 30 { g.append(.label("n<\(CXCharts.suppressionThreshold)", x: x(i), y: zeroY - 11, anchor: "middle", cls: "cx-muted cx-small cx-halo")) }
            } else if let v = entry.point.shown {
                g.append(SVGElement("title", text: "\(entry.stage), \(entry.point.label): \(text(v))" + (entry.point.n.map { ", n=\($0)" } ?? "")))
                let shape: MarkerShape = i == peak ? .triangle : i == end ? .square : .circle
                let size = i == peak || i == end ? 6.0 : 4.0
                g.append(.marker(shape, x: x(i), y: y(v), size: size, cls: v < 0 ? "cx-negative cx-marker" : "cx-s0 cx-marker"))
                if slot >= 40 || i == peak || i == end {
                    let above = v >= 0
                    var label = text(v)
                    if i == peak && i == end { label = "Peak & end " + label } else if i == peak { label = "Peak " + label } else if i == end { label = "End " + label }
                    // Keep labels inside the plot near its edges.
                    let half = TextMeasure.width(label, fontSize: 11) / 2
                    let anchor = x(i) + half > width - 4 ? "end" : x(i) - half < plotLeft - 20 ? "start" : "middle"
                    let lx = anchor == "end" ? x(i) + 8 : anchor == "start" ? x(i) - 8 : x(i)
                    g.append(.label(label, x: lx, y: above ? y(v) - 11 : y(v) + 20, anchor: anchor, cls: (i == peak || i == end ? "cx-value " : "") + "cx-small cx-halo"))
                }
            }
            body.append(g)
        }
        return frame.render(body: body, defs: [clip], hatch: points.contains { $0.point.isWithheld })
    }
}
