/// A histogram of a score distribution (e.g. the 0–10 recommendation scores).
///
/// Adjacent bars show counts; each bar is labelled with its share. Bins can be grouped
/// (detractors 0–6, passives 7–8, promoters 9–10) — the groups are coloured *and* named
/// under the axis with a bracket, so the grouping never relies on colour.
public struct Histogram: Chart {
    /// One bin: its label (e.g. "7" or "10–20"), its count and optional group.
    public struct Bin: Sendable, Equatable {
        public var label: String
        public var count: Double
        public var group: Group?

        public init(label: String, count: Double, group: Group? = nil) {
            self.label = label
            self.count = count
            self.group = group
        }
    }

    /// A named run of bins with a style.
    public enum Group: Sendable, Equatable {
        case detractor, passive, promoter

        var name: String {
            switch self {
            case .detractor: return "Detractors"
            case .passive: return "Passives"
            case .promoter: return "Promoters"
            }
        }
        var cssClass: String { "cx-" + String(name.dropLast()).lowercased() }
    }

    public var title: String
    public var subtitle: String?
    public var bins: [Bin]
    /// Name of the counted thing ("Responses").
    public var countName: String
    /// Unweighted base size; below 5 the distribution is withheld.
    public var n: Int?
    public var suppressed: Bool
    public var width: Double

    public init(title: String, subtitle: String? = nil, bins: [Bin], countName: String = "Responses", n: Int? = nil, suppressed: Bool = false, width: Double = 640) {
        self.title = title
        self.subtitle = subtitle
        self.bins = bins
        self.countName = countName
        self.n = n
        self.suppressed = suppressed
        self.width = max(width, 280)
    }

    /// The 0–10 recommendation-score distribution with NPS groups; `counts[i]` is the
    /// (weighted) count of score `i`.
    public static func nps(title: String, subtitle: String? = nil, counts: [Double], n: Int? = nil, suppressed: Bool = false, width: Double = 640) -> Histogram {
        let bins = (0...10).map { score -> Bin in
            Bin(label: String(score), count: score < counts.count ? counts[score] : 0, group: score <= 6 ? .detractor : score <= 8 ? .passive : .promoter)
        }
        return Histogram(title: title, subtitle: subtitle, bins: bins, n: n, suppressed: suppressed, width: width)
    }

    var total: Double { bins.reduce(0) { $0 + max($1.count, 0) } }
    var isWithheld: Bool { suppressed || (n.map { $0 < CXCharts.suppressionThreshold } ?? false) }
    func share(_ bin: Bin) -> String { DecimalFormat.display(total > 0 ? max(bin.count, 0) / total * 100 : 0, suffix: "%") }
    func count(_ v: Double) -> String { DecimalFormat.display(v, decimals: v == v.rounded() ? 0 : 1) }

    public var summary: String {
        if isWithheld { return "\(title): withheld (n < \(CXCharts.suppressionThreshold))." }
        guard total > 0 else { return "\(title): no data." }
        var sentences = ["Distribution of \(count(total)) \(countName.lowercased()) over \(bins.count) bins."]
        if bins.count <= 12 {
            sentences.append(bins.map { "\($0.label): \(share($0))" }.joined(separator: ", ") + ".")
        }
        let mode = bins.enumerated().max { $0.element.count != $1.element.count ? $0.element.count < $1.element.count : $0.offset > $1.offset }!.element
        sentences.append("Most common: \(mode.label) (\(share(mode))).")
        var groups: [(Group, Double)] = []
        for bin in bins { if let g = bin.group { if let i = groups.firstIndex(where: { $0.0 == g }) { groups[i].1 += max(bin.count, 0) } else { groups.append((g, max(bin.count, 0))) } } }
        if !groups.isEmpty {
            sentences.append(groups.map { "\($0.0.name) \(DecimalFormat.display($0.1 / total * 100, suffix: "%"))" }.joined(separator: ", ") + ".")
        }
        return sentences.joined(separator: " ")
    }

    public var dataTable: String {
        var table = DataTable(caption: title, columns: [.init("Bin", numeric: false), .init(countName), .init("Share"), .init("Group", numeric: false)])
        if isWithheld {
            table.rows.append(["All", "withheld", "", ""])
            return table.render()
        }
        guard total > 0 else { return table.render() }
        for bin in bins { table.rows.append([bin.label, count(bin.count), share(bin), bin.group?.name ?? ""]) }
        return table.render()
    }

