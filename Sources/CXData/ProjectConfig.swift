/// The settings of a report project, read from `cxreport.yml` at the project root.
///
/// Column roles are declared here, never guessed: the loader fails with a located
/// error when a named column is absent rather than silently using another.
public struct ProjectConfig: Sendable {
    /// The name the configuration is reported under, relative to the project.
    public static let fileName = "cxreport.yml"

    public var title: String
    public var subtitle: String?
    public var organization: String?
    /// Grouping of responses in time (`periods: quarter`).
    public var periodLength: PeriodLength
    /// Confidence level for intervals and significance tests (`confidence: 0.95`).
    public var confidenceLevel: Double
    /// Groups with fewer responses are withheld everywhere (`suppress_below: 5`).
    public var suppressBelow: Int
    /// Groups with fewer responses are shown with a low-base flag (`low_base_below: 30`).
    public var lowBaseBelow: Int
    /// The date printed on the report (`report_date:`); when absent the build uses
    /// `SOURCE_DATE_EPOCH` or the latest response date, never the clock.
    public var reportDate: CalendarDate?
    /// Where the site will be published (`base_url: https://cx.example.com/q4/`), for
    /// absolute locations in sitemap.xml.
    public var baseURL: String?
    /// The survey responses; nil for a documentation-only project with no `datasets:`.
    public var responses: ResponseDataset?

    public init(title: String, responses: ResponseDataset?) {
        self.title = title
        self.periodLength = .quarter
        self.confidenceLevel = 0.95
        self.suppressBelow = 5
        self.lowBaseBelow = 30
        self.responses = responses
    }
}

/// A column named in cxreport.yml, with where it was named (for errors).
public struct ColumnReference: Hashable, Sendable {
    public var name: String
    public var location: SourceLocation

    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// A rating column with its scale, e.g. CSAT on 1–5.
public struct ScaleColumn: Hashable, Sendable {
    public var column: ColumnReference
    public var scale: ClosedRange<Int>

    public init(column: ColumnReference, scale: ClosedRange<Int>) {
        self.column = column
        self.scale = scale
    }
}

/// The survey responses dataset and the role of each of its columns.
public struct ResponseDataset: Sendable {
    /// Path relative to the project root, as written in the config.
    public var file: String
    public var fileLocation: SourceLocation
    /// nil means sniff from the header line.
    public var dialect: CSVDialect?
    public var dateFormat: CalendarDate.Format
    /// Values that mean "no answer" in any column (`missing: ["", "NA"]`).
    public var missingValues: Set<String>

    public var id: ColumnReference?
    public var customer: ColumnReference?
    public var date: ColumnReference?
    public var weight: ColumnReference?
    public var segments: [ColumnReference]
    /// Likelihood to recommend, 0–10.
    public var nps: ColumnReference?
    public var csat: ScaleColumn?
    public var ces: ScaleColumn?
    public var drivers: [ScaleColumn]
    public var text: ColumnReference?

    public init(file: String, fileLocation: SourceLocation) {
        self.file = file
        self.fileLocation = fileLocation
        self.dateFormat = .iso
        self.missingValues = ["", "NA", "N/A", "n/a"]
        self.segments = []
        self.drivers = []
    }

    /// Every mapped column, in the order a data-quality table lists them.
    public var mappedColumns: [ColumnReference] {
        var all: [ColumnReference] = []
        for reference in [id, customer, date, weight] { if let reference { all.append(reference) } }
        all += segments
        if let nps { all.append(nps) }
        if let csat { all.append(csat.column) }
        if let ces { all.append(ces.column) }
        all += drivers.map(\.column)
        if let text { all.append(text) }
        return all
    }
}
