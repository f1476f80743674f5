/// Small constructors for the shapes charts draw, so chart code reads as geometry.
/// Numbers go through `DecimalFormat.coordinate`, text through the escaping renderer.
extension SVGElement {
    /// A `<text>` element at (`x`, `y`) with a CSS class and text anchor.
    static func label(_ text: String, x: Double, y: Double, anchor: String = "start", cls: String? = nil) -> SVGElement {
        var attrs: [(String, String)] = [("x", fmt(x)), ("y", fmt(y))]
        if anchor != "start" { attrs.append(("text-anchor", anchor)) }
        if let cls { attrs.append(("class", cls)) }
        return SVGElement("text", attrs, text: text)
    }

    /// A label fitted into `maxWidth`: truncated by character count, with the full text in
    /// a `<title>` child (a tooltip, read by assistive technology) when cut.
    static func fittedLabel(_ text: String, x: Double, y: Double, maxWidth: Double, fontSize: Double = 12, anchor: String = "start", cls: String? = nil) -> SVGElement {
        let fit = TextMeasure.truncate(text, maxWidth: maxWidth, fontSize: fontSize)
        var element = label(fit.text, x: x, y: y, anchor: anchor, cls: cls)
        if fit.wasCut {
            element.children.insert(.element(SVGElement("title", text: text)), at: 0)
        }
        return element
    }

    /// A label wrapped onto up to `maxLines` lines (`<tspan>`s), truncated after that with
    /// the full text in a `<title>` child.
    static func wrappedLabel(_ text: String, x: Double, y: Double, maxWidth: Double, maxLines: Int, fontSize: Double = 12, lineHeight: Double = 14, anchor: String = "middle", cls: String? = nil) -> SVGElement {
        let wrapped = TextMeasure.wrap(text, maxWidth: maxWidth, fontSize: fontSize, maxLines: maxLines)
        var attrs: [(String, String)] = [("x", fmt(x)), ("y", fmt(y))]
        if anchor != "start" { attrs.append(("text-anchor", anchor)) }
        if let cls { attrs.append(("class", cls)) }
        var element = SVGElement("text", attrs)
        if wrapped.wasCut { element.append(SVGElement("title", text: text)) }
        if wrapped.lines.count == 1 {
            element.children.append(.text(wrapped.lines[0]))
            return element
        }
        for (index, line) in wrapped.lines.enumerated() {
            element.append(SVGElement("tspan", [("x", fmt(x)), ("dy", index == 0 ? "0" : fmt(lineHeight))], text: line))
        }
        return element
    }

    /// A rectangle; negative sizes are normalised.
    static func rect(x: Double, y: Double, width: Double, height: Double, cls: String? = nil, extra: [(String, String)] = []) -> SVGElement {
        let x0 = width < 0 ? x + width : x
        let y0 = height < 0 ? y + height : y
        var attrs: [(String, String)] = [("x", fmt(x0)), ("y", fmt(y0)), ("width", fmt(abs(width))), ("height", fmt(abs(height)))]
        if let cls { attrs.append(("class", cls)) }
        attrs.append(contentsOf: extra)
        return SVGElement("rect", attrs)
    }

    /// A straight line.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, cls: String) -> SVGElement {
        SVGElement("line", [("x1", fmt(x1)), ("y1", fmt(y1)), ("x2", fmt(x2)), ("y2", fmt(y2)), ("class", cls)])
    }

    /// A group with a class (and optional extra attributes).
    static func group(_ cls: String, _ children: [SVGElement], extra: [(String, String)] = []) -> SVGElement {
        var element = SVGElement("g", [("class", cls)] + extra)
        element.append(contentsOf: children)
        return element
    }

    /// A marker shape of a given kind centred at (`x`, `y`): series are told apart by shape,
    /// never by colour alone.
    static func marker(_ shape: MarkerShape, x: Double, y: Double, size: Double = 4.5, cls: String) -> SVGElement {
        switch shape {
        case .circle:
            return SVGElement("circle", [("cx", fmt(x)), ("cy", fmt(y)), ("r", fmt(size)), ("class", cls)])
        case .square:
            return rect(x: x - size, y: y - size, width: size * 2, height: size * 2, cls: cls)
        case .diamond:
            let s = size * 1.3
            return SVGElement("path", [("d", "M\(fmt(x)) \(fmt(y - s))L\(fmt(x + s)) \(fmt(y))L\(fmt(x)) \(fmt(y + s))L\(fmt(x - s)) \(fmt(y))Z"), ("class", cls)])
        case .triangle:
            let s = size * 1.25
            return SVGElement("path", [("d", "M\(fmt(x)) \(fmt(y - s))L\(fmt(x + s)) \(fmt(y + s * 0.8))L\(fmt(x - s)) \(fmt(y + s * 0.8))Z"), ("class", cls)])
        }
    }

    /// A diagonal-hatch pattern with id `id`, used to fill withheld groups.
    static func hatchPattern(id: String) -> SVGElement {
        SVGElement("pattern", [("id", id), ("width", "6"), ("height", "6"), ("patternUnits", "userSpaceOnUse"), ("patternTransform", "rotate(45)")],
                   children: [.element(SVGElement("line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"), ("class", "cx-hatch")]))])
    }
}

/// Marker shapes, cycled per series.
enum MarkerShape: CaseIterable {
    case circle, square, diamond, triangle
}

/// Shorthand for coordinate formatting inside geometry code.
@inline(__always) func fmt(_ value: Double) -> String {
    DecimalFormat.coordinate(value)
}
