import Testing
@testable import CXAnalytics

@Suite struct ImportancePerformanceTests {
    // Proves each driver lands in the quadrant of Martilla & James (1977), split at the means
    // (importance mean 25, performance mean 7.0 here), with a value on the split counted as high.
    @Test func quadrantsSplitAtTheMeans() {
        let grid = ImportancePerformance(drivers: [
            ("staff", 40, 8.0), ("speed", 35, 6.0), ("price", 10, 6.5), ("app", 15, 7.5),
        ])
        #expect(grid.importanceSplit == 25 && grid.performanceSplit == 7.0)
        #expect(grid.entries.map(\.quadrant) == [.keepUpTheGoodWork, .concentrateHere, .lowPriority, .possibleOverkill])
        let tie = ImportancePerformance(drivers: [("a", 1, 1), ("b", 1, 1)])
        #expect(tie.entries.allSatisfy { $0.quadrant == .keepUpTheGoodWork })
    }

    // Proves the display names a report shows, one per quadrant.
    @Test func displayNames() {
        #expect(ImportancePerformance.Quadrant.allCases.map(\.displayName)
            == ["Keep up the good work", "Concentrate here", "Low priority", "Possible overkill"])
    }

    // Proves the grid built from Johnson's weights uses rescaled weights and skips drivers without a mean rating.
    @Test func fromRelativeWeights() throws {
        let identity = (0..<3).map { i in (0..<3).map { j in i == j ? 1.0 : 0.0 } }
        let weights = try RelativeWeights(names: ["a", "b", "c"], driverCorrelations: identity, outcomeCorrelations: [0.5, 0.3, 0.1])
        let grid = ImportancePerformance(weights: weights, performance: ["a": 6.0, "b": 8.0])
        #expect(grid.entries.map(\.name) == ["a", "b"])
        #expect(close(grid.entries[0].importance, weights.drivers[0].rescaledWeight, 1e-15))
        #expect(grid.entries.map(\.quadrant) == [.concentrateHere, .possibleOverkill])
    }
}
