/// A place in a project file, 1-based, printed the way compilers do: `file:line:column`.
///
/// `file` is the path as the user would type it, relative to the project root where
/// possible, so diagnostics read the same on every machine.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    /// 1-based line number; 0 when only the file is known.
    public var line: Int
    /// 1-based column (a field index for CSV data, a character column for text); 0 when unknown.
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        if line <= 0 { return file }
        if column <= 0 { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }
}
