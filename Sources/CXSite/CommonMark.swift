import CCmark
import CXData
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fenced code block whose info string names a cxreport directive
/// (```` ```chart ````, `table`, `metric`), found while rendering a narrative.
public struct FencedDirective: Sendable {
    /// `chart`, `table` or `metric`.
    public var name: String
    /// The block's text: a small YAML spec.
    public var body: String
    /// 1-based line of the opening fence within the Markdown that was rendered.
    public var line: Int
}

/// A heading of a rendered page, with the anchor it was given.
public struct PageHeading: Hashable, Sendable {
    public var level: Int
    /// Plain text of the heading.
    public var text: String
    /// The `id` attribute, unique within the page.
    public var anchor: String
}

/// A link target written in a narrative, for the link check.
public struct PageLink: Hashable, Sendable {
    public var destination: String
    /// 1-based line of the block containing the link, in the rendered Markdown.
    public var line: Int
}

/// The HTML of a narrative and what the site needs to know about it.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [PageHeading]
    public var links: [PageLink]
}

/// Markdown → HTML through cmark, with directives replaced by generated HTML and
/// headings given stable anchors.
///
/// cmark runs with its default, safe options plus UTF-8 validation: raw HTML and
/// `javascript:` links in the text are not rendered. Generated charts and tables go
/// in as `CMARK_NODE_CUSTOM_BLOCK` nodes, which cmark emits verbatim even in safe
/// mode, so only HTML this program built (and escaped) reaches the page.
public enum CommonMark {
    public static let directiveNames: Set<String> = ["chart", "table", "metric"]

    /// Renders `markdown`; `directive` returns the HTML for each directive block.
    public static func render(_ markdown: String, directive: (FencedDirective) throws -> String) throws -> RenderedMarkdown {
        let document = CmarkDocument(markdown)
        let nodes = document.scan()
        if nodes.directives.isEmpty, let anchored = document.anchoredHTML(nodes.headings) {
            return RenderedMarkdown(html: anchored.html, headings: anchored.headings, links: nodes.links)
        }
        try document.replaceDirectives(nodes.directives, directive)
        let headings = document.anchorHeadings(nodes.headings)
        return RenderedMarkdown(html: document.html(), headings: headings, links: nodes.links)
    }

    /// Renders `markdown` and returns only the HTML.
    public static func renderHTML(_ markdown: String, directive: (FencedDirective) throws -> String) throws -> String {
        try render(markdown, directive: directive).html
    }

    /// Plain Markdown → HTML exactly as the `cmark` command renders it (no directives,
    /// no anchors): the reference path for conformance and throughput checks.
    public static func plainHTML(_ markdown: String) -> String {
        CmarkDocument(markdown).html()
    }
}

