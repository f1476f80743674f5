/// How a survey platform lays out the rows above the data, and how column names and
/// question-text labels are read from them.
///
/// - plain: one header row of column names; the label is the name.
/// - Qualtrics: three rows — column ids (`Q1`, `Q2_1`), the question text, and import
///   ids (`{"ImportId":"QID1"}`). Names come from row 1, labels from row 2.
/// - SurveyMonkey: two rows — the question text (blank in the later columns of a
///   multi-column question) and the answer option or "Response". A column is named by
///   its option when it has one (matrix rows such as "Staff"), otherwise by its
///   question; its label is the question, with the option after a dash.
public enum ExportLayout: String, Hashable, Sendable, Codable {
    case plain
    case qualtrics
    case surveyMonkey

    /// Rows above the data.
    public var headerRows: Int {
        switch self {
        case .plain: return 1
        case .surveyMonkey: return 2
        case .qualtrics: return 3
        }
    }

    /// Recognises a layout from the first rows of a file.
    public static func recognise(_ rows: [[String]]) -> ExportLayout {
        if rows.count >= 3 {
            let cells = rows[2].filter { !$0.isEmpty }
            let importIds = cells.filter { $0.hasPrefix("{\"ImportId\"") || $0.hasPrefix("{'ImportId'") }
            if !cells.isEmpty && importIds.count * 2 >= cells.count { return .qualtrics }
        }
        if rows.count >= 2, rows[1].count == rows[0].count {
            let generic: Set<String> = ["Response", "Open-Ended Response"]
            let marked = rows[1].contains { generic.contains($0) }
            if marked && (rows[0].first == "Respondent ID" || rows[1].first?.isEmpty == true) { return .surveyMonkey }
        }
        return .plain
    }

    /// The layout to use for `count` declared header rows.
    public static func declared(headerRows count: Int) -> ExportLayout {
        switch count {
        case 2: return .surveyMonkey
        case 3...: return .qualtrics
        default: return .plain
        }
    }

    /// Column names and labels from the header rows (`rows.count >= headerRows`).
    public func columns(from rows: [[String]]) -> (names: [String], labels: [String]) {
        let names = rows[0]
        switch self {
        case .plain:
            return (names, names)
        case .qualtrics:
            let text = rows.count > 1 ? rows[1] : []
            let labels = names.indices.map { index in
                index < text.count && !text[index].isEmpty ? text[index] : names[index]
            }
            return (names, labels)
        case .surveyMonkey:
            let options = rows.count > 1 ? rows[1] : []
            let generic: Set<String> = ["", "Response", "Open-Ended Response"]
            var question = ""
            var resultNames: [String] = [], labels: [String] = []
            for (index, cell) in names.enumerated() {
                if !cell.isEmpty { question = cell }
                let option = index < options.count ? options[index] : ""
                if generic.contains(option) {
                    resultNames.append(cell.isEmpty ? question : cell)
                    labels.append(question)
                } else {
                    resultNames.append(option)
                    labels.append(question.isEmpty ? option : "\(question) — \(option)")
                }
            }
            return (resultNames, labels)
        }
    }
}
