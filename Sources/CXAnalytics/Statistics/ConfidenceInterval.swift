/// A two-sided confidence interval on the scale of the estimate it belongs to
/// (NPS points −100…100, a percentage 0…100, or a raw mean).
public struct ConfidenceInterval: Hashable, Sendable, Codable {
    public var low: Double
    public var high: Double
    /// Confidence level as a fraction, e.g. 0.95.
    public var level: Double

    public init(low: Double, high: Double, level: Double) {
        self.low = low
        self.high = high
        self.level = level
    }

    /// Half the width of the interval: the margin of error a report shows as "± m".
    public var marginOfError: Double { (high - low) / 2 }
}
