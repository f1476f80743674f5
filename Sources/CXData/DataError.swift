/// A problem with the project's configuration or data, located in a file.
///
/// Printed compiler-style by `diagnostic`, e.g.
/// `cxreport.yml:9:10: error: column "recomend" is not in content/data/responses.csv`
/// followed by a hint such as `did you mean "recommend"?`.
public struct DataError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// A file the project needs does not exist.
        case fileNotFound
        /// A file exists but could not be read (permissions, a directory, an I/O error).
        case unreadable(String)
        /// The YAML is not well-formed.
        case yamlSyntax(String)
        /// A required key is absent from a mapping.
        case missingKey(String)
        /// A value in the configuration has the wrong shape or an invalid value.
        case invalidSetting(key: String, value: String, expected: String)
        /// A column named in the configuration is not in the dataset's header.
        case unknownColumn(name: String, dataset: String)
        /// The CSV is not well-formed at this place.
        case malformedCSV(String)
        /// A data value does not fit the role of its column.
        case invalidValue(value: String, column: String, expected: String)
        /// The file has no header row or no data at all.
        case emptyFile
        /// The file has its header rows but not one data row.
        case noDataRows
        /// The bytes are not text in the dataset's encoding.
        case invalidEncoding(String)
        /// The JSON or NDJSON is not well-formed at this place.
        case malformedJSON(String)
        /// A mapped column name occurs more than once in the header.
        case duplicateColumn(name: String, columns: [Int])
    }

    /// Whether the fix belongs in the configuration or the command line (exit code 2)
    /// or in the data and content (exit code 1).
    public enum Category: Hashable, Sendable {
        case configuration, data
    }

    public var location: SourceLocation
    public var reason: Reason
    public var hint: String?
    public var category: Category

    public init(_ reason: Reason, at location: SourceLocation, hint: String? = nil, category: Category? = nil) {
        self.reason = reason
        self.location = location
        self.hint = hint
        switch reason {
        case .yamlSyntax, .missingKey, .invalidSetting, .unknownColumn:
            self.category = category ?? (location.file == ProjectConfig.fileName ? .configuration : .data)
        case .fileNotFound, .unreadable, .malformedCSV, .invalidValue, .emptyFile, .noDataRows, .invalidEncoding,
             .malformedJSON, .duplicateColumn:
            self.category = category ?? .data
        }
    }

    public var message: String {
        switch reason {
        case .fileNotFound:
            return "no such file"
        case .unreadable(let why):
            return "cannot read file: \(why)"
        case .yamlSyntax(let problem):
            return "invalid YAML: \(problem)"
        case .missingKey(let key):
            return "missing required setting \"\(key)\""
        case .invalidSetting(let key, let value, let expected):
            return "\"\(value)\" is not valid for \"\(key)\": expected \(expected)"
        case .unknownColumn(let name, let dataset):
            return "column \"\(name)\" is not in \(dataset)"
        case .malformedCSV(let problem):
            return problem
        case .invalidValue(let value, let column, let expected):
            return "\"\(value)\" in column \"\(column)\" is not \(expected)"
        case .emptyFile:
            return "the file is empty: a header row naming the columns is required"
        case .noDataRows:
            return "the file has a header but no data rows"
        case .invalidEncoding(let problem):
            return problem
        case .malformedJSON(let problem):
            return "invalid JSON: \(problem)"
        case .duplicateColumn(let name, let columns):
            return "column \"\(name)\" appears \(columns.count) times in the header (columns \(columns.map(String.init).joined(separator: ", ")))"
        }
    }

    public var diagnostic: Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public var description: String { diagnostic.description }
}
