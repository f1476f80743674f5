import Foundation
@testable import CXData

/// Paths to committed fixtures and a quick way to load one as a responses dataset.
enum Fixture {
    /// The Fixtures folder, found from this file so tests run from any directory.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "cxreport.yml", line: line, column: column)
    }

    /// A responses dataset for `file` (relative to Fixtures) with the given roles.
    static func dataset(_ file: String, nps: String? = "recommend", segments: [String] = [], id: String? = "id") -> ResponseDataset {
        var dataset = ResponseDataset(file: file, fileLocation: location(3, 11))
        dataset.id = id.map { ColumnReference(name: $0, location: location(5, 11)) }
        dataset.nps = nps.map { ColumnReference(name: $0, location: location(6, 12)) }
        dataset.segments = segments.enumerated().map { ColumnReference(name: $1, location: location(7, 18 + 8 * $0)) }
        return dataset
    }

    /// Loads every row; returns the rows and the data quality.
    static func load(_ dataset: ResponseDataset, directory: String = Fixture.directory) throws -> (rows: [ResponseRow], quality: DataQuality, loader: ResponseLoader) {
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: directory)
        var rows: [ResponseRow] = []
        let quality = try loader.forEachRow { rows.append($0) }
        return (rows, quality, loader)
    }
}
