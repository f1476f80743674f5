import CXData

/// One customer's journey so far, for the peak-end comparison: the plain mean of all
/// valences, the peak and the end.
///
/// - Peak: the valence farthest from neutral (the most extreme moment). At equal distance
///   on both sides (−2 and +2 around 0) the negative one is the peak (negative moments
///   weigh more); equal values are the same peak whichever event they came from.
/// - End: the valence of the last event by date; events without a date come before dated
///   ones, and on the same date the later line in the file is the later event.
///
/// Both rules depend on the events only, not on the order they arrive in, so `merge`
/// gives the same state as one pass.
///
/// The end event's date and line are kept packed in one `UInt64` ordered like the rule
/// (`RatingKey`), and the count and the touchpoints reached share one word, so the state is
/// 40 bytes: `JourneyStatistics` keeps one per customer code.
public struct CustomerJourneyState: Hashable, Sendable {
    private var storedCount: Int32 = 0
    /// Bit s set: the customer had an event at `JourneyStatistics` slot s (s < 32), with or
    /// without a valence. Kept here because this state's cache line is read anyway: a bit
    /// set per touchpoint, one per customer, missed the cache on almost every event.
    public private(set) var reached: UInt32 = 0
    public private(set) var sum = 0.0
    public private(set) var peak = Double.nan
    public private(set) var end = Double.nan
    /// `RatingKey` of the end event's date and line; 0 before any event.
    private var endKey: UInt64 = 0

    public init() {}

    /// Valences added (events without one are not counted). At most 2³¹ − 1 per customer.
    public var count: Int { Int(storedCount) }

    public mutating func add(valence: Double, date: CalendarDate?, line: Int, neutral: Double) {
        guard valence.isFinite else { return }
        storedCount += 1
        sum += valence
        if peak.isNaN || Self.isMoreExtreme(valence, than: peak, neutral: neutral) { peak = valence }
        let key = RatingKey.pack(score: 0, date: date, line: line)
        if end.isNaN || key > endKey {
            end = valence
            endKey = key
        }
    }

    /// The state's last stored word. A 40-byte state may straddle two cache lines: reading
    /// this with `count` brings in both (`JourneyStatistics.add(batch:)`).
    var lastWord: UInt64 { endKey }

    /// Marks slot `slot` (< 32) as reached.
    mutating func reach(slot: Int) {
        reached |= 1 << UInt32(slot)
    }

    public mutating func merge(_ other: CustomerJourneyState, neutral: Double) {
        let reachedByEither = reached | other.reached
        defer { reached = reachedByEither }
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        storedCount += other.storedCount
        sum += other.sum
        if Self.isMoreExtreme(other.peak, than: peak, neutral: neutral) { peak = other.peak }
        if other.endKey > endKey {
            end = other.end
            endKey = other.endKey
        }
    }

    /// The plain average of all the customer's valences.
    public var mean: Double { count > 0 ? sum / Double(count) : .nan }
    /// (peak + end)/2, Kahneman's peak-end summary of the experience.
    public var peakEnd: Double { (peak + end) / 2 }

    static func isMoreExtreme(_ value: Double, than current: Double, neutral: Double) -> Bool {
        let distance = abs(value - neutral), currentDistance = abs(current - neutral)
        if distance != currentDistance { return distance > currentDistance }
        return value < current
    }
}
