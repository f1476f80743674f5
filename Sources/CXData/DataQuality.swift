/// What the loader found wrong with a dataset, so nothing is dropped silently.
///
/// Every bad value is counted per column; the first ones are kept as located
/// diagnostics. A row is excluded only from the measures that need the bad value,
/// and `metrics` says how many rows each measure could use.
public struct DataQuality: Sendable, Codable, Hashable {
    public struct ColumnProblems: Sendable, Codable, Hashable {
        public var column: String
        /// Values that do not fit the column's role.
        public var invalid: Int
        /// Values that are empty or listed under `missing:`.
        public var missing: Int
        /// The column's role in cxreport.yml ("nps", "segment", "driver" …).
        public var role: String = ""
        /// Values that fit the role.
        public var valid: Int = 0
        /// Values listed for the column under `not_applicable:` (also no answer).
        public var notApplicable: Int = 0

        public init(column: String, invalid: Int, missing: Int, role: String = "", valid: Int = 0, notApplicable: Int = 0) {
            self.column = column
            self.invalid = invalid
            self.missing = missing
            self.role = role
            self.valid = valid
            self.notApplicable = notApplicable
        }
    }

    /// How many rows one measure could use: those with valid values in every column
    /// it needs (an expectation gap needs both the expected and the perceived rating).
    public struct MetricUsage: Sendable, Codable, Hashable {
        /// "nps", "csat", "driver: staff", "expectation: reliability" …
        public var metric: String
        public var rowsUsed: Int

        public init(metric: String, rowsUsed: Int) {
            self.metric = metric
            self.rowsUsed = rowsUsed
        }
    }

    public var file: String
    public var rowsRead: Int = 0
    /// Records whose field count differs from the header: excluded from everything.
    public var malformedRows: Int = 0
    public var blankLines: Int = 0
    public var columns: [ColumnProblems]
    /// Rows used per measure, in the order of the columns.
    public var metrics: [MetricUsage] = []
    /// The first problems, with their locations (at most `maximumDiagnostics`).
    public var diagnostics: [Diagnostic] = []
    public static let maximumDiagnostics = 20

    public init(file: String, columns: [String]) {
        self.file = file
        self.columns = columns.map { ColumnProblems(column: $0, invalid: 0, missing: 0) }
    }

    /// One entry per distinct mapped column, with its role.
    public init(file: String, roles: [(role: String, column: String)]) {
        self.file = file
        var seen = Set<String>()
        columns = roles.compactMap { role, column in
            seen.insert(column).inserted ? ColumnProblems(column: column, invalid: 0, missing: 0, role: role) : nil
        }
    }

    /// Total count of problems: invalid values and malformed rows.
    public var problemCount: Int { malformedRows + columns.reduce(0) { $0 + $1.invalid } }

    /// Rows the named measure could use, if it was counted.
    public func rowsUsed(by metric: String) -> Int? {
        metrics.first { $0.metric == metric }?.rowsUsed
    }

    mutating func record(_ diagnostic: @autoclosure () -> Diagnostic) {
        if diagnostics.count < DataQuality.maximumDiagnostics { diagnostics.append(diagnostic()) }
    }

    /// Combines the findings of two chunks of the same file.
    public mutating func merge(_ other: DataQuality) {
        rowsRead += other.rowsRead
        malformedRows += other.malformedRows
        blankLines += other.blankLines
        for index in columns.indices where index < other.columns.count {
            columns[index].invalid += other.columns[index].invalid
            columns[index].missing += other.columns[index].missing
            columns[index].valid += other.columns[index].valid
            columns[index].notApplicable += other.columns[index].notApplicable
        }
        if metrics.isEmpty { metrics = other.metrics } else {
            for index in metrics.indices where index < other.metrics.count { metrics[index].rowsUsed += other.metrics[index].rowsUsed }
        }
        let combined = (diagnostics + other.diagnostics).sorted {
            ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0)
        }
        diagnostics = Array(combined.prefix(DataQuality.maximumDiagnostics))
    }
}
