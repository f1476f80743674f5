/// A bar chart of one measure per category, horizontal or vertical.
///
/// Draws interval whiskers, `n` labels, low-base flags and withheld groups (a hatched stub
/// with "n < 5, withheld" and no value). Bars always grow from zero (or a rating scale's
/// floor), so the axis is never truncated. Typical use: NPS by period, CSAT by region.
public struct BarChart: Chart {
    /// Bar direction. Horizontal suits long labels and many categories (the chart grows in
    /// height); vertical suits a few ordered periods.
    public enum Orientation: Sendable, Equatable {
        case vertical, horizontal
    }

    /// Bar order. `given` keeps input order (periods); the others sort by value, ties by
    /// input order, withheld groups last.
    public enum Sort: Sendable, Equatable {
        case given, descending, ascending
    }

    /// One category.
    public struct Bar: Sendable, Equatable {
        /// Category name (any text; escaped on output, truncated with a tooltip if long).
        public var label: String
        /// The measure. Never shown for a withheld bar.
        public var value: Double
        /// Interval drawn as a whisker.
        public var interval: ValueInterval?
        /// Unweighted base size, printed as `n=…`.
        public var n: Int?
        /// Withheld for privacy: drawn hatched, value hidden. Also implied by `n < 5`.
        public var suppressed: Bool
        /// Flagged low base (`*`, dashed outline); set by analytics for n < 30.
        public var lowBase: Bool

        public init(label: String, value: Double, interval: (low: Double, high: Double)? = nil, n: Int? = nil, suppressed: Bool = false, lowBase: Bool = false) {
            self.label = label
            self.value = value
            self.interval = ValueInterval(interval)
            self.n = n
            self.suppressed = suppressed
            self.lowBase = lowBase
        }

        /// True when the bar must not show its value.
        public var isWithheld: Bool {
            suppressed || (n.map { $0 < CXCharts.suppressionThreshold } ?? false) || !value.isFinite
        }
    }

    public var title: String
    public var subtitle: String?
    public var orientation: Orientation
    public var bars: [Bar]
    public var valueAxis: ValueAxis
    public var sort: Sort
    /// Decimals for values in labels, table and summary.
    public var decimals: Int
    /// Name of the measure, used as the value column heading and in the summary.
    public var measure: String
    /// Width in pixels of the viewBox (the SVG scales to its container).
    public var width: Double

    public init(title: String, subtitle: String? = nil, orientation: Orientation = .vertical, bars: [Bar], valueAxis: ValueAxis = .auto, sort: Sort = .given, decimals: Int = 0, measure: String = "Value", width: Double = 640) {
        self.title = title
        self.subtitle = subtitle
        self.orientation = orientation
        self.bars = bars
        self.valueAxis = valueAxis
        self.sort = sort
        self.decimals = decimals
        self.measure = measure
        self.width = max(width, 240)
    }

