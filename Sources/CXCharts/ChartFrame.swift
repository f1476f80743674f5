/// The outer `<svg>` every chart shares: size, accessibility wiring, style, background,
/// visible title and subtitle, and the "no data" state.
///
/// Chart kinds lay out their plot below `top` and hand the body elements to `render`.
struct ChartFrame {
    /// Short kind name, also a CSS class (`cx-<kind>`).
    let kind: String
    /// Stable id derived from content (see `ChartID`).
    let id: String
    let title: String
    let subtitle: String?
    /// Plain-language summary; becomes `<desc>`.
    let summary: String
    let width: Double
    var height: Double

    init(kind: String, title: String, subtitle: String?, summary: String, width: Double, height: Double, fingerprint: [String]) {
        self.kind = kind
        self.title = title
        self.subtitle = subtitle
        self.summary = summary
        self.width = width
        self.height = height
        self.id = ChartID.make(kind: kind, parts: [title, subtitle ?? ""] + fingerprint)
    }

    /// Y of the first pixel below the title block.
    var top: Double { subtitle == nil ? 40 : 58 }

    /// Id of the hatch pattern for withheld groups.
    var hatchID: String { id + "-hatch" }

    /// Side margin used by all kinds.
    static let margin = 16.0

    /// The complete `<svg>` text around `body`.
    func render(body: [SVGElement], defs: [SVGElement] = [], hatch: Bool = false) -> String {
        var root = SVGElement("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "cx-chart cx-\(kind)"),
            ("role", "img"),
            ("aria-labelledby", "\(id)-title \(id)-desc"),
            ("viewBox", "0 0 \(fmt(width)) \(fmt(height))"),
            ("width", fmt(width)),
            ("height", fmt(height)),
        ])
        root.append(SVGElement("title", [("id", "\(id)-title")], text: title))
        root.append(SVGElement("desc", [("id", "\(id)-desc")], text: summary))
        root.append(SVGElement("style", text: ChartStyle.css))
        var allDefs = defs
        if hatch { allDefs.insert(.hatchPattern(id: hatchID), at: 0) }
        if !allDefs.isEmpty {
            var defsElement = SVGElement("defs")
            defsElement.append(contentsOf: allDefs)
            root.append(defsElement)
        }
        root.append(.rect(x: 0, y: 0, width: width, height: height, cls: "cx-bg"))
        // The visible heading repeats <title>; hide it from assistive technology.
        var heading = SVGElement("g", [("aria-hidden", "true")])
        heading.append(.fittedLabel(title, x: Self.margin, y: 24, maxWidth: width - 2 * Self.margin, fontSize: 16, cls: "cx-title"))
        if let subtitle {
            heading.append(.fittedLabel(subtitle, x: Self.margin, y: 44, maxWidth: width - 2 * Self.margin, cls: "cx-subtitle"))
        }
        root.append(heading)
        var plot = SVGElement("g", [("class", "cx-plot"), ("aria-hidden", "true")])
        plot.append(contentsOf: body)
        root.append(plot)
        return root.render()
    }

    /// A chart with a clear "No data" message in place of the plot.
    func renderNoData(message: String = "No data") -> String {
        var frame = self
        frame.height = top + 90  // compact: an empty chart should not take a full chart's room
        let y = frame.top + (frame.height - frame.top) / 2
        let box = SVGElement.rect(x: Self.margin, y: frame.top + 8, width: width - 2 * Self.margin, height: frame.height - frame.top - 24, cls: "cx-withheld", extra: [("fill", "none")])
        return frame.render(body: [box, .label(message, x: width / 2, y: y, anchor: "middle", cls: "cx-muted cx-value")])
    }
}
