/// Mergeable statistics of the journey events at one stage or one touchpoint:
/// valence moments, how many events felt negative, the emotion labels and the distinct
/// customers who reached it (one bit per customer code: `CodeSet`).
///
/// An event is negative when its valence is below the scale's neutral point (0 on −3…3).
/// Events without a valence still count for the label mix and the customers reached.
/// Sums and counts add and the customer sets unite, so `merge` is exact (the valence
/// moments up to floating-point rounding).
///
/// Valences are kept as sums about the first valence K (n, S₁ = Σ(x − K), S₂ = Σ(x − K)²),
/// not as Welford's running mean: an event costs two adds and a multiply, not a division
/// on the slot's dependency chain. Whole-number valences give exact sums, so the mean
/// K + S₁/n rounds twice, where Welford's rounds at every event (on the 1M-row sample, 9
/// of the 12 stage and touchpoint means are now the exact mean to the last bit, against 0).
public struct TouchpointStatistics: Hashable, Sendable {
    private var valenceCount = 0
    private var reference = 0.0
    private var shiftedSum = 0.0
    private var shiftedSumOfSquares = 0.0
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
            if valenceCount == 0 { reference = value }
            let deviation = value - reference
            valenceCount += 1
            shiftedSum += deviation
            shiftedSumOfSquares += deviation * deviation
            // Without a branch: the sign of a valence is as good as random from one event
            // to the next, and the branch's mispredictions were a third of this function's
            // time on the 1M-row sample (`perf`).
            negative &+= value < neutral ? 1 : 0
        }
        if label >= 0 {
            labels.pad(toCount: Int(label) + 1, with: 0)
            labels[Int(label)] += 1
        }
        if customer >= 0 { customers.insert(customer) }
    }

    public mutating func merge(_ other: TouchpointStatistics) {
        events += other.events
        if valenceCount == 0 {
            (valenceCount, reference, shiftedSum, shiftedSumOfSquares) =
                (other.valenceCount, other.reference, other.shiftedSum, other.shiftedSumOfSquares)
        } else if other.valenceCount > 0 {
            // The other's sums about our K: with e = K_other − K,
            // Σ(x − K) = S₁ + n·e and Σ(x − K)² = S₂ + 2e·S₁ + n·e².
            let shift = other.reference - reference, n = Double(other.valenceCount)
            valenceCount += other.valenceCount
            shiftedSum += other.shiftedSum + n * shift
            shiftedSumOfSquares += other.shiftedSumOfSquares + 2 * shift * other.shiftedSum + n * shift * shift
        }
        negative += other.negative
        labels.pad(toCount: other.labels.count, with: 0)
        for (code, count) in other.labels.enumerated() { labels[code] += count }
        customers.formUnion(other.customers)
    }

    /// Valence of events that have one (unweighted).
    public var valence: MomentAccumulator {
        let n = Double(valenceCount)
        return MomentAccumulator(count: valenceCount, weightSum: n, squaredWeightSum: n, reference: reference,
                                 shiftedSum: shiftedSum, shiftedSumOfSquares: shiftedSumOfSquares)
    }

    /// Events with a valence.
    public var count: Int { valenceCount }
}
