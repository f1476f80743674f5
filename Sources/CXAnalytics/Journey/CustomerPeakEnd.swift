import CXData

/// The part of a customer's journey that does not depend on the order its events are
/// added in: how many valences, their sum, the touchpoints reached, the peak and the end
/// (the rules are on `CustomerJourneyState`). Adding and merging in any order gives the same
/// value, so the chunks of a parallel fold can update one shared table of these
/// (`SharedCustomerTable`) instead of one table each.
///
/// It holds the valences a `FixedPointSum` of millionths can hold (at most six decimal
/// places, under 1,000 in magnitude: all but rare ones): their exact sum, and their peak and
/// end as whole millionths, which fit in 32 bits. Any other valence is counted, but `add`
/// leaves its sum, and whether it is the peak or the end, to the caller, which keeps those
/// per chunk (`ValenceExtremes`, and the sum as a double added up in file order).
///
/// 32 bytes, so the 552k customers of the 1M-row sample take 17.7 MB, not the 22 MB of the
/// 40-byte layout with the peak and end as doubles: the journey's fold misses the cache on
/// almost every event, and the table is there at the analysis's memory peak. The end
/// event's date and line are packed in one `UInt64` ordered like the rule (`RatingKey`),
/// and the count and the touchpoints reached share one word.
struct CustomerPeakEnd: Hashable, Sendable {
    private var storedCount: Int32 = 0
    /// Bit s set: the customer had an event at `JourneyStatistics` slot s (s < 32), with or
    /// without a valence.
    private(set) var reached: UInt32 = 0
    /// The peak and the end of the held valences in millionths; `Self.none` before any.
    private var peakUnits = Self.none
    private var endUnits = Self.none
    /// The held valences.
    private(set) var sum = FixedPointSum<Millionths>()
    /// `RatingKey` of the held end event's date and line; 0 before any.
    private var endKey: UInt64 = 0

    /// No held valence yet: below the smallest unit count a held valence can have (−10⁹).
    private static let none = Int32.min

    /// Valences added, held or not. At most 2³¹ − 1 per customer.
    var count: Int { Int(storedCount) }

    /// The peak and the end of the held valences (empty when none is held).
    var held: ValenceExtremes {
        var extremes = ValenceExtremes()
        if peakUnits != Self.none { extremes.peak = Self.valence(peakUnits) }
        if endUnits != Self.none { (extremes.end, extremes.endKey) = (Self.valence(endUnits), endKey) }
        return extremes
    }

    /// Adds a valence (nothing when it is not finite). Returns false when the valence is
    /// finite but not held: it is counted, and the caller must keep its sum and its claim
    /// to be the peak or the end. `millionths` is the valence in millionths when the loader
    /// read it as a decimal (`TouchpointRow.emotionMillionths`): the same units
    /// `FixedPointSum.units(of:)` works out from the double, which is done only without them.
    @discardableResult
    mutating func add(valence raw: Double, millionths: Int64? = nil, date: CalendarDate?, line: Int, neutral: Double) -> Bool {
        guard raw.isFinite else { return true }
        storedCount += 1
        // −0 as +0: the peak rule cannot tell them apart, so which one a shared table keeps
        // would depend on which thread came first.
        let valence = raw + 0
        guard let units = millionths ?? FixedPointSum<Millionths>.units(of: valence) else { return false }
        sum.add(units: units)
        let heldUnits = Int32(truncatingIfNeeded: units)  // |units| < 10⁹
        // A select, not a branch (on a scale centred on 0, where `isMoreExtreme` compares
        // units): whether a valence is the new peak is as good as random.
        let isFirst = peakUnits == Self.none
        let isMoreExtreme = Self.isMoreExtreme(heldUnits, valence, than: peakUnits, neutral: neutral)
        peakUnits = isFirst || isMoreExtreme ? heldUnits : peakUnits
        let key = RatingKey.pack(score: 0, date: date, line: line)
        if endUnits == Self.none || key > endKey {
            endUnits = heldUnits
            endKey = key
        }
        return true
    }

    /// `ValenceExtremes.isMoreExtreme` for a held valence (`units` millionths, `valence`)
    /// against the held peak's units. On a scale centred on 0 (−1…1, −3…3) it compares the
    /// units, with no division to turn the peak's units back into a valence (the journey's
    /// fold does this for every event): there the distance |v − 0| is |v| exactly, and
    /// units → valence keeps order and sign, so |units| and units decide as |v| and v do.
    @inline(__always)
    private static func isMoreExtreme(_ units: Int32, _ valence: Double, than peak: Int32, neutral: Double) -> Bool {
        guard neutral == 0 else { return ValenceExtremes.isMoreExtreme(valence, than: Self.valence(peak), neutral: neutral) }
        let distance = units.magnitude, peakDistance = peak.magnitude
        return distance != peakDistance ? distance > peakDistance : units < peak
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
        if other.peakUnits != Self.none,
           peakUnits == Self.none || ValenceExtremes.isMoreExtreme(Self.valence(other.peakUnits), than: Self.valence(peakUnits), neutral: neutral) {
            peakUnits = other.peakUnits
        }
        if other.endUnits != Self.none, endUnits == Self.none || other.endKey > endKey {
            endUnits = other.endUnits
            endKey = other.endKey
        }
    }

    /// The state's last stored word: with `count`, a read that brings in the cache lines
    /// a state may straddle (`JourneyStatistics.add(batch:)`).
    var lastWord: UInt64 { endKey }

    /// The valence of `units` millionths: the double it was made from, as `units(of:)`
    /// holds only valences that come back from their units exactly.
    @inline(__always)
    private static func valence(_ units: Int32) -> Double {
        Double(units) / Millionths.scale
    }
}

/// The peak and the end of some valences, by the rules of `CustomerJourneyState`: for the
/// valences a `CustomerPeakEnd` does not hold, and for all of a customer's.
struct ValenceExtremes: Hashable, Sendable {
    /// NaN while empty.
    var peak = Double.nan
    /// NaN while empty.
    var end = Double.nan
    /// `RatingKey` of the end event's date and line; 0 while empty.
    var endKey: UInt64 = 0

    mutating func add(_ valence: Double, date: CalendarDate?, line: Int, neutral: Double) {
        merge(ValenceExtremes(peak: valence, end: valence, endKey: RatingKey.pack(score: 0, date: date, line: line)), neutral: neutral)
    }

    mutating func merge(_ other: ValenceExtremes, neutral: Double) {
        if !other.peak.isNaN, peak.isNaN || Self.isMoreExtreme(other.peak, than: peak, neutral: neutral) { peak = other.peak }
        if !other.end.isNaN, end.isNaN || other.endKey > endKey { (end, endKey) = (other.end, other.endKey) }
    }

    /// Farther from neutral; at equal distance, the lower value (negative moments weigh more).
    static func isMoreExtreme(_ value: Double, than current: Double, neutral: Double) -> Bool {
        let distance = abs(value - neutral), currentDistance = abs(current - neutral)
        if distance != currentDistance { return distance > currentDistance }
        return value < current
    }
}
