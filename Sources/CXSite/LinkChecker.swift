import CXData

/// Checks every link a narrative writes to another page of the site or an anchor in
/// one; links with a scheme (`https:`, `mailto:`) are outside the site and not checked.
/// A broken link is reported at the line and column where the source writes it.
struct LinkChecker {
    let pages: [SitePage]
    let bodies: [RenderedMarkdown]

    func brokenLinks() -> [Diagnostic] {
        var anchors: [String: Set<String>] = [:]
        for (page, body) in zip(pages, bodies) { anchors[page.outputPath] = Set(body.headings.map(\.anchor)) }
        var problems: [Diagnostic] = []
        var reported: Set<String> = []
        for (page, body) in zip(pages, bodies) {
            for link in body.links {
                guard let problem = check(link.destination, from: page, anchors: anchors) else { continue }
                let location = locate(link.destination, in: page.narrative)
                guard reported.insert("\(location)|\(link.destination)").inserted else { continue }
                problems.append(Diagnostic(.warning, at: location, "broken link \"\(link.destination)\": \(problem)",
                                           hint: "link to one of the site's pages, e.g. \(pages.first?.outputPath ?? "index.html"), or an anchor on it"))
            }
        }
        return problems
    }

    /// A link with a scheme (`https:`, `mailto:`) or protocol-relative (`//host`) leaves the site.
    static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("//") { return true }
        guard let colon = destination.firstIndex(of: ":") else { return false }
        return destination[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-" }
    }

    /// Splits `path#fragment` (dropping any `?query`) into the path and the fragment.
    static func split(_ destination: String) -> (path: String, fragment: String?) {
        var path = destination
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        return (path, fragment)
    }

    /// nil when the link resolves; otherwise why not.
    func check(_ destination: String, from page: SitePage, anchors: [String: Set<String>]) -> String? {
        if destination.isEmpty || Self.isExternal(destination) { return nil }
        let (target, fragment) = Self.split(destination)
        let resolved = target.isEmpty ? page.outputPath : resolve(target, from: page.outputPath)
        guard let resolved, let pageAnchors = anchors[resolved] else {
            return "no page \(resolved ?? target) in the site"
        }
        if let fragment, !fragment.isEmpty, !pageAnchors.contains(fragment.removingPercentEncoding ?? fragment) {
            return "no heading with anchor #\(fragment) on \(resolved)"
        }
        return nil
    }

    /// Joins a relative link to the page's folder; nil when it climbs out of the site.
    func resolve(_ target: String, from pagePath: String) -> String? {
        var parts = target.hasPrefix("/") ? [] : pagePath.split(separator: "/").dropLast().map(String.init)
        for part in target.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if parts.isEmpty { return nil } else { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        var path = parts.joined(separator: "/")
        if path.isEmpty || target.hasSuffix("/") { path += path.isEmpty ? "index.html" : "/index.html" }
        return path
    }

    /// Where the narrative writes `](destination` (or `<destination>`): line and column in the file.
    func locate(_ destination: String, in narrative: Narrative) -> SourceLocation {
        let lines = narrative.body.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, line) in lines.enumerated() {
            for needle in ["](" + destination, "<" + destination + ">", "]: " + destination] {
                if let range = line.range(of: needle) {
                    let column = line.distance(from: line.startIndex, to: range.lowerBound) + needle.count - destination.count + 1
                    return SourceLocation(file: narrative.path, line: narrative.bodyLine + offset, column: column)
                }
            }
        }
        return SourceLocation(file: narrative.path)
    }
}

extension String {
    var removingPercentEncoding: String? {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
               let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
