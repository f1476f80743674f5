import CXData

/// The YAML inside a directive fence, with located, helpful errors for its settings.
struct DirectiveSpec {
    let yaml: YAMLValue
    let fence: SourceLocation
    let name: String

    init(_ directive: FencedDirective, file: String, fenceLine: Int, keys: [String]) throws {
        name = directive.name
        fence = SourceLocation(file: file, line: fenceLine, column: 1)
        yaml = try YAMLValue.parse(directive.body, file: file, lineOffset: fenceLine)
        guard yaml.isMapping else {
            throw DataError(.invalidSetting(key: directive.name, value: directive.body.trimmingCharacters(in: " \n"), expected: "settings written key: value"),
                            at: fence, hint: "e.g. kind: bar, measure: nps, by: period, each on its own line")
        }
        for (key, value) in yaml.entries where !keys.contains(key) {
            throw DataError(.invalidSetting(key: directive.name, value: key, expected: "one of \(keys.joined(separator: ", "))"),
                            at: value.location, hint: ClosestName.suggestion(for: key, among: keys).map { "did you mean \"\($0)\"?" })
        }
    }

    /// One of `allowed`; `fallback` when absent (nil makes the key required).
    func choice(_ key: String, _ allowed: [String], default fallback: String?) throws -> String {
        guard let node = yaml[key] else {
            if let fallback { return fallback }
            throw DataError(.missingKey(key), at: fence, hint: "add \(key): one of \(allowed.joined(separator: ", "))")
        }
        let value = try node.string(key)
        guard allowed.contains(value) else {
            throw DataError(.invalidSetting(key: key, value: value, expected: "one of \(allowed.joined(separator: ", "))"),
                            at: node.location, hint: ClosestName.suggestion(for: value, among: allowed).map { "did you mean \"\($0)\"?" })
        }
        return value
    }

    func text(_ key: String) throws -> String? {
        try yaml[key]?.string(key)
    }

    func location(of key: String) -> SourceLocation {
        yaml[key]?.location ?? fence
    }
}
