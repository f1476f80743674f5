/// A confidence or credible interval around a value, as computed by the analytics layer.
///
/// Charts draw it as a whisker or band and print it in the data table; they never infer
/// significance from it.
public struct ValueInterval: Sendable, Equatable {
    public var low: Double
    public var high: Double

    /// Creates an interval; the ends are ordered if given the wrong way round.
    public init(low: Double, high: Double) {
        self.low = min(low, high)
        self.high = max(low, high)
    }

    /// Creates an interval from an optional `(low, high)` pair.
    init?(_ pair: (low: Double, high: Double)?) {
        guard let pair, pair.low.isFinite, pair.high.isFinite else { return nil }
        self.init(low: pair.low, high: pair.high)
    }
}
