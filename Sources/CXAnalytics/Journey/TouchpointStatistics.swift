/// Mergeable statistics of the journey events at one stage or one touchpoint:
/// valence moments, how many events felt negative, the emotion labels and the distinct
/// customers who reached it (one bit per customer code: `CodeSet`).
///
/// An event is negative when its valence is below the scale's neutral point (0 on −3…3).
/// Events without a valence still count for the label mix and the customers reached.
/// Sums and counts add and the customer sets unite, so `merge` is exact (the valence
/// moments up to floating-point rounding).
public struct TouchpointStatistics: Hashable, Sendable {
    /// Valence of events that have one (unweighted).
    public private(set) var valence = MomentAccumulator()
    /// Events with valence below neutral.
    public private(set) var negative = 0
    /// Events by emotion label code (the loader's dense codes, so an array, not a hash
    /// table: an event costs an increment, not a hash). As long as the highest code seen.
    public private(set) var labels: [Int] = []
    /// Customer codes with at least one event here.
    public internal(set) var customers = CodeSet()
    /// Events added, with or without a valence, label or customer.
    public private(set) var events = 0

    public init() {}

    public mutating func add(valence value: Double, label: Int32, customer: Int32, neutral: Double) {
        events += 1
        if value.isFinite {
            valence.add(value)
            if value < neutral { negative += 1 }
        }
        if label >= 0 {
            labels.pad(toCount: Int(label) + 1, with: 0)
            labels[Int(label)] += 1
        }
        if customer >= 0 { customers.insert(customer) }
    }

    public mutating func merge(_ other: TouchpointStatistics) {
        events += other.events
        valence.merge(other.valence)
        negative += other.negative
        labels.pad(toCount: other.labels.count, with: 0)
        for (code, count) in other.labels.enumerated() { labels[code] += count }
        customers.formUnion(other.customers)
    }

    /// Events with a valence.
    public var count: Int { valence.count }
}
