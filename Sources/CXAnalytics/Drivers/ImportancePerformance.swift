/// Importance–performance analysis (Martilla & James 1977): each driver is placed in a
/// quadrant by its importance (e.g. Johnson's rescaled relative weight) and performance
/// (e.g. its mean rating), split at the mean importance and the mean performance of the
/// drivers shown. A value equal to the split counts as high.
///
///                       low performance        high performance
///     high importance   Concentrate here       Keep up the good work
///     low importance    Low priority           Possible overkill
///
/// Martilla, J. A. & James, J. C. (1977). Importance-performance analysis.
/// *Journal of Marketing* 41(1), 77–79.
public struct ImportancePerformance: Hashable, Sendable, Codable {
    /// The four quadrants of the grid.
    public enum Quadrant: String, Hashable, Sendable, Codable, CaseIterable {
        case keepUpTheGoodWork = "keep-up-the-good-work"
        case concentrateHere = "concentrate-here"
        case lowPriority = "low-priority"
        case possibleOverkill = "possible-overkill"

        /// The label a report shows.
        public var displayName: String {
            switch self {
            case .keepUpTheGoodWork: "Keep up the good work"
            case .concentrateHere: "Concentrate here"
            case .lowPriority: "Low priority"
            case .possibleOverkill: "Possible overkill"
            }
        }

        /// The quadrant of a point relative to the split values.
        public init(highImportance: Bool, highPerformance: Bool) {
            switch (highImportance, highPerformance) {
            case (true, true): self = .keepUpTheGoodWork
            case (true, false): self = .concentrateHere
            case (false, false): self = .lowPriority
            case (false, true): self = .possibleOverkill
            }
        }
    }

    /// One driver on the grid.
    public struct Entry: Hashable, Sendable, Codable {
        public var name: String
        public var importance: Double
        public var performance: Double
        public var quadrant: Quadrant
    }

    /// Drivers in input order, each with its quadrant.
    public let entries: [Entry]
    /// Mean importance, the horizontal split.
    public let importanceSplit: Double
    /// Mean performance, the vertical split.
    public let performanceSplit: Double

    /// - Parameter drivers: (name, importance, performance) per driver; empty input gives an
    ///   empty grid with splits of 0.
    public init(drivers: [(name: String, importance: Double, performance: Double)]) {
        let count = Double(max(drivers.count, 1))
        let importanceSplit = drivers.reduce(0) { $0 + $1.importance } / count
        let performanceSplit = drivers.reduce(0) { $0 + $1.performance } / count
        self.importanceSplit = importanceSplit
        self.performanceSplit = performanceSplit
        entries = drivers.map { driver in
            Entry(name: driver.name, importance: driver.importance, performance: driver.performance,
                  quadrant: Quadrant(highImportance: driver.importance >= importanceSplit,
                                     highPerformance: driver.performance >= performanceSplit))
        }
    }

    /// Grid from Johnson's weights (importance = rescaled weight) and a mean rating per driver,
    /// matched by name; drivers without a performance value are left out.
    public init(weights: RelativeWeights, performance: [String: Double]) {
        self.init(drivers: weights.drivers.compactMap { driver in
            performance[driver.name].map { (driver.name, driver.rescaledWeight, $0) }
        })
    }
}
