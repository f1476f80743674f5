import Foundation

/// The sample project `cxreport init` scaffolds and `cxreport sample` feeds: the
/// synthetic datasets, a cxreport.yml that maps every column of them, and a first
/// narrative page. It builds with `cxreport build` as written.
public enum SampleProject {
    /// The datasets a sample can hold.
    public enum Dataset: String, CaseIterable, Sendable {
        case responses, transactions, touchpoints

        public var fileName: String { "\(rawValue).csv" }
    }

    /// cxreport.yml for the sample data under `content/data/`.
    public static func configuration(title: String = "Customer Experience Report", weighted: Bool = false,
                                     datasets: Set<Dataset> = Set(Dataset.allCases)) -> String {
        var text = """
        # cxreport project settings. Column roles are declared here, never guessed.
        title: \(title)
        subtitle: Quarterly CX report
        periods: quarter            # month | quarter | year
        confidence: 0.95            # intervals and significance tests
        suppress_below: 5           # groups with fewer responses are withheld
        low_base_below: 30          # groups with fewer responses are flagged

        datasets:
          responses:
            file: content/data/responses.csv
            missing: ["", "NA", "N/A", "Don't know"]
            columns:
              id: response_id
              customer: customer_id
              date: submitted_at
        """
        if weighted { text += "\n      weight: weight" }
        text += """

              segments: [region, channel, product]
              nps: likelihood_to_recommend          # 0–10
              csat: { column: satisfaction, scale: [1, 5] }
              ces: { column: effort, scale: [1, 7] }
              outcome: { column: satisfied, positive: ["yes"], negative: ["no"] }
              drivers: [product_quality, delivery, support, price, website]
              expectations:                         # [expected, perceived], 1–7
                reliability: { columns: [exp_reliability, perc_reliability], scale: [1, 7] }
                responsiveness: { columns: [exp_responsiveness, perc_responsiveness], scale: [1, 7] }
                empathy: { columns: [exp_empathy, perc_empathy], scale: [1, 7] }
              sacrifice:                            # [wanted, received]
                delivery_speed: [wanted_delivery_days, received_delivery_days]
              text: comment
        """
        if datasets.contains(.transactions) {
            text += """

              transactions:
                file: content/data/transactions.csv
                columns: { id: transaction_id, customer: customer_id, date: order_date, amount: amount }
            """
        }
        if datasets.contains(.touchpoints) {
            text += """

              touchpoints:
                file: content/data/touchpoints.csv
                columns:
                  customer: customer_id
                  stage: stage                      # before | during | after the purchase
                  touchpoint: touchpoint
                  emotion: { column: valence, scale: [-3, 3] }
                  emotion_label: emotion
                  date: at
            """
        }
        if datasets.contains(.transactions) {
            text += """


            # The CRM link counts every transaction of a surveyed customer. To count only those
            # around each customer's latest answer:
            # crm: { days_before: 90, days_after: 365 }
            """
        }
        return text + "\n"
    }

    /// content/index.md: the first page of a new project.
    public static let indexPage = """
    ---
    title: Summary
    order: 1
    description: Headline customer-experience figures.
    ---
    # {{title}}

    This report covers **{{n}} survey responses**. Every figure states its base (*n*)
    and a {{confidence}} interval; groups with fewer than {{suppress_below}} responses
    are withheld and groups with fewer than {{low_base_below}} are flagged as low base.

    ## Net Promoter Score

    Over the whole period the Net Promoter Score is **{{nps.score}}**
    ({{confidence}} interval {{nps.low}} to {{nps.high}}, *n* = {{nps.n}}):
    {{nps.promoters}} promoters, {{nps.passives}} passives and {{nps.detractors}} detractors.

    ```chart
    kind: bar
    measure: nps
    by: period
    title: Net Promoter Score by quarter
    ```

    {{#latest}}
    In the latest quarter, {{period}}, the score was {{nps.score}}
    ({{nps.low}} to {{nps.high}}, *n* = {{nps.n}}).
    {{/latest}}

    Edit this page in `content/index.md`; the column roles are in `cxreport.yml`.

    """

    /// Writes the chosen datasets into `directory` (created if needed), each through a
    /// temporary file renamed into place, and returns the paths written.
    @discardableResult
    public static func writeData(to directory: String, responses: SampleResponses,
                                 datasets: Set<Dataset> = Set(Dataset.allCases)) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        for dataset in Dataset.allCases where datasets.contains(dataset) {
            let path = (directory as NSString).appendingPathComponent(dataset.fileName)
            try writeAtomically(path) { sink in
                switch dataset {
                case .responses: try responses.write(to: sink)
                case .transactions: try SampleTransactions(responses: responses).write(to: sink)
                case .touchpoints: try SampleTouchpoints(responses: responses).write(to: sink)
                }
            }
            written.append(path)
        }
        return written
    }

    private static func writeAtomically(_ path: String, _ produce: (([UInt8]) throws -> Void) throws -> Void) throws {
        let staging = path + ".partial"
        guard FileManager.default.createFile(atPath: staging, contents: nil),
              let handle = FileHandle(forWritingAtPath: staging) else {
            throw DataError(.unreadable("cannot write here: check that the folder is writable"), at: SourceLocation(file: path))
        }
        do {
            try produce { try handle.write(contentsOf: $0) }
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: staging, toPath: path)
    }
}
