import Foundation
import Testing
@testable import CXData

/// The loader validates each value against its role and reports problems by location.
struct ResponseLoaderTests {
    static func dataset(file: String, nps: String = "recommend") -> ResponseDataset {
        var dataset = ResponseDataset(file: file, fileLocation: SourceLocation(file: "cxreport.yml", line: 4, column: 11))
        dataset.nps = ColumnReference(name: nps, location: SourceLocation(file: "cxreport.yml", line: 9, column: 12))
        dataset.date = ColumnReference(name: "date", location: SourceLocation(file: "cxreport.yml", line: 8, column: 13))
        dataset.segments = [ColumnReference(name: "region", location: SourceLocation(file: "cxreport.yml", line: 10, column: 17))]
        return dataset
    }

    static let text = """
    id,date,region,recommend
    1,2025-01-05,North,10
    2,2025-02-30,North,eleven
    3,2025-03-01,South,NA
    4,2025-03-02,South,11
    5,2025-03-03,North
    6,2025-03-04,,7

    """

    /// Bad values are counted per column and reported at file:line:column with the value;
    /// the row still counts for the measures whose values are fine.
    @Test func badValuesAreLocatedAndCounted() throws {
        let file = try TemporaryFile(name: "responses.csv", Self.text)
        let loader = try ResponseLoader(dataset: Self.dataset(file: "responses.csv"), projectDirectory: file.directory)
        var rows: [ResponseRow] = []
        let quality = try loader.forEachRow { rows.append($0) }
        #expect(quality.rowsRead == 6)
        #expect(quality.malformedRows == 1)
        #expect(rows.map(\.nps) == [10, nil, nil, nil, 7])
        #expect(rows[1].date == nil)
        #expect(rows[1].segments == [0])
        let recommend = try #require(quality.columns.first { $0.column == "recommend" })
        #expect(recommend.invalid == 2 && recommend.missing == 1)
        let messages = quality.diagnostics.map(\.description)
        #expect(messages.contains { $0.hasPrefix("responses.csv:3:2: error: \"2025-02-30\" in column \"date\" is not a date written YYYY-MM-DD") })
        #expect(messages.contains { $0.hasPrefix("responses.csv:3:4: error: \"eleven\" in column \"recommend\" is not a whole number on the 0–10 scale") })
        #expect(messages.contains { $0.hasPrefix("responses.csv:5:4: error: \"11\" in column \"recommend\"") })
        #expect(messages.contains { $0.hasPrefix("responses.csv:6:4: error: the row has 3 fields but the header on line 1 has 4") })
        #expect(loader.segmentValues == [["North", "South"]])
        #expect(rows[4].segments == [-1])
    }

    /// A mapped column that is not in the header fails before reading rows, at the place
    /// in cxreport.yml where it was named, with the closest header name as a hint.
    @Test func missingMappedColumnSuggestsClosest() throws {
        let file = try TemporaryFile(name: "responses.csv", Self.text)
        let error = try #require(throws: DataError.self) {
            _ = try ResponseLoader(dataset: Self.dataset(file: "responses.csv", nps: "recomend"), projectDirectory: file.directory)
        }
        #expect(error.description == "cxreport.yml:9:12: error: column \"recomend\" is not in responses.csv\n  hint: did you mean \"recommend\"?")
    }

    /// A dataset file that does not exist is reported at the `file:` setting.
    @Test func missingDatasetFile() throws {
        let folder = try TemporaryFile(name: "other.csv", "")
        let error = try #require(throws: DataError.self) {
            _ = try ResponseLoader(dataset: Self.dataset(file: "content/data/nope.csv"), projectDirectory: folder.directory)
        }
        #expect(error.reason == .fileNotFound)
        #expect(error.location == SourceLocation(file: "cxreport.yml", line: 4, column: 11))
        #expect(error.hint?.contains("content/data/nope.csv") == true)
    }

    /// An empty file is an error, not an empty report.
    @Test func emptyFile() throws {
        let file = try TemporaryFile(name: "responses.csv", "")
        #expect(throws: DataError.self) {
            _ = try ResponseLoader(dataset: Self.dataset(file: "responses.csv"), projectDirectory: file.directory)
        }
    }

    /// The sample generator is deterministic and its output loads without problems.
    @Test func sampleDataIsDeterministicAndClean() throws {
        var first: [UInt8] = [], second: [UInt8] = []
        SampleResponses(count: 300, seed: 7).write(chunkBytes: 512) { first += $0 }
        SampleResponses(count: 300, seed: 7).write { second += $0 }
        #expect(first == second)
        let file = try TemporaryFile(name: "responses.csv", bytes: first)
        var dataset = Self.dataset(file: "responses.csv", nps: "likelihood_to_recommend")
        dataset.date = ColumnReference(name: "submitted_at", location: SourceLocation(file: "cxreport.yml"))
        dataset.drivers = SampleResponses.driverNames.map {
            ScaleColumn(column: ColumnReference(name: $0, location: SourceLocation(file: "cxreport.yml")), scale: 1...5)
        }
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: file.directory)
        var count = 0
        let quality = try loader.forEachRow { _ in count += 1 }
        #expect(count == 300 && quality.problemCount == 0)
    }
}
