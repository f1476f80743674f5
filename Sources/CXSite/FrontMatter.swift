import CXData

/// The YAML block between `---` lines at the top of a narrative, and the Markdown after it.
public struct FrontMatter {
    public var settings: YAMLValue?
    public var body: String
    /// 1-based line of the file on which `body` starts.
    public var bodyLine: Int

    /// Splits `text`; a file without a leading `---` line is all body.
    ///
    /// Lines end at `"\n"` Characters (so a `"\r\n"` pair does not end one). Only the
    /// front matter's lines are visited: the body is the rest of the text as it is.
    public static func split(_ text: String, file: String) throws -> FrontMatter {
        func isFence(_ line: Substring, _ fences: [String]) -> Bool {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            return fences.contains(String(trimmed).trimmingCharacters(in: " \t"))
        }
        let firstEnd = text.firstIndex(of: "\n") ?? text.endIndex
        var first = text[..<firstEnd]
        if first.hasPrefix("\u{FEFF}") { first = first.dropFirst() }
        guard isFence(first, ["---"]) else {
            return FrontMatter(settings: nil, body: text, bodyLine: 1)
        }
        // Line `close` (0-based) is the closing fence; `start` is where line `close` begins.
        var close = 1
        var start = firstEnd < text.endIndex ? text.index(after: firstEnd) : nil
        while let lineStart = start {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            if isFence(text[lineStart..<lineEnd], ["---", "..."]) {
                let yaml = close == 1 ? "" : String(text[text.index(after: firstEnd)..<text.index(before: lineStart)])
                let settings = try YAMLValue.parse(yaml, file: file, lineOffset: 1)
                if !settings.isMapping && settings.scalarText?.isEmpty == false {
                    throw settings.invalid("front matter", expected: "settings written key: value")
                }
                let body = lineEnd < text.endIndex ? String(text[text.index(after: lineEnd)...]) : ""
                return FrontMatter(settings: settings, body: body, bodyLine: close + 2)
            }
            close += 1
            start = lineEnd < text.endIndex ? text.index(after: lineEnd) : nil
        }
        throw DataError(.yamlSyntax("the front matter opened on line 1 is never closed"),
                        at: SourceLocation(file: file, line: 1, column: 1),
                        hint: "end the front matter with a line containing only ---")
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
