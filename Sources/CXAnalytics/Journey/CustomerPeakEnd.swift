import CXData

/// The part of a customer's journey that does not depend on the order its events are
/// added in: how many valences, their sum, the touchpoints reached, the peak and the end
/// (the rules are on `CustomerJourneyState`). Adding and merging in any order gives the same
/// value, so the chunks of a parallel fold can update one shared table of these
/// (`SharedCustomerTable`) instead of one table each.
///
/// The sum is exact (`FixedPointSum`, whole millionths) and so order-free too. A valence
/// it cannot hold (more than six decimal places, or 1,000 or more in magnitude) is still
/// counted and may be the peak or the end, but `add` leaves its sum to the caller, which
/// keeps such sums per chunk as doubles and adds them up in file order.
///
/// 40 bytes: the end event's date and line are packed in one `UInt64` ordered like the
/// rule (`RatingKey`), and the count and the touchpoints reached share one word.
struct CustomerPeakEnd: Hashable, Sendable {
    private var storedCount: Int32 = 0
    /// Bit s set: the customer had an event at `JourneyStatistics` slot s (s < 32), with or
    /// without a valence.
    private(set) var reached: UInt32 = 0
    private(set) var peak = Double.nan
    private(set) var end = Double.nan
    /// The valences `add` could hold exactly.
    private(set) var sum = FixedPointSum<Millionths>()
    /// `RatingKey` of the end event's date and line; 0 before any event.
    private var endKey: UInt64 = 0

    /// Valences added. At most 2³¹ − 1 per customer.
    var count: Int { Int(storedCount) }

    /// Adds a valence (nothing when it is not finite). Returns false when the valence is
    /// finite but not in `sum`: the caller must add it to a sum of its own.
    @discardableResult
    mutating func add(valence raw: Double, date: CalendarDate?, line: Int, neutral: Double) -> Bool {
        guard raw.isFinite else { return true }
        // −0 as +0: the peak rule cannot tell them apart, so which one a shared table keeps
        // would depend on which thread came first.
        let valence = raw + 0
        storedCount += 1
        if peak.isNaN || Self.isMoreExtreme(valence, than: peak, neutral: neutral) { peak = valence }
        let key = RatingKey.pack(score: 0, date: date, line: line)
        if end.isNaN || key > endKey {
            end = valence
            endKey = key
        }
        guard let units = FixedPointSum<Millionths>.units(of: valence) else { return false }
        sum.add(units: units)
        return true
    }

    /// Marks slot `slot` (< 32) as reached.
    mutating func reach(slot: Int) {
        reached |= 1 << UInt32(slot)
    }

    mutating func merge(_ other: CustomerPeakEnd, neutral: Double) {
        let reachedByEither = reached | other.reached
        defer { reached = reachedByEither }
        guard other.count > 0 else { return }
        guard count > 0 else { self = other; return }
        storedCount += other.storedCount
        sum.merge(other.sum)
        if Self.isMoreExtreme(other.peak, than: peak, neutral: neutral) { peak = other.peak }
        if other.endKey > endKey {
            end = other.end
            endKey = other.endKey
        }
    }

    /// The state's last stored word: with `count`, a read that brings in both cache lines
    /// a state may straddle (`JourneyStatistics.add(batch:)`).
    var lastWord: UInt64 { endKey }

    /// Farther from neutral; at equal distance, the lower value (negative moments weigh more).
    static func isMoreExtreme(_ value: Double, than current: Double, neutral: Double) -> Bool {
        let distance = abs(value - neutral), currentDistance = abs(current - neutral)
        if distance != currentDistance { return distance > currentDistance }
        return value < current
    }
}
