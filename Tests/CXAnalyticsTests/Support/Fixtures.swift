import Foundation

/// Test fixtures under `Tests/CXAnalyticsTests/Fixtures`, found relative to this source file.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // CXAnalyticsTests
        .appendingPathComponent("Fixtures")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// A small, comma-only CSV (no quoting): header names and rows of cells.
    static func csv(_ name: String) throws -> (header: [String], rows: [[String]]) {
        let lines = try text(name).split(whereSeparator: \.isNewline).map(String.init)
        let cells = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return (cells[0], Array(cells.dropFirst()))
    }

    /// The mtcars data (Henderson & Velleman 1981, R's `datasets::mtcars`): numeric columns by name.
    static func mtcars() throws -> [String: [Double]] {
        let table = try csv("mtcars.csv")
        var columns: [String: [Double]] = [:]
        for (index, name) in table.header.enumerated() where name != "car" {
            columns[name] = table.rows.map { Double($0[index])! }
        }
        return columns
    }
}