    /// Bars in display order.
    var orderedBars: [Bar] {
        guard sort != .given else { return bars }
        let indexed = Array(bars.enumerated())
        return indexed.sorted { a, b in
            let (wa, wb) = (a.element.isWithheld, b.element.isWithheld)
            if wa != wb { return !wa }
            if !wa && a.element.value != b.element.value {
                return sort == .descending ? a.element.value > b.element.value : a.element.value < b.element.value
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Formats a value for display with the axis suffix.
    func text(_ value: Double) -> String {
        DecimalFormat.display(value, decimals: decimals, suffix: valueAxis.suffix)
    }

    /// Neutral summary: values in order (when few), highest and lowest, withheld groups.
    public var summary: String {
        let ordered = orderedBars
        if ordered.isEmpty { return "\(measure): no data." }
        let shown = ordered.filter { !$0.isWithheld }
        var sentences: [String] = []
        let kind = orientation == .horizontal ? "Horizontal bar chart" : "Bar chart"
        sentences.append("\(kind) of \(measure) for \(ordered.count) \(ordered.count == 1 ? "group" : "groups").")
        if let first = shown.first {
            if shown.allSatisfy({ text($0.value) == text(first.value) }) && shown.count > 1 {
                sentences.append("All \(shown.count) shown groups: \(text(first.value)).")
            } else if shown.count <= 12 {
                sentences.append(shown.map { "\($0.label) \(text($0.value))" }.joined(separator: ", ") + ".")
            }
            if shown.count >= 3 {
                let high = shown.enumerated().max { a, b in a.element.value != b.element.value ? a.element.value < b.element.value : a.offset > b.offset }!.element
                let low = shown.enumerated().min { a, b in a.element.value != b.element.value ? a.element.value < b.element.value : a.offset < b.offset }!.element
                if text(high.value) != text(low.value) {
                    sentences.append("Highest: \(high.label) \(text(high.value)); lowest: \(low.label) \(text(low.value)).")
                }
            }
        }
        let withheld = ordered.filter(\.isWithheld)
        if !withheld.isEmpty {
            sentences.append("Withheld (n < \(CXCharts.suppressionThreshold)): " + withheld.map(\.label).joined(separator: ", ") + ".")
        }
        let low = shown.filter(\.lowBase)
        if !low.isEmpty {
            sentences.append("Low base (n < \(CXCharts.lowBaseThreshold)), interpret with care: " + low.map(\.label).joined(separator: ", ") + ".")
        }
        return sentences.joined(separator: " ")
    }

    /// The data as an HTML table: label, value, interval, n, note.
    public var dataTable: String {
        var table = DataTable(caption: title, columns: [.init("Group", numeric: false), .init(measure), .init("Interval low"), .init("Interval high"), .init("n"), .init("Note", numeric: false)])
        for bar in orderedBars {
            let n = bar.n.map { DecimalFormat.plain(Double($0)) } ?? ""
            if bar.isWithheld {
                table.rows.append([bar.label, "withheld", "", "", n, "n < \(CXCharts.suppressionThreshold), withheld"])
                continue
            }
            table.rows.append([
                bar.label, text(bar.value),
                bar.interval.map { text($0.low) } ?? "", bar.interval.map { text($0.high) } ?? "",
                n, bar.lowBase ? "low base (n < \(CXCharts.lowBaseThreshold))" : "",
            ])
        }
        return table.render()
    }

    /// Content that identifies this chart (for its stable id).
    var fingerprint: [String] {
        [orientation == .horizontal ? "h" : "v", measure] + orderedBars.map { bar in
            "\(bar.label)|\(bar.isWithheld ? "w" : DecimalFormat.plain(bar.value, decimals: 6))|\(bar.n.map(String.init) ?? "")"
        }
    }

    public var svg: String {
        switch orientation {
        case .horizontal: return renderHorizontal()
        case .vertical: return renderVertical()
        }
    }

    /// The axis scale over all shown values and interval ends.
    func scale(targetTicks: Int) -> NiceScale {
        var low = Double.infinity
        var high = -Double.infinity
        for bar in bars where !bar.isWithheld {
            low = min(low, bar.value, bar.interval?.low ?? bar.value)
            high = max(high, bar.value, bar.interval?.high ?? bar.value)
        }
        if low > high { (low, high) = (0, 0) }
        return valueAxis.niceScale(low: low, high: high, anchored: true, targetTicks: targetTicks)
    }

    /// Tooltip text for one bar.
    func tooltip(_ bar: Bar) -> String {
        if bar.isWithheld { return "\(bar.label): n < \(CXCharts.suppressionThreshold), withheld" }
        var parts = "\(bar.label): \(text(bar.value))"
        if let interval = bar.interval { parts += " (interval \(text(interval.low)) to \(text(interval.high)))" }
        if let n = bar.n { parts += ", n=\(n)" }
        if bar.lowBase { parts += ", low base" }
        return parts
    }

    /// Footnote lines explaining flags used in the chart.
    var footnote: String? {
        let shown = bars.filter { !$0.isWithheld }
        var notes: [String] = []
        if shown.contains(where: \.lowBase) { notes.append("* low base (n < \(CXCharts.lowBaseThreshold)): interpret with care") }
        if shown.contains(where: { $0.interval != nil }) { notes.append("whiskers: interval") }
        return notes.isEmpty ? nil : notes.joined(separator: " · ")
    }
}