/// Owns one cmark document tree; freed with the wrapper.
fileprivate final class CmarkDocument {
    private let root: OpaquePointer

    init(_ markdown: String) {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        var text = markdown
        root = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
    }

    deinit {
        cmark_node_free(root)
    }

    /// What the narrative path needs from the tree, found in one walk in document order:
    /// link targets, directive blocks and headings.
    struct Nodes {
        var links: [PageLink] = []
        var directives: [(node: OpaquePointer, directive: FencedDirective)] = []
        var headings: [OpaquePointer] = []
    }

    func scan() -> Nodes {
        var nodes = Nodes()
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK:
                guard let url = cmark_node_get_url(node) else { continue }
                var block: OpaquePointer? = node
                while let current = block, cmark_node_get_start_line(current) == 0 { block = cmark_node_parent(current) }
                nodes.links.append(PageLink(destination: String(cString: url), line: Int(block.map(cmark_node_get_start_line) ?? 0)))
            case CMARK_NODE_CODE_BLOCK:
                guard let infoPointer = cmark_node_get_fence_info(node) else { continue }
                let info = String(cString: infoPointer).split(separator: " ").first.map(String.init) ?? ""
                guard CommonMark.directiveNames.contains(info) else { continue }
                let body = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                nodes.directives.append((node, FencedDirective(name: info, body: body, line: Int(cmark_node_get_start_line(node)))))
            case CMARK_NODE_HEADING:
                nodes.headings.append(node)
            default:
                continue
            }
        }
        return nodes
    }

    func replaceDirectives(_ found: [(node: OpaquePointer, directive: FencedDirective)],
                           _ directive: (FencedDirective) throws -> String) throws {
        for (node, spec) in found {
            replace(node, withHTML: try directive(spec))
        }
    }

    /// Gives each heading an `id` from its text ("Key drivers" → `key-drivers`), made
    /// unique within the page by `-2`, `-3`… in document order.
    func anchorHeadings(_ nodes: [OpaquePointer]) -> [PageHeading] {
        var headings: [PageHeading] = []
        for (node, heading) in zip(nodes, CmarkDocument.headings(nodes)) {
            let (level, anchor) = (heading.level, heading.anchor)
            guard let rendered = cmark_render_html(node, CMARK_OPT_DEFAULT) else { continue }
            var html = String(cString: rendered)
            free(rendered)
            let open = "<h\(level)>"
            if html.hasPrefix(open) {
                html = "<h\(level) id=\"\(HTMLEscaping.escape(anchor))\">" + html.dropFirst(open.count)
            }
            if html.hasSuffix("\n") { html.removeLast() }
            replace(node, withHTML: html)
            headings.append(heading)
        }
        return headings
    }

    /// Level, text and unique anchor of each heading, in document order.
    static func headings(_ nodes: [OpaquePointer]) -> [PageHeading] {
        var used: [String: Int] = [:]
        return nodes.map { node in
            let text = CmarkDocument.plainText(node)
            var anchor = HeadingAnchor.slug(text)
            if let count = used[anchor] {
                used[anchor] = count + 1
                anchor += "-\(count + 1)"
            } else {
                used[anchor] = 1
            }
            return PageHeading(level: Int(cmark_node_get_heading_level(node)), text: text, anchor: anchor)
        }
    }

    /// The same HTML as `anchorHeadings` then `html()` give, for a page without directive
    /// blocks, without rendering each heading on its own: the whole page is rendered once
    /// and each heading's `<hN>` gets its `id`. Without custom blocks, cmark (safe mode)
    /// writes `<h1>`…`<h6>` only for heading nodes: text, code, attributes and raw HTML
    /// are escaped or omitted. nil, leaving the tree untouched, if the tags found do not
    /// match the headings one for one.
    func anchoredHTML(_ nodes: [OpaquePointer]) -> (html: String, headings: [PageHeading])? {
        let headings = CmarkDocument.headings(nodes)
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return nil }
        defer { free(rendered) }
        let length = strlen(rendered)
        var html: [UInt8] = []
        html.reserveCapacity(length + headings.reduce(0) { $0 + $1.anchor.utf8.count + 8 })
        let bytes = UnsafeRawBufferPointer(start: rendered, count: length).bindMemory(to: UInt8.self)
        var copied = 0, searched = 0, index = 0
        while searched < length, let found = memchr(rendered + searched, Int32(UInt8(ascii: "<")), length - searched) {
            let tag = rendered.distance(to: found.assumingMemoryBound(to: CChar.self))
            searched = tag + 1
            guard tag + 1 < length, bytes[tag + 1] == UInt8(ascii: "h") else { continue }
            guard tag + 3 < length, (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[tag + 2]),
                  bytes[tag + 3] == UInt8(ascii: ">") else { continue }
            guard index < headings.count, Int(bytes[tag + 2] - UInt8(ascii: "0")) == headings[index].level else { return nil }
            html.append(contentsOf: bytes[copied..<(tag + 3)])
            html.append(contentsOf: " id=\"\(HTMLEscaping.escape(headings[index].anchor))\"".utf8)
            copied = tag + 3
            index += 1
        }
        guard index == headings.count else { return nil }
        html.append(contentsOf: bytes[copied...])
        return (String(decoding: html, as: UTF8.self), headings)
    }

    private func replace(_ node: OpaquePointer, withHTML html: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        _ = cmark_node_set_on_enter(block, html)
        _ = cmark_node_set_on_exit(block, "")
        _ = cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    /// The text content of a node's inline children (code spans included).
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    func html() -> String {
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
