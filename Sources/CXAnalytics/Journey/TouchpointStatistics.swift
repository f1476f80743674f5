/// Mergeable statistics of the journey events at one stage or one touchpoint:
/// valence moments, how many events felt negative, the emotion labels and the distinct
/// customers who reached it (one bit per customer code: `CodeSet`).
///
/// An event is negative when its valence is below the scale's neutral point (0 on −3…3).
/// Events without a valence still count for the label mix and the customers reached.
/// Sums and counts add and the customer sets unite, so `merge` is exact.
public struct TouchpointStatistics: Hashable, Sendable {
    /// Valence of events that have one (unweighted).
    public var valence = MomentAccumulator()
    /// Events with valence below neutral.
    public var negative = 0
    /// Emotion label code → events.
    public var labels: [Int32: Int] = [:]
    /// Customer codes with at least one event here.
    public var customers = CodeSet()

    public init() {}

    public mutating func add(valence value: Double, label: Int32, customer: Int32, neutral: Double) {
        if value.isFinite {
            valence.add(value)
            if value < neutral { negative += 1 }
        }
        if label >= 0 { labels[label, default: 0] += 1 }
        if customer >= 0 { customers.insert(customer) }
    }

    public mutating func merge(_ other: TouchpointStatistics) {
        valence.merge(other.valence)
        negative += other.negative
        for (label, count) in other.labels { labels[label, default: 0] += count }
        customers.formUnion(other.customers)
    }

    /// Events with a valence.
    public var count: Int { valence.count }
}
