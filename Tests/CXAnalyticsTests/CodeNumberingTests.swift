import CXData
import Foundation
import Testing
@testable import CXAnalytics

/// The analysis must not depend on which code each category got. Chunks read in parallel
/// intern values in whatever order their threads reach them, so a region, a touchpoint or
/// a customer has a different code from run to run; a sum folded in code order would then
/// be added in another order each run and change in its last digits, and two runs of
/// `cxreport analyze --json` on the same data would differ.
///
/// Each test folds the linked fixture (responses with segments, drivers, gaps and text;
/// touchpoints; transactions) once with the loaders' codes and once with every code
/// renumbered by a seeded permutation, names permuted with them, in the same row order,
/// and expects the same JSON, byte for byte.
struct CodeNumberingTests {
    struct Data {
        var responses: [ResponseRow] = []
        var touchpoints: [TouchpointRow] = []
        var transactions: [TransactionRow] = []
        var segmentNames: [String] = []
        var segmentValues: [[String]] = []
        var driverNames: [String] = []
        var touchpointNames: [String] = []
        var labelNames: [String] = []
        var customerCount = 0
        var dataset: ResponseDataset
        var config: ProjectConfig
    }

    static let loaded = Result { try load() }

    static func load() throws -> Data {
        let directory = LinkedAnalyticsTests.directory
        let config = try ProjectConfig.load(projectDirectory: directory)
        let dataset = try #require(config.responses)
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: directory)
        var data = Data(dataset: dataset, config: config)
        _ = try loader.forEachRow { data.responses.append($0) }
        let customers = try #require(loader.customerInterner)
        let touchpoints = try TouchpointLoader(dataset: try #require(config.touchpoints), projectDirectory: directory, customers: customers)
        _ = try touchpoints.forEachRow { data.touchpoints.append($0) }
        let transactions = try TransactionLoader(dataset: try #require(config.transactions), projectDirectory: directory, customers: customers)
        _ = try transactions.forEachRow { data.transactions.append($0) }
        data.segmentNames = loader.segmentNames
        data.segmentValues = loader.segmentValues
        data.driverNames = loader.driverNames
        data.touchpointNames = touchpoints.touchpointValues
        data.labelNames = touchpoints.emotionLabelValues
        data.customerCount = customers.count
        return data
    }

    /// A seeded permutation of 0..<count: new code = `permutation[old]`.
    static func permutation(_ count: Int, _ generator: inout SeededGenerator) -> [Int32] {
        var codes = (0..<Int32(count)).map { $0 }
        codes.shuffle(using: &generator)
        return codes
    }

    /// `values` by their new codes.
    static func renamed(_ values: [String], _ permutation: [Int32]) -> [String] {
        var result = values
        for (old, new) in permutation.enumerated() { result[Int(new)] = values[old] }
        return result
    }

    /// Every code of `data` renumbered; the rows stay in the same order.
    static func renumbered(_ data: Data, seed: UInt64) -> Data {
        var generator = SeededGenerator(seed: seed)
        var result = data
        let segments = data.segmentValues.map { permutation($0.count, &generator) }
        let customers = permutation(data.customerCount, &generator)
        let touchpoints = permutation(data.touchpointNames.count, &generator)
        let labels = permutation(data.labelNames.count, &generator)
        func map(_ code: Int32, _ permutation: [Int32]) -> Int32 { code >= 0 ? permutation[Int(code)] : code }
        result.segmentValues = zip(data.segmentValues, segments).map { renamed($0, $1) }
        result.touchpointNames = renamed(data.touchpointNames, touchpoints)
        result.labelNames = renamed(data.labelNames, labels)
        for index in result.responses.indices {
            result.responses[index].customer = map(result.responses[index].customer, customers)
            for slot in segments.indices { result.responses[index].segments[slot] = map(result.responses[index].segments[slot], segments[slot]) }
        }
        for index in result.touchpoints.indices {
            result.touchpoints[index].customer = map(result.touchpoints[index].customer, customers)
            result.touchpoints[index].touchpoint = map(result.touchpoints[index].touchpoint, touchpoints)
            result.touchpoints[index].emotionLabel = map(result.touchpoints[index].emotionLabel, labels)
        }
        for index in result.transactions.indices {
            result.transactions[index].customer = map(result.transactions[index].customer, customers)
        }
        return result
    }

    /// The analysis as `cxreport analyze --json` prints it (without the follow-up list,
    /// whose customer ids come from the interner itself and whose order is an exact sort).
    static func json(_ data: Data, maximumCells: Int = 2_048) throws -> String {
        let dataset = data.dataset, settings = AnalysisSettings(data.config)
        var statistics = ResponseStatistics(periodLength: data.config.periodLength, segmentCount: data.segmentNames.count,
                                            csatScale: 1...5, cesScale: 1...7, driverCount: data.driverNames.count,
                                            expectationCount: dataset.expectations.count, sacrificeCount: dataset.sacrifices.count,
                                            maximumCells: maximumCells)
        let analyzer = TextAnalyzer(themes: ThemeDictionary(data.config))
        var text = TextStatistics(themes: analyzer.themes, segmentCount: data.segmentNames.count)
        var ratings = CustomerRatings()
        for row in data.responses {
            statistics.add(row)
            text.add(row, using: analyzer)
            ratings.add(row)
        }
        var analysis = ResponseAnalysis(statistics: statistics, segmentNames: data.segmentNames, segmentValues: data.segmentValues,
                                        driverNames: data.driverNames, expectationNames: dataset.expectations.map(\.name),
                                        sacrificeNames: dataset.sacrifices.map(\.name), dataQuality: DataQuality(file: "responses.csv", columns: []),
                                        settings: settings)
        analysis.text = TextResult(text, segmentNames: data.segmentNames, segmentValues: data.segmentValues, settings: settings)
        var journey = JourneyStatistics(scale: -3...3)
        for row in data.touchpoints { journey.add(row) }
        analysis.journey = CustomerJourney(journey, touchpointNames: data.touchpointNames, labelNames: data.labelNames,
                                           ratings: ratings, settings: settings)
        var purchases = CRMImpactStatistics(ratings: ratings)
        for row in data.transactions { purchases.add(row) }
        analysis.crm = CRMImpact(purchases, settings: settings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(analysis), as: UTF8.self)
    }

    /// The first lines where `b` differs from `a` (the JSON is 180 kB; a failure shows these).
    static func differences(_ a: String, _ b: String) -> [String] {
        let left = a.split(separator: "\n"), right = b.split(separator: "\n")
        let changed = zip(left, right).filter { $0 != $1 }.prefix(5).map { "\($0) ≠ \($1)" }
        return left.count == right.count ? changed : changed + ["\(left.count) lines ≠ \(right.count) lines"]
    }

    // Proves renumbering segments, customers, touchpoints and labels changes no digit of the
    // JSON: cells roll up, stages merge and customers fold in an order of their own, not in
    // code order.
    @Test(arguments: [1 as UInt64, 29, 4_099])
    func renumberedCodesGiveTheSameJSON(seed: UInt64) throws {
        let data = try Self.loaded.get()
        let original = try Self.json(data), renumbered = try Self.json(Self.renumbered(data, seed: seed))
        #expect(original.count > 100_000)
        #expect(Self.differences(original, renumbered) == [])
    }

    // Proves the same when cells roll up after every second cell (the bound of a
    // high-cardinality segment), so the pending cells roll up many times.
    @Test func renumberedCodesGiveTheSameJSONWithSmallCellBound() throws {
        let data = try Self.loaded.get()
        let original = try Self.json(data, maximumCells: 1), renumbered = try Self.json(Self.renumbered(data, seed: 7), maximumCells: 1)
        #expect(original.count > 100_000)
        #expect(Self.differences(original, renumbered) == [])
    }
}
