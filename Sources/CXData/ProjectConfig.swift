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
    /// Responses at or below this likelihood to recommend go on the closed-loop
    /// follow-up list (`follow_up: { threshold: 6 }`).
    public var followUpThreshold = 6
    /// Whether the follow-up list (customer ids, redacted comments) is published with
    /// the report (`follow_up: { publish: false }` withholds it).
    public var publishFollowUp = true
    /// The CRM link's purchase window: transactions count from this many days before
    /// each customer's latest response (`crm: { days_before: 90 }`); nil has no limit.
    public var crmDaysBefore: Int?
    /// … to this many days after it (`crm: { days_after: 365 }`); nil has no limit.
    public var crmDaysAfter: Int?
    /// Where the site will be published (`base_url: https://cx.example.com/q4/`), for
    /// absolute locations in sitemap.xml.
    public var baseURL: String?
    /// The survey responses; nil for a documentation-only project with no `datasets:`.
    public var responses: ResponseDataset?
    /// CRM transactions (`datasets.transactions`), when the project has them.
    public var transactions: TransactionDataset?
    /// Journey touchpoint events (`datasets.touchpoints`), when the project has them.
    public var touchpoints: TouchpointDataset?
    /// Themes of free-text comments, name → keywords (`themes:`); nil uses the built-in
    /// defaults. When given, these are all the themes (the defaults are not added).
    public var themes: [String: [String]]?

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
    /// A categorical answer read as yes/no (`outcome:`).
    public var outcome: OutcomeColumn?
    /// Expected and perceived rating per dimension (`expectations:`).
    public var expectations: [PairColumns]
    /// Wanted and received value per attribute (`sacrifice:`).
    public var sacrifices: [PairColumns]

    /// nil: from the file's extension.
    public var format: DataFormat?
    public var encoding: TextEncoding
    /// nil: recognised from the file (Qualtrics 3, SurveyMonkey 2, otherwise 1).
    public var headerRows: Int?
    /// Per column, codes that mean "no answer" there only (`not_applicable: { staff: [0] }`).
    public var notApplicable: [String: [String]]

    public init(file: String, fileLocation: SourceLocation) {
        self.file = file
        self.fileLocation = fileLocation
        self.dateFormat = .iso
        self.missingValues = ["", "NA", "N/A", "n/a"]
        self.segments = []
        self.drivers = []
        self.expectations = []
        self.sacrifices = []
        self.encoding = .utf8
        self.notApplicable = [:]
    }

    /// The file settings, shared with the other kinds of dataset.
    public var source: DatasetSource {
        get {
            var source = DatasetSource(file: file, fileLocation: fileLocation)
            source.format = format
            source.dialect = dialect
            source.encoding = encoding
            source.headerRows = headerRows
            source.dateFormat = dateFormat
            source.missingValues = missingValues
            source.notApplicable = notApplicable
            return source
        }
        set {
            file = newValue.file
            fileLocation = newValue.fileLocation
            format = newValue.format
            dialect = newValue.dialect
            encoding = newValue.encoding
            headerRows = newValue.headerRows
            dateFormat = newValue.dateFormat
            missingValues = newValue.missingValues
            notApplicable = newValue.notApplicable
        }
    }

    /// Every mapped column, in the order a data-quality table lists them.
    public var mappedColumns: [ColumnReference] { mappedRoles.map(\.column) }

    /// Every mapped column with its role ("nps", "driver", "expected" …), in the
    /// order a data-quality table lists them.
    public var mappedRoles: [(role: String, column: ColumnReference)] {
        var all: [(String, ColumnReference)] = []
        if let id { all.append(("id", id)) }
        if let customer { all.append(("customer", customer)) }
        if let date { all.append(("date", date)) }
        if let weight { all.append(("weight", weight)) }
        all += segments.map { ("segment", $0) }
        if let nps { all.append(("nps", nps)) }
        if let csat { all.append(("csat", csat.column)) }
        if let ces { all.append(("ces", ces.column)) }
        if let outcome { all.append(("outcome", outcome.column)) }
        all += drivers.map { ("driver", $0.column) }
        for pair in expectations { all += [("expected", pair.first), ("perceived", pair.second)] }
        for pair in sacrifices { all += [("wanted", pair.first), ("received", pair.second)] }
        if let text { all.append(("text", text)) }
        return all
    }
}
