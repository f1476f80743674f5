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
/// gives the same state as one pass. `JourneyStatistics` keeps the order-free part
/// (`CustomerPeakEnd`, with the exact sum, peak and end of the valences it can hold) in one
/// table shared by its chunks, and the sum, peak and end of any others per chunk, and
/// hands out this type when asked for a customer.
public struct CustomerJourneyState: Hashable, Sendable {
    /// Count, reach and the exact sum.
    var extremes = CustomerPeakEnd()
    /// The sum of the valences `extremes` could not hold exactly (more than six decimal
    /// places, or 1,000 or more in magnitude).
    private var otherSum = 0.0
    /// The peak and the end of all the valences.
    private var all = ValenceExtremes()

    public init() {}

    /// The state of `extremes` with the sum of the valences it did not hold, and the peak
    /// and end of all the valences.
    init(_ extremes: CustomerPeakEnd, otherSum: Double, all: ValenceExtremes) {
        self.extremes = extremes
        self.otherSum = otherSum
        self.all = all
    }

    /// The sum of the valences: exact for valences of up to six decimal places
    /// (`FixedPointSum`), so the same whatever the order they were added in.
    public var sum: Double { extremes.sum.value + otherSum }

    /// Valences added (events without one are not counted). At most 2³¹ − 1 per customer.
    public var count: Int { extremes.count }
    /// Bit s set: the customer had an event at `JourneyStatistics` slot s (s < 32).
    public var reached: UInt32 { extremes.reached }
    public var peak: Double { all.peak }
    public var end: Double { all.end }

    public mutating func add(valence: Double, date: CalendarDate?, line: Int, neutral: Double) {
        guard valence.isFinite else { return }
        if !extremes.add(valence: valence, date: date, line: line, neutral: neutral) { otherSum += valence }
        all.add(valence + 0, date: date, line: line, neutral: neutral)  // −0 as +0, as `CustomerPeakEnd` takes it
    }

    public mutating func merge(_ other: CustomerJourneyState, neutral: Double) {
        otherSum += other.otherSum
        extremes.merge(other.extremes, neutral: neutral)
        all.merge(other.all, neutral: neutral)
    }

    /// The plain average of all the customer's valences.
    public var mean: Double { count > 0 ? sum / Double(count) : .nan }
    /// (peak + end)/2, Kahneman's peak-end summary of the experience.
    public var peakEnd: Double { (peak + end) / 2 }
}
