import CXData

/// The YAML block between `---` lines at the top of a narrative, and the Markdown after it.
public struct FrontMatter {
    public var settings: YAMLValue?
    public var body: String
    /// 1-based line of the file on which `body` starts.
    public var bodyLine: Int

    /// Splits `text`; a file without a leading `---` line is all body.
    public static func split(_ text: String, file: String) throws -> FrontMatter {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func isFence(_ line: Substring, _ fences: [String]) -> Bool {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            return fences.contains(String(trimmed).trimmingCharacters(in: " \t"))
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let first = lines.first, isFence(first, ["---"]) else {
            return FrontMatter(settings: nil, body: text, bodyLine: 1)
        }
        guard let close = lines.dropFirst().firstIndex(where: { isFence($0, ["---", "..."]) }) else {
            throw DataError(.yamlSyntax("the front matter opened on line 1 is never closed"),
                            at: SourceLocation(file: file, line: 1, column: 1),
                            hint: "end the front matter with a line containing only ---")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let settings = try YAMLValue.parse(yaml, file: file, lineOffset: 1)
        if !settings.isMapping && settings.scalarText?.isEmpty == false {
            throw settings.invalid("front matter", expected: "settings written key: value")
        }
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(settings: settings, body: body, bodyLine: close + 2)
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
