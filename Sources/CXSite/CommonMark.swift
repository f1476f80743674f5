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

/// Markdown → HTML through cmark, with directives replaced by generated HTML.
///
/// cmark runs with its default, safe options plus UTF-8 validation: raw HTML and
/// `javascript:` links in the text are not rendered. Generated charts and tables go
/// in as `CMARK_NODE_CUSTOM_BLOCK` nodes, which cmark emits verbatim even in safe
/// mode, so only HTML this program built (and escaped) reaches the page.
public enum CommonMark {
    public static let directiveNames: Set<String> = ["chart", "table", "metric"]

    /// Renders `markdown`; `directive` returns the HTML for each directive block.
    public static func renderHTML(_ markdown: String, directive: (FencedDirective) throws -> String) throws -> String {
        let document = CmarkDocument(markdown)
        try document.replaceDirectives(directive)
        return document.html()
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

    func replaceDirectives(_ directive: (FencedDirective) throws -> String) throws {
        var found: [(node: OpaquePointer, directive: FencedDirective)] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK,
                  let infoPointer = cmark_node_get_fence_info(node) else { continue }
            let info = String(cString: infoPointer).split(separator: " ").first.map(String.init) ?? ""
            guard CommonMark.directiveNames.contains(info) else { continue }
            let body = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            found.append((node, FencedDirective(name: info, body: body, line: Int(cmark_node_get_start_line(node)))))
        }
        for (node, spec) in found {
            let html = try directive(spec)
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            _ = cmark_node_set_on_enter(block, html)
            _ = cmark_node_set_on_exit(block, "")
            _ = cmark_node_replace(node, block)
            cmark_node_free(node)
        }
    }

    func html() -> String {
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
