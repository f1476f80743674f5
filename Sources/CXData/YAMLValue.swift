import Yams

/// A YAML node that remembers where it came from, so a bad setting is reported at
/// the exact `file:line:column` of the value the user wrote.
public struct YAMLValue {
    public let node: Node
    public let file: String
    /// Added to the node's line: front matter starts after the first `---` line.
    public let lineOffset: Int

    public init(node: Node, file: String, lineOffset: Int = 0) {
        self.node = node
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Parses `text`; an empty document becomes an empty mapping.
    public static func parse(_ text: String, file: String, lineOffset: Int = 0) throws -> YAMLValue {
        do {
            let node = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
            return YAMLValue(node: node, file: file, lineOffset: lineOffset)
        } catch let error as YamlError {
            throw YAMLValue.locate(error, file: file, lineOffset: lineOffset)
        }
    }

    static func locate(_ error: YamlError, file: String, lineOffset: Int) -> DataError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return DataError(.yamlSyntax(detail), at: SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column),
                             hint: "check indentation and quoting; values containing \": \" or \"#\" need quotes")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DataError(.yamlSyntax("duplicate keys: \(duplicates.joined(separator: ", "))"),
                             at: SourceLocation(file: file, line: context.mark.line + lineOffset, column: context.mark.column))
        default:
            return DataError(.yamlSyntax("\(error)"), at: SourceLocation(file: file))
        }
    }

    public var location: SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    public subscript(key: String) -> YAMLValue? {
        guard let child = node.mapping?[key] else { return nil }
        if case .scalar(let scalar) = child, scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            return nil
        }
        return YAMLValue(node: child, file: file, lineOffset: lineOffset)
    }

    public var isMapping: Bool { node.mapping != nil }

    /// The keys of a mapping, in the order written.
    public var keys: [String] { node.mapping?.keys.compactMap(\.string) ?? [] }

    /// Each key of a mapping as a value of its own, for errors that point at the key
    /// (an unknown setting) rather than at its value.
    public var keyValues: [YAMLValue] {
        node.mapping?.map { YAMLValue(node: $0.key, file: file, lineOffset: lineOffset) } ?? []
    }

    /// Mapping entries in the order written.
    public var entries: [(key: String, value: YAMLValue)] {
        guard let mapping = node.mapping else { return [] }
        return mapping.compactMap { pair in
            pair.key.string.map { ($0, YAMLValue(node: pair.value, file: file, lineOffset: lineOffset)) }
        }
    }

    public var scalarText: String? { node.scalar?.string }

    public func string(_ name: String) throws -> String {
        guard let text = node.scalar?.string else {
            throw invalid(name, expected: "a single value, not a list or mapping")
        }
        return text
    }

    public func double(_ name: String) throws -> Double {
        guard let value = node.float, node.scalar != nil else { throw invalid(name, expected: "a number") }
        return value
    }

    public func int(_ name: String) throws -> Int {
        guard let value = node.int else { throw invalid(name, expected: "a whole number") }
        return value
    }

    public func bool(_ name: String) throws -> Bool {
        guard let value = node.bool else { throw invalid(name, expected: "true or false") }
        return value
    }

    /// A list of strings; a single scalar is accepted as a one-element list.
    public func strings(_ name: String) throws -> [String] {
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else { throw invalid(name, expected: "a list of values") }
        return try sequence.map { try YAMLValue(node: $0, file: file, lineOffset: lineOffset).string(name) }
    }

    public var items: [YAMLValue] {
        node.sequence?.map { YAMLValue(node: $0, file: file, lineOffset: lineOffset) } ?? []
    }

    public func invalid(_ name: String, expected: String) -> DataError {
        let shown = node.scalar?.string ?? (node.sequence != nil ? "a list" : "a mapping")
        return DataError(.invalidSetting(key: name, value: shown, expected: expected), at: location)
    }
}
