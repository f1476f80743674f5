/// A node of generated markup: an element or a run of text.
///
/// Chart code builds trees of `SVGNode` values instead of concatenating strings; rendering
/// escapes every text node and attribute value through `XMLEscape`, so no chart can emit
/// unescaped data. The same builder produces the HTML data tables (the subset of HTML used
/// there is also well-formed XML).
public enum SVGNode: Sendable, Equatable {
    /// An element with attributes and children.
    case element(SVGElement)
    /// Character data; escaped when rendered.
    case text(String)

    /// Appends the markup of this node to `out`.
    public func write(to out: inout String) {
        var bytes: [UInt8] = []
        write(to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 markup of this node to `bytes` (the fast path used by charts).
    func write(to bytes: inout [UInt8]) {
        switch self {
        case .element(let element): element.write(to: &bytes)
        case .text(let text): bytes.append(contentsOf: XMLEscape.escape(text).utf8)
        }
    }
}

/// One attribute, kept in the order it was given so output is stable and readable.
public struct SVGAttribute: Sendable, Equatable {
    /// Attribute name, written as is (names are chosen by chart code, never by data).
    public let name: String
    /// Attribute value; escaped when rendered.
    public let value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An element of generated SVG (or HTML table) markup.
///
/// Attributes keep the order given; an element without children renders self-closed
/// (`<rect …/>`), one with children (even an empty text node) renders open and closed.
public struct SVGElement: Sendable, Equatable {
    public var name: String
    public var attributes: [SVGAttribute]
    public var children: [SVGNode]

    /// Creates an element from `(name, value)` pairs in order.
    public init(_ name: String, _ attributes: [(String, String)] = [], children: [SVGNode] = []) {
        self.name = name
        self.attributes = attributes.map { SVGAttribute($0.0, $0.1) }
        self.children = children
    }

    /// Creates an element whose only child is the text `text`.
    public init(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        self.init(name, attributes, children: [.text(text)])
    }

    /// Appends an attribute (after the existing ones).
    public mutating func set(_ name: String, _ value: String) {
        attributes.append(SVGAttribute(name, value))
    }

    /// Appends a child element.
    public mutating func append(_ element: SVGElement) {
        children.append(.element(element))
    }

    /// Appends child elements.
    public mutating func append(contentsOf elements: [SVGElement]) {
        for element in elements { children.append(.element(element)) }
    }

    /// Wraps the element as a node.
    public var node: SVGNode { .element(self) }

    /// The markup of this element and its subtree.
    public func render() -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        write(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Elements whose children are laid out on separate lines (whitespace between them is
    /// insignificant in SVG and HTML).
    static let containers: Set<String> = ["svg", "g", "defs", "clipPath", "pattern", "table", "thead", "tbody", "tr"]

    /// Appends the markup of this element and its subtree to `out`.
    public func write(to out: inout String) {
        out += render()
    }

    /// Appends the UTF-8 markup of this element and its subtree to `bytes`. Building bytes
    /// and decoding once is several times faster than many small `String` appends.
    func write(to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        for attribute in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: attribute.name.utf8)
            bytes.append(UInt8(ascii: "="))
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: XMLEscape.escape(attribute.value).utf8)
            bytes.append(UInt8(ascii: "\""))
        }
        if children.isEmpty {
            bytes.append(UInt8(ascii: "/"))
            bytes.append(UInt8(ascii: ">"))
            return
        }
        bytes.append(UInt8(ascii: ">"))
        // Containers put each child on its own line, so golden files read and diff well;
        // text-bearing elements never get extra whitespace.
        let breakLines = SVGElement.containers.contains(name)
        for child in children {
            if breakLines { bytes.append(0x0A) }
            child.write(to: &bytes)
        }
        if breakLines { bytes.append(0x0A) }
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: ">"))
    }
}
