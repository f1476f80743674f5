import CXData
import Mustache

/// The Markdown path of one narrative: Mustache with Markdown-escaped values, then
/// cmark with directive blocks replaced and headings anchored.
public struct NarrativeRenderer {
    /// The values `{{…}}` tags can read.
    public var values: [String: Any]
    /// The least size of the pieces a long body is rendered in (tests make it small).
    var mustachePieceBytes = 8192

    public init(values: [String: Any]) {
        _ = MarkdownEscaping.registered
        self.values = values
    }

    /// Renders `body` of `file`, whose first line is line `bodyLine` of the file.
    /// `directive` turns each directive block into HTML; it receives the block and the
    /// line of its opening fence in the file.
    public func render(body: String, file: String, bodyLine: Int = 1,
                       directive: (FencedDirective, Int) throws -> String) throws -> RenderedMarkdown {
        let markdown: String
        if NarrativeRenderer.mayHaveTags(body) && body.contains("{{") {
            // Piece by piece (see `MustachePieces`): the parser is quadratic in length.
            var rendered = ""
            for piece in MustachePieces.split(body, minimumBytes: mustachePieceBytes) {
                let template = try NarrativeRenderer.template(
                    "{{% CONTENT_TYPE: \(MarkdownEscaping.contentTypeName)}}\n" + piece.text, file: file,
                    firstLine: bodyLine + piece.firstLine, pragmaLines: 1)
                rendered += template.render(values)
            }
            markdown = rendered
        } else {
            markdown = body
        }
        // Mustache sections can add or remove lines, so directives are located by
        // their order among the fences of the source, not by rendered line numbers.
        // The source is scanned only when it has a directive.
        var sourceFences: [Int]?
        var index = 0
        return try CommonMark.render(markdown) { block in
            let fences = sourceFences ?? NarrativeRenderer.directiveFenceLines(in: body)
            sourceFences = fences
            let sourceLine = index < fences.count ? fences[index] : block.line
            index += 1
            return try directive(block, bodyLine + sourceLine - 1)
        }
    }

    /// False when `text` has no `{{` byte pair, so no Mustache tag: a quick test before
    /// the exact one, which compares Characters and costs far more on a long page.
    static func mayHaveTags(_ text: String) -> Bool {
        func scan<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == UInt8(ascii: "{") && previous == byte { return true }
                previous = byte
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(text.utf8)
    }

    /// 1-based lines of the opening fences of directive blocks (```` ```chart ```` …) in `markdown`.
    static func directiveFenceLines(in markdown: String) -> [Int] {
        var lines: [Int] = []
        var openFence: (character: Character, length: Int)?
        for (offset, rawLine) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = rawLine.prefix { $0 == " " }.count
            guard indent < 4 else { continue }
            let line = rawLine.dropFirst(indent)
            guard let marker = line.first, marker == "`" || marker == "~" else { continue }
            let length = line.prefix { $0 == marker }.count
            guard length >= 3 else { continue }
            let info = String(line.dropFirst(length)).trimmingCharacters(in: " \t\r")
            if let open = openFence {
                if marker == open.character && length >= open.length && info.isEmpty { openFence = nil }
                continue
            }
            openFence = (marker, length)
            if let name = info.split(separator: " ").first, CommonMark.directiveNames.contains(String(name)) {
                lines.append(offset + 1)
            }
        }
        return lines
    }

    /// Parses a Mustache template, mapping parser errors to the file's lines.
    static func template(_ text: String, file: String, firstLine: Int, pragmaLines: Int) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber - pragmaLines + firstLine - 1
            throw DataError(.invalidSetting(key: "template", value: error.context.line.trimmingCharacters(in: " \t"),
                                            expected: "valid Mustache (\(error.error))"),
                            at: SourceLocation(file: file, line: line, column: error.context.columnNumber),
                            hint: "check that every {{#section}} has a matching {{/section}} and tags are closed with }}")
        }
    }
}
