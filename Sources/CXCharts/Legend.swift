/// A horizontal legend that wraps onto more lines when it runs out of width.
///
/// Each entry pairs a swatch (a filled box, a marker shape or a line with a marker) with
/// its name, so series are identified by shape and text as well as colour.
struct Legend {
    enum Swatch {
        case box(cls: String)
        case marker(MarkerShape, cls: String)
        case line(MarkerShape, cls: String, dash: String?)
    }

    struct Entry {
        let name: String
        let swatch: Swatch
    }

    let entries: [Entry]

    /// Height the legend needs at `width`.
    func height(width: Double) -> Double {
        Double(lines(width: width).count) * 18
    }

    private func lines(width: Double) -> [[(Entry, Double)]] {
        var lines: [[(Entry, Double)]] = [[]]
        var used = 0.0
        for entry in entries {
            let w = min(TextMeasure.width(entry.name, fontSize: 12), width - 40) + 34
            if used + w > width && !lines[lines.count - 1].isEmpty {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append((entry, w))
            used += w
        }
        return lines
    }

    /// Legend elements with the first line's baseline at `y`.
    func render(x: Double, y: Double, width: Double) -> SVGElement {
        var group = SVGElement("g", [("class", "cx-legend")])
        for (row, line) in lines(width: width).enumerated() {
            var cursor = x
            let baseline = y + Double(row) * 18
            for (entry, w) in line {
                let cy = baseline - 4
                switch entry.swatch {
                case .box(let cls):
                    group.append(.rect(x: cursor, y: cy - 5, width: 14, height: 10, cls: cls))
                case .marker(let shape, let cls):
                    group.append(.marker(shape, x: cursor + 7, y: cy, size: 4.5, cls: cls))
                case .line(let shape, let cls, let dash):
                    var line = SVGElement.line(x1: cursor, y1: cy, x2: cursor + 18, y2: cy, cls: "cx-line " + cls)
                    if let dash { line.set("stroke-dasharray", dash) }
                    group.append(line)
                    group.append(.marker(shape, x: cursor + 9, y: cy, size: 3.5, cls: cls))
                }
                let textX = cursor + (entry.swatch.isLine ? 24 : 20)
                group.append(.fittedLabel(entry.name, x: textX, y: baseline, maxWidth: width - 40))
                cursor += w
            }
        }
        return group
    }
}

extension Legend.Swatch {
    var isLine: Bool {
        if case .line = self { return true }
        return false
    }
}