    public var svg: String {
        let margin = ChartFrame.margin
        let hasGroups = bins.contains { $0.group != nil }
        let fingerprint = [countName, isWithheld ? "w" : ""] + bins.map { "\($0.label)|\(DecimalFormat.plain($0.count, decimals: 6))" }
        var frame = ChartFrame(kind: "histogram", title: title, subtitle: subtitle, summary: summary, width: width, height: hasGroups ? 340 : 320, fingerprint: fingerprint)
        if isWithheld {
            frame.height = frame.top + 90
            return frame.render(body: [
                .rect(x: margin, y: frame.top + 20, width: 40, height: 40, cls: "cx-withheld", extra: [("fill", "url(#\(frame.hatchID))")]),
                .label("n < \(CXCharts.suppressionThreshold), withheld", x: margin + 52, y: frame.top + 45, cls: "cx-muted"),
            ], hatch: true)
        }
        guard total > 0 else { return frame.renderNoData() }
        let scale = NiceScale(low: 0, high: bins.map(\.count).max()!, targetTicks: 5)
        let tickTexts = scale.ticks.map { DecimalFormat.display($0, decimals: scale.decimals) }
        let plotLeft = margin + (tickTexts.map { TextMeasure.width($0, fontSize: 11) }.max() ?? 20) + 8
        let plotRight = width - margin
        let plotTop = frame.top + 22
        let plotBottom = frame.height - margin - (hasGroups ? 44 : 22)
        let slot = (plotRight - plotLeft) / Double(bins.count)
        let y = { (v: Double) in scale.position(v, from: plotBottom, to: plotTop) }
        var body: [SVGElement] = []
        var grid: [SVGElement] = []
        for (tick, label) in zip(scale.ticks, tickTexts) {
            grid.append(.line(x1: plotLeft, y1: y(tick), x2: plotRight, y2: y(tick), cls: tick == 0 ? "cx-zero" : "cx-grid"))
            grid.append(.label(label, x: plotLeft - 6, y: y(tick) + 4, anchor: "end", cls: "cx-muted cx-small"))
        }
        body.append(.group("cx-axis-ticks", grid))
        let every = slot >= 28 ? 1 : Int((28 / slot).rounded(.up))
        for (i, bin) in bins.enumerated() {
            let x0 = plotLeft + slot * Double(i) + 1
            var g = SVGElement("g", [("class", "cx-bin")])
            g.append(SVGElement("title", text: "\(bin.label): \(count(bin.count)) (\(share(bin)))"))
            g.append(.rect(x: x0, y: y(0), width: slot - 2, height: y(max(bin.count, 0)) - y(0), cls: bin.group?.cssClass ?? "cx-bar"))
            if slot >= 30 {
                g.append(.label(share(bin), x: x0 + slot / 2 - 1, y: y(max(bin.count, 0)) - 5, anchor: "middle", cls: "cx-small cx-halo"))
            }
            if i % every == 0 {
                g.append(.fittedLabel(bin.label, x: x0 + slot / 2 - 1, y: plotBottom + 15, maxWidth: slot * Double(every) - 2, fontSize: 11, anchor: "middle", cls: "cx-small"))
            }
            body.append(g)
        }
        // Group brackets with names under the axis.
        var start = 0
        while start < bins.count {
            guard let group = bins[start].group else { start += 1; continue }
            var end = start
            while end + 1 < bins.count && bins[end + 1].group == group { end += 1 }
            let x0 = plotLeft + slot * Double(start) + 3
            let x1 = plotLeft + slot * Double(end + 1) - 3
            let by = plotBottom + 24
            body.append(SVGElement("path", [("d", "M\(fmt(x0)) \(fmt(by - 4))V\(fmt(by))H\(fmt(x1))V\(fmt(by - 4))"), ("class", "cx-axis")]))
            body.append(.fittedLabel(group.name, x: (x0 + x1) / 2, y: by + 14, maxWidth: x1 - x0, fontSize: 11, anchor: "middle", cls: "cx-small cx-value"))
            start = end + 1
        }
        return frame.render(body: body)
    }
}
