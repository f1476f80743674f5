/// What the loader found wrong with a dataset, so nothing is dropped silently.
///
/// Every bad value is counted per column; the first ones are kept as located
/// diagnostics. A row is excluded only from the measures that need the bad value.
public struct DataQuality: Sendable, Codable, Hashable {
    public struct ColumnProblems: Sendable, Codable, Hashable {
        public var column: String
        /// Values that do not fit the column's role.
        public var invalid: Int
        /// Values that are empty or listed under `missing:`.
        public var missing: Int
    }

    public var file: String
    public var rowsRead: Int = 0
    /// Records whose field count differs from the header: excluded from everything.
    public var malformedRows: Int = 0
    public var blankLines: Int = 0
    public var columns: [ColumnProblems]
    /// The first problems, with their locations (at most `maximumDiagnostics`).
    public var diagnostics: [Diagnostic] = []
    public static let maximumDiagnostics = 20

    public init(file: String, columns: [String]) {
        self.file = file
        self.columns = columns.map { ColumnProblems(column: $0, invalid: 0, missing: 0) }
    }

    /// Total count of problems: invalid values and malformed rows.
    public var problemCount: Int { malformedRows + columns.reduce(0) { $0 + $1.invalid } }

    mutating func record(_ diagnostic: @autoclosure () -> Diagnostic) {
        if diagnostics.count < DataQuality.maximumDiagnostics { diagnostics.append(diagnostic()) }
    }

    /// Combines the findings of two chunks of the same file.
    public mutating func merge(_ other: DataQuality) {
        rowsRead += other.rowsRead
        malformedRows += other.malformedRows
        blankLines += other.blankLines
        for index in columns.indices {
            columns[index].invalid += other.columns[index].invalid
            columns[index].missing += other.columns[index].missing
        }
        let combined = (diagnostics + other.diagnostics).sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
        diagnostics = Array(combined.prefix(DataQuality.maximumDiagnostics))
    }
}
