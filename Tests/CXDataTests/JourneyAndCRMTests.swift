import Foundation
import Testing
@testable import CXData

/// Transactions and touchpoints load with the same validation as responses, and the
/// sample datasets agree with each other and with what their documentation promises.
struct JourneyAndCRMTests {
    static func sampleProject(_ responses: Int = 600) throws -> (TemporaryFile, ProjectConfig) {
        let folder = try TemporaryFile(name: "cxreport.yml", SampleProject.configuration())
        try SampleProject.writeData(to: folder.directory + "/content/data", responses: SampleResponses(count: responses, seed: 11))
        return (folder, try ProjectConfig.load(projectDirectory: folder.directory))
    }

    /// The sample's three datasets load cleanly, share customer codes through one
    /// interner, and promoters buy more often than detractors (the promised structure).
    @Test func sampleDatasetsLoadAndAgree() throws {
        let (folder, config) = try Self.sampleProject()
        let customers = SharedInterner()
        let responses = try ResponseLoader(dataset: try #require(config.responses), projectDirectory: folder.directory, customers: customers)
        var scoreByCustomer: [Int32: Int] = [:]
        let responseQuality = try responses.forEachRow { row in if let nps = row.nps { scoreByCustomer[row.customer] = nps } }
        #expect(responseQuality.problemCount == 0)
        #expect(responseQuality.rowsUsed(by: "expectation: reliability")! > 500)
        let transactions = try TransactionLoader(dataset: config.transactions!, projectDirectory: folder.directory, customers: customers)
        var orders = [0, 0], buyers = [Set<Int32>(), Set<Int32>()]
        let transactionQuality = try transactions.forEachRow { row in
            guard let score = scoreByCustomer[row.customer], score >= 9 || score <= 6 else { return }
            orders[score >= 9 ? 0 : 1] += 1
            buyers[score >= 9 ? 0 : 1].insert(row.customer)
        }
        #expect(transactionQuality.problemCount == 0)
        #expect(Double(orders[0]) / Double(buyers[0].count) > Double(orders[1]) / Double(buyers[1].count) + 1)
        let touchpoints = try TouchpointLoader(dataset: config.touchpoints!, projectDirectory: folder.directory, customers: customers)
        var valence: [String: (Double, Int)] = [:]
        let touchpointQuality = try touchpoints.forEachRow { row in
            #expect(row.stage != nil && (-3...3).contains(row.emotion))
            let name = touchpoints.touchpointValues[Int(row.touchpoint)]
            valence[name, default: (0, 0)].0 += row.emotion
            valence[name, default: (0, 0)].1 += 1
        }
        #expect(touchpointQuality.problemCount == 0)
        let means = valence.mapValues { $0.0 / Double($0.1) }
        #expect(means.min { $0.value < $1.value }.map { ["delivery", "returns"].contains($0.key) } == true)
        #expect(customers.count <= SampleResponses(count: 600).customerCount)
    }

    /// Bad stages, amounts and valences are counted and located; the rest of the row stays.
    @Test func badJourneyValuesAreLocated() throws {
        let folder = try TemporaryFile(name: "tp.csv", "customer,stage,touchpoint,valence\nC1,before,web,1\nC2,pre-sale,shop,5\nC3,AFTER,call,-1\n")
        var stage = StageColumn(column: ColumnReference(name: "stage", location: Fixture.location(4, 14)))
        stage.values[.during] = ["checkout"]
        var dataset = TouchpointDataset(source: DatasetSource(file: "tp.csv", fileLocation: Fixture.location(2, 11)), stage: stage,
                                        touchpoint: ColumnReference(name: "touchpoint", location: Fixture.location(5, 19)))
        dataset.customer = ColumnReference(name: "customer", location: Fixture.location(3, 17))
        dataset.emotion = RangeColumn(column: ColumnReference(name: "valence", location: Fixture.location(6, 16)), range: -3...3)
        let loader = try TouchpointLoader(dataset: dataset, projectDirectory: folder.directory)
        var rows: [TouchpointRow] = []
        let quality = try loader.forEachRow { rows.append($0) }
        #expect(rows.map(\.stage) == [.before, nil, .after])
        #expect(rows.map(\.emotion)[2] == -1 && rows[1].emotion.isNaN)
        #expect(quality.diagnostics.map(\.description) == [
            "tp.csv:3:2: error: \"pre-sale\" in column \"stage\" is not a journey stage (before, during or after the purchase)\n  hint: write before, during or after, or list the dataset's own names under `stage: { column: …, values: { before: […] } }`",
            "tp.csv:3:4: error: \"5\" in column \"valence\" is not a number from -3 to 3\n  hint: write the emotion valence as a number from -3 to 3 with \".\" for decimals, or list the value under `missing:` in cxreport.yml",
        ])
        #expect(quality.rowsUsed(by: "stage") == 2 && quality.rowsUsed(by: "emotion") == 2)
    }

    /// A transaction amount that is not a number is counted against its column only.
    @Test func badAmount() throws {
        let folder = try TemporaryFile(name: "t.csv", "customer,date,amount\nC1,2025-01-02,10.50\nC1,2025-01-03,ten\nC2,,7\n")
        var dataset = TransactionDataset(source: DatasetSource(file: "t.csv", fileLocation: Fixture.location(2, 11)),
                                         customer: ColumnReference(name: "customer", location: Fixture.location(3, 11)),
                                         amount: ColumnReference(name: "amount", location: Fixture.location(3, 30)))
        dataset.date = ColumnReference(name: "date", location: Fixture.location(3, 20))
        let loader = try TransactionLoader(dataset: dataset, projectDirectory: folder.directory)
        var rows: [TransactionRow] = []
        let quality = try loader.forEachRow { rows.append($0) }
        #expect(rows.map(\.customer) == [0, 0, 1] && rows[0].amount == 10.5 && rows[1].amount.isNaN && rows[2].date == nil)
        #expect(quality.problemCount == 1 && quality.diagnostics.first?.location == SourceLocation(file: "t.csv", line: 3, column: 3))
        #expect(quality.columns.first { $0.column == "date" }?.missing == 1)
    }
}
