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
    /// Chart id bases on the page (`ChartIDs`), so a single-file report can prefix them.
    public var chartIDs: [String] = []
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

/// Owns one cmark document tree and the arena its memory comes from; freed with the wrapper.
///
/// Every cmark call on the tree runs inside `arena.use`, because cmark's allocator
/// hooks take no context: they find the arena through a thread-local pointer.
fileprivate final class CmarkDocument {
    private let root: OpaquePointer
    private let arena = CmarkArena()

    init(_ markdown: String) {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        var text = markdown
        root = arena.use {
            text.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    let parser = cmark_parser_new_with_mem(options, CmarkArena.memory)
                    defer { cmark_parser_free(parser) }
                    cmark_parser_feed(parser, chars.baseAddress, chars.count)
                    return cmark_parser_finish(parser)
                }
            }
        }
    }

    // No cmark_node_free(root): it walks every node only to hand each block back to
    // the arena, which frees them all with its chunks (a tenth of the stage's time).

    /// What the narrative path needs from the tree, found in one walk in document order:
    /// link targets, directive blocks and headings.
    struct Nodes {
        var links: [PageLink] = []
        var directives: [(node: OpaquePointer, directive: FencedDirective)] = []
        var headings: [OpaquePointer] = []
    }

    func scan() -> Nodes {
        arena.use(scanTree)
    }

    private func scanTree() -> Nodes {
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
            let html = try directive(spec)
            arena.use { replace(node, withHTML: html) }
        }
    }

    /// Gives each heading an `id` from its text ("Key drivers" → `key-drivers`), made
    /// unique within the page by `-2`, `-3`… in document order.
    func anchorHeadings(_ nodes: [OpaquePointer]) -> [PageHeading] {
        arena.use { anchorHeadingNodes(nodes) }
    }

    private func anchorHeadingNodes(_ nodes: [OpaquePointer]) -> [PageHeading] {
        var headings: [PageHeading] = []
        for (node, heading) in zip(nodes, CmarkDocument.headings(nodes)) {
            let (level, anchor) = (heading.level, heading.anchor)
            guard let rendered = cmark_render_html(node, CMARK_OPT_DEFAULT) else { continue }
            var html = String(cString: rendered)
            CmarkArena.release(rendered)
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
        arena.use { anchoredPage(nodes) }
    }

    private func anchoredPage(_ nodes: [OpaquePointer]) -> (html: String, headings: [PageHeading])? {
        let headings = CmarkDocument.headings(nodes)
        guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return nil }
        defer { CmarkArena.release(rendered) }
        // Where each `<hN>` ends, just before its `>`.
        var inserts: [Int] = []
        inserts.reserveCapacity(headings.count)
        var search = UnsafePointer(rendered)
        while let found = strstr(search, "<h") {
            search = UnsafePointer(found) + 2
            let level = found[2]
            guard level >= CChar(UInt8(ascii: "1")), level <= CChar(UInt8(ascii: "6")), found[3] == CChar(UInt8(ascii: ">")) else { continue }
            guard inserts.count < headings.count, Int(level) - Int(UInt8(ascii: "0")) == headings[inserts.count].level else { return nil }
            inserts.append(rendered.distance(to: found) + 3)
        }
        guard inserts.count == headings.count else { return nil }
        let ids = headings.map { Array(" id=\"\(HTMLEscaping.escape($0.anchor))\"".utf8) }
        let length = strlen(rendered)
        let html = String(unsafeUninitializedCapacity: length + ids.reduce(0) { $0 + $1.count }) { buffer in
            guard let output = buffer.baseAddress else { return 0 }
            var written = 0, copied = 0
            for (insert, id) in zip(inserts, ids) {
                UnsafeMutableRawPointer(output + written).copyMemory(from: rendered + copied, byteCount: insert - copied)
                written += insert - copied
                copied = insert
                id.withUnsafeBytes { UnsafeMutableRawPointer(output + written).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
                written += id.count
            }
            UnsafeMutableRawPointer(output + written).copyMemory(from: rendered + copied, byteCount: length - copied)
            return written + length - copied
        }
        return (html, headings)
    }

    private func replace(_ node: OpaquePointer, withHTML html: String) {
        guard let block = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, CmarkArena.memory) else { return }
        _ = cmark_node_set_on_enter(block, html)
        _ = cmark_node_set_on_exit(block, "")
        _ = cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    /// The text content of a node's inline children (code spans included), gathered as
    /// bytes and made a String once rather than appended literal by literal.
    static func plainText(_ node: OpaquePointer) -> String {
        var text: [UInt8] = []
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text.append(UInt8(ascii: " "))
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    func html() -> String {
        arena.use {
            guard let rendered = cmark_render_html(root, CMARK_OPT_DEFAULT) else { return "" }
            defer { CmarkArena.release(rendered) }
            return String(cString: rendered)
        }
    }
}

/// The memory of one cmark document: small blocks (nodes, short strings) are carved one
/// after another out of 1 MB chunks and never freed on their own; the chunks go when
/// the document does. Large blocks (the HTML being rendered, long text buffers) come
/// from malloc, so they can grow in place and are freed as cmark asks.
///
/// This replaces a malloc/free pair per node, about a fifth of the stage's time, with
/// a pointer bump, and lays nodes out in document order, which makes walks faster.
/// The arena also remembers its live large blocks, so dropping it frees everything
/// and a document needs no `cmark_node_free` walk over its tree.
fileprivate final class CmarkArena {
    /// The hooks handed to cmark; they allocate from the calling thread's current arena.
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(
            calloc: { count, size in CmarkArena.current!.allocate(count * size) },
            realloc: { pointer, size in CmarkArena.current!.reallocate(pointer, size) },
            free: { pointer in CmarkArena.release(pointer) }))
        return memory
    }()

    private static let chunkSize = 1 << 20
    /// Blocks at least this large are malloc'd.
    private static let largeSize = 64 << 10
    /// Each block starts with a header: its size, and whether it came from malloc.
    private static let header = 16

    private var chunks: [UnsafeMutableRawPointer] = []
    /// Large blocks not yet released, by their header's address.
    private var large: Set<UnsafeMutableRawPointer> = []
    private var next: UnsafeMutableRawPointer?
    private var remaining = 0

    deinit {
        for chunk in chunks { free(chunk) }
        for block in large { free(block) }
    }

    /// Runs `body` with this arena as the thread's current one, restoring the previous
    /// one after (a directive may render Markdown of its own).
    func use<Result>(_ body: () throws -> Result) rethrows -> Result {
        let previous = pthread_getspecific(CmarkArena.key)
        pthread_setspecific(CmarkArena.key, Unmanaged.passUnretained(self).toOpaque())
        defer { pthread_setspecific(CmarkArena.key, previous) }
        return try body()
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    private static var current: CmarkArena? {
        pthread_getspecific(key).map { Unmanaged<CmarkArena>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Zeroed memory of `size` bytes, as cmark's calloc hook promises.
    func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        let total = (CmarkArena.header + size + 15) & ~15
        if total >= CmarkArena.largeSize {
            guard let block = calloc(1, total) else { return nil }
            large.insert(block)
            return CmarkArena.stamp(block, size: size, large: true)
        }
        if total > remaining {
            // Chunks come from calloc, so fresh blocks are already zero.
            guard let chunk = calloc(1, CmarkArena.chunkSize) else { return nil }
            chunks.append(chunk)
            next = chunk
            remaining = CmarkArena.chunkSize
        }
        let block = next!
        next = block + total
        remaining -= total
        return CmarkArena.stamp(block, size: size, large: false)
    }

    func reallocate(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(size) }
        let block = pointer - CmarkArena.header
        let old = block.load(as: Int.self)
        let large = block.load(fromByteOffset: 8, as: Int.self) != 0
        if large && size + CmarkArena.header >= CmarkArena.largeSize {
            guard let grown = realloc(block, CmarkArena.header + size) else { return nil }
            self.large.remove(block)
            self.large.insert(grown)
            return CmarkArena.stamp(grown, size: size, large: true)
        }
        if size <= old && !large { return pointer }
        guard let copy = allocate(size) else { return nil }
        copy.copyMemory(from: pointer, byteCount: min(old, size))
        CmarkArena.release(pointer)
        return copy
    }

    /// Frees a large block; small ones go with their chunk. Called inside `use`, like
    /// every cmark call on the arena's tree.
    static func release(_ pointer: UnsafeMutableRawPointer?) {
        guard let pointer else { return }
        let block = pointer - header
        guard block.load(fromByteOffset: 8, as: Int.self) != 0 else { return }
        current?.large.remove(block)
        free(block)
    }

    private static func stamp(_ block: UnsafeMutableRawPointer, size: Int, large: Bool) -> UnsafeMutableRawPointer {
        block.storeBytes(of: size, as: Int.self)
        block.storeBytes(of: large ? 1 : 0, toByteOffset: 8, as: Int.self)
        return block + header
    }
}
