/// Key-driver analysis of one group: which ratings move the outcome (likelihood to
/// recommend), by Pearson correlation and Johnson's (2000) relative weights, with the
/// importance–performance quadrant of each driver.
///
/// Computed from a `CoMomentMatrix` over (drivers…, outcome) with listwise deletion:
/// only responses that rated every driver and the outcome count, and `n` says how many.
/// Importance is the rescaled relative weight (percent of R²), performance the mean rating;
/// quadrants split at the mean importance and mean performance.
public struct KeyDrivers: Hashable, Sendable, Codable {
    public struct Item: Hashable, Sendable, Codable {
        public var name: String
        public var correlation: Double
        /// εⱼ; the weights of all drivers sum to R².
        public var relativeWeight: Double
        /// 100·εⱼ/R².
        public var rescaledWeight: Double
        /// Mean rating of the driver.
        public var performance: Double
        public var quadrant: ImportancePerformance.Quadrant

        enum CodingKeys: String, CodingKey {
            case name, correlation, relativeWeight = "relative_weight", rescaledWeight = "rescaled_weight", performance, quadrant
        }
    }

    /// The outcome's name, e.g. "nps" (the 0–10 rating).
    public var outcome: String
    /// Responses with every driver and the outcome answered.
    public var n: Int
    public var r2: Double
    /// In the configured driver order.
    public var items: [Item]
    /// "listwise": rows with any driver missing are left out.
    public var missingHandling = "listwise"

    enum CodingKeys: String, CodingKey {
        case outcome, n, r2, items, missingHandling = "missing_handling"
    }

    /// The driver with the largest relative weight.
    public var topDriver: String? {
        items.max { a, b in a.relativeWeight != b.relativeWeight ? a.relativeWeight < b.relativeWeight : a.name > b.name }?.name
    }

    /// Drivers by importance, most important first (ties by name).
    public var ranked: [Item] {
        items.sorted { a, b in a.relativeWeight != b.relativeWeight ? a.relativeWeight > b.relativeWeight : a.name < b.name }
    }

    /// nil when there are too few complete responses (fewer than `minimumN`) or the
    /// drivers are degenerate (a constant rating, or one driver a copy of another).
    public init?(moments: CoMomentMatrix, driverNames: [String], outcome: String, minimumN: Int) {
        let k = driverNames.count
        guard k > 0, moments.dimension == k + 1, moments.count >= max(minimumN, k + 2) else { return nil }
        let matrix = moments.correlationMatrix()
        guard let weights = try? RelativeWeights(names: driverNames, correlationMatrix: matrix, outcomeIndex: k) else { return nil }
        let performance = Array(moments.means.prefix(k))
        let map = ImportancePerformance(drivers: (0..<k).map { (driverNames[$0], weights.drivers[$0].rescaledWeight, performance[$0]) })
        self.outcome = outcome
        n = moments.count
        r2 = weights.rSquared
        items = (0..<k).map { index in
            let driver = weights.drivers[index]
            return Item(name: driver.name, correlation: driver.correlation, relativeWeight: driver.rawWeight,
                        rescaledWeight: driver.rescaledWeight, performance: performance[index], quadrant: map.entries[index].quadrant)
        }
    }
}
