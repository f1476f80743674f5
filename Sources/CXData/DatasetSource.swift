/// Where a dataset's file is and how to read it: the settings every dataset in
/// cxreport.yml shares, whatever its columns mean.
///
/// ```yaml
/// file: content/data/responses.csv
/// format: csv            # csv | json | ndjson; default from the extension
/// delimiter: ";"         # sniffed from the header when absent
/// encoding: latin1       # utf-8 (default, checked) | latin1 | windows-1252
/// header_rows: 3         # 1 plain, 2 SurveyMonkey, 3 Qualtrics; recognised when absent
/// date_format: DD/MM/YYYY
/// missing: ["", "NA"]    # values meaning "no answer" in any column
/// not_applicable: { staff: [0] }   # codes meaning "no answer" in one column
/// ```
public struct DatasetSource: Sendable {
    /// Path relative to the project root, as written in the config.
    public var file: String
    /// Where `file:` was written, for "no such file" errors.
    public var fileLocation: SourceLocation
    /// nil: from the file's extension.
    public var format: DataFormat?
    /// nil: sniffed from the header line.
    public var dialect: CSVDialect?
    public var encoding: TextEncoding
    /// Rows before the data; nil: recognised (Qualtrics 3, SurveyMonkey 2, else 1).
    public var headerRows: Int?
    public var dateFormat: CalendarDate.Format
    /// Values that mean "no answer" in any column (compared after trimming spaces).
    public var missingValues: Set<String>
    /// Per column, codes that mean "no answer" there only (e.g. 0 = "did not use it").
    public var notApplicable: [String: [String]]

    public init(file: String, fileLocation: SourceLocation) {
        self.file = file
        self.fileLocation = fileLocation
        encoding = .utf8
        dateFormat = .iso
        missingValues = ["", "NA", "N/A", "n/a"]
        notApplicable = [:]
    }

    /// The format in force: declared, or from the extension.
    public var resolvedFormat: DataFormat { format ?? DataFormat(path: file) }
}
