import CXData

/// Journey touchpoint events folded per stage (before / during / after the purchase),
/// per touchpoint within its stage, and per customer (peak, end, mean), in memory that
/// grows with customers and touchpoints, not events. Chunks fold separately and
/// `merge` exactly.
///
/// Per customer, the state (count, valence sum, touchpoints reached, peak, end:
/// `CustomerPeakEnd`, 32 bytes) lives in one table indexed by the dense customer code and
/// shared by every copy of a statistics value, so the chunks of a parallel fold update
/// one table under a lock (`SharedCustomerTable`) rather than one table each. All of it
/// comes out the same in any order of updates: the sum is exact (`FixedPointSum`). Only
/// valences with more than six decimal places (or of 1,000 or more) are kept per chunk:
/// their sums as doubles (`otherSums`, made at the first such valence), adding up in chunk
/// order at `merge`, and their peaks and ends (`otherExtremes`). A statistics value made
/// with `init` starts a table of its own; its copies share it.
///
/// Events without a stage or touchpoint count only for their customer; events without
/// a valence count for labels and reach only. Both are tallied in `unplaced`/`withoutValence`.
public struct JourneyStatistics: BatchFoldable, SharedPartial {
    /// A touchpoint within a stage (the same touchpoint name in two stages is two rows).
    public struct TouchpointKey: Hashable, Sendable, Comparable {
        public var stage: JourneyStage
        public var touchpoint: Int32

        public static func < (a: TouchpointKey, b: TouchpointKey) -> Bool {
            (a.stage.rawValue, a.touchpoint) < (b.stage.rawValue, b.touchpoint)
        }
    }

    /// The valence that is neither positive nor negative: the midpoint of the scale.
    public let neutral: Double
    /// Per touchpoint within its stage, at `touchpoint × 3 + stage` (touchpoint codes are
    /// the loader's dense codes): an event updates one slot, with no hashing, and the
    /// stages are the sums of their touchpoints (`CustomerJourney` merges them), not counted twice.
    /// Below `slotsReachedInState`, a slot's `customers` stay empty: `touchpoints` gathers them.
    private var slots: [TouchpointStatistics] = []
    /// Count, sum, reach, peak and end by customer code, shared by this value's copies.
    private var table = SharedCustomerTable(empty: CustomerPeakEnd())
    /// This chunk's sum of the valences the table could not sum exactly, by customer code
    /// (0 for codes without one here); empty while there are none.
    private var otherSums: [Double] = []
    /// This chunk's peak and end of the valences the table could not hold, by customer code.
    private var otherExtremes: [Int32: ValenceExtremes] = [:]
    public private(set) var events = 0
    /// Events without a stage or a touchpoint.
    public private(set) var unplaced = 0
    public private(set) var withoutValence = 0
    /// The largest |valence| of any event (0 before one): a bound on every customer's
    /// peak, end and mean, which the peak-end fit's exact sums need (`ExactCoMoments`).
    public private(set) var largestValence = 0.0

    /// Customer codes known before the fold (the responses' customers): the tables are
    /// made that size at the first event, so they do not grow, and copy, while chunks fold.
    public let expectedCustomers: Int

    /// - Parameters:
    ///   - scale: the declared valence scale (`emotion: { scale: [-3, 3] }`); its
    ///     midpoint is neutral.
    ///   - expectedCustomers: customer codes already known, to size the tables once.
    public init(scale: ClosedRange<Double> = -1...1, expectedCustomers: Int = 0) {
        self.init(neutral: (scale.lowerBound + scale.upperBound) / 2, expectedCustomers: expectedCustomers)
    }

    private init(neutral: Double, expectedCustomers: Int) {
        self.neutral = neutral
        self.expectedCustomers = max(0, expectedCustomers)
    }

    /// Empty statistics on the same scale with a table of their own: for reading a file
    /// again from the start after the parallel chunks that shared the table were given up.
    public func startingOver() -> JourneyStatistics {
        JourneyStatistics(neutral: neutral, expectedCustomers: expectedCustomers)
    }

    public mutating func add(_ row: TouchpointRow) {
        add(batch: [row])
    }

    /// Slots whose customers reached are bits of the customers' states
    /// (`CustomerPeakEnd.reached`); slots beyond keep a `CodeSet` of their own. With
    /// three stages, the first 10 touchpoint codes (and the 11th's first two stages).
    static let slotsReachedInState = 32

    /// Adds `rows`: first what is this chunk's own (touchpoint slots, counts), then, with the
    /// shared table's lock taken once, the customers' states. Those are read in a loop of
    /// their own before they are updated, so their cache misses overlap (`BatchedFold`).
    public mutating func add(batch rows: UnsafeBufferPointer<TouchpointRow>) {
        guard !rows.isEmpty else { return }
        var highest: Int32 = -1
        for row in rows {
            events += 1
            if row.emotion.isFinite { largestValence = max(largestValence, abs(row.emotion)) } else { withoutValence += 1 }
            if let stage = row.stage, row.touchpoint >= 0 {
                let slot = Self.slot(stage: stage, touchpoint: row.touchpoint)
                slots.pad(toCount: slot + 1, with: TouchpointStatistics())
                let inState = slot < Self.slotsReachedInState
                slots[slot].add(valence: row.emotion, label: row.emotionLabel, customer: inState ? -1 : row.customer, neutral: neutral)
            } else {
                unplaced += 1
            }
            highest = max(highest, row.customer)
        }
        guard highest >= 0 else { return }
        let neutral = neutral
        touchedSink = table.update(expected: expectedCustomers, including: Int(highest)) { table in
            table.withUnsafeMutableBufferPointer { states in
                var touched = 0
                for row in rows where row.customer >= 0 {
                    touched ^= states[Int(row.customer)].count ^ Int(truncatingIfNeeded: states[Int(row.customer)].lastWord)
                }
                for row in rows where row.customer >= 0 {
                    let index = Int(row.customer)
                    if let stage = row.stage, row.touchpoint >= 0 {
                        let slot = Self.slot(stage: stage, touchpoint: row.touchpoint)
                        if slot < Self.slotsReachedInState { states[index].reach(slot: slot) }
                    }
                    if !states[index].add(valence: row.emotion, millionths: row.emotionMillionths, date: row.date, line: row.line,
                                             neutral: neutral) {
                        // A valence the table could not hold: this chunk's own (rare, so under the lock).
                        otherSums.extend(toInclude: index, with: 0)
                        otherSums[index] += row.emotion
                        otherExtremes[row.customer, default: ValenceExtremes()].add(row.emotion + 0, date: row.date, line: row.line,
                                                                                    neutral: neutral)
                    }
                }
                return touched
            }
        }
    }

    /// `add(batch:)` on an array of rows (`BatchedFold`).
    public mutating func add(batch rows: [TouchpointRow]) {
        rows.withUnsafeBufferPointer { add(batch: $0) }
    }

    /// What the touching loop read, kept so the compiler cannot leave the reads out.
    private var touchedSink = 0

    /// Adds the statistics of other rows (a disjoint set: merging a value with itself or a
    /// copy counts nothing twice in the shared table but doubles `otherSums`). Chunks of one
    /// parallel fold share the customer table, so only their `otherSums` are added (in the
    /// order chunks are merged, file order); statistics with a table of their own have it
    /// merged into this one, which first gets a table of its own if copies share it.
    public mutating func merge(_ other: JourneyStatistics) {
        events += other.events
        unplaced += other.unplaced
        withoutValence += other.withoutValence
        largestValence = max(largestValence, other.largestValence)
        slots.pad(toCount: other.slots.count, with: TouchpointStatistics())
        for (slot, group) in other.slots.enumerated() where group.events > 0 { slots[slot].merge(group) }
        otherSums.add(other.otherSums)
        let neutral = neutral
        for (customer, extremes) in other.otherExtremes {
            otherExtremes[customer, default: ValenceExtremes()].merge(extremes, neutral: neutral)
        }
        SharedCustomerTable.merge(other.table, into: &table, expected: expectedCustomers) { $0.merge($1, neutral: neutral) }
    }

    /// Customers with at least one valence (one pass over the table).
    public var customerCount: Int {
        table.entries.reduce(0) { $0 + ($1.count > 0 ? 1 : 0) }
    }

    /// Each touchpoint within its stage that has at least one event, with the customers
    /// who reached it gathered from their states' bits (one pass over the customers).
    ///
    /// The sets are built a word (64 codes) at a time, in one array for all the slots: an
    /// insert into a slot's own set checked the set's length and the uniqueness of the slot
    /// array and of the set's words for every bit (about 15 ms for the 552k customers of
    /// the 1M-row sample, on one core: `perf`).
    public var touchpoints: [TouchpointKey: TouchpointStatistics] {
        var reached = slots
        let states = table.entries
        let inState = Swift.min(reached.count, Self.slotsReachedInState), wordCount = (states.count + 63) / 64
        var words = [UInt64](repeating: 0, count: inState * wordCount)  // slot s's set: words[s * wordCount ..< (s + 1) * wordCount]
        words.withUnsafeMutableBufferPointer { words in
            states.withUnsafeBufferPointer { states in
                for code in states.indices where states[code].reached != 0 {
                    var bits = states[code].reached
                    let word = code >> 6, bit = UInt64(1) << UInt64(code & 63)
                    while bits != 0 {
                        let slot = bits.trailingZeroBitCount
                        bits &= bits - 1
                        if slot < inState { words[slot * wordCount + word] |= bit }
                    }
                }
            }
        }
        for slot in 0..<inState where reached[slot].events > 0 {
            reached[slot].customers.formUnion(CodeSet(words: words[(slot * wordCount)..<((slot + 1) * wordCount)]))
        }
        var result: [TouchpointKey: TouchpointStatistics] = [:]
        for (slot, group) in reached.enumerated() where group.events > 0 {
            result[TouchpointKey(stage: JourneyStage.allCases[slot % Self.stageCount], touchpoint: Int32(slot / Self.stageCount))] = group
        }
        return result
    }

    private static let stageCount = JourneyStage.allCases.count

    private static func slot(stage: JourneyStage, touchpoint: Int32) -> Int {
        Int(touchpoint) * stageCount + stage.rawValue
    }

    /// Calls `body` with a function that gives the journey of a customer code (nil when it
    /// has no valence), from the table as it is at the call: one lock for a pass over many
    /// customers, not one per customer, released before the pass so other readers (the
    /// touchpoints, read beside the peak-end fit) do not wait for it.
    public func withStates<Result>(_ body: ((Int32) -> CustomerJourneyState?) -> Result) -> Result {
        withCustomers({ CustomerJourneyState($0, otherSum: $1, all: $2) }, body)
    }

    /// What the peak-end fit reads of a customer's journey: its peak, end and mean.
    struct Summary {
        var peak: Double
        var end: Double
        var mean: Double
    }

    /// `withStates` for the peak-end fit: the summary of a customer code (nil when it has no
    /// valence), made straight from the table entry. Building the whole state for each of
    /// the 552k customers of the 1M-row sample took half as many instructions again as the
    /// fit's own work (valgrind). The mean as `CustomerJourneyState.mean` works it out.
    func withSummaries<Result>(_ body: ((Int32) -> Summary?) -> Result) -> Result {
        withCustomers({ entry, otherSum, all in
            Summary(peak: all.peak, end: all.end, mean: (entry.sum.value + otherSum) / Double(entry.count))
        }, body)
    }

    /// Calls `body` with a function that gives `make` of a customer code (nil when it has no
    /// valence): its table entry, the sum of its valences the table could not hold, and the
    /// peak and end of all its valences.
    @inline(__always)
    private func withCustomers<Value, Result>(_ make: @escaping (CustomerPeakEnd, Double, ValenceExtremes) -> Value,
                                              _ body: ((Int32) -> Value?) -> Result) -> Result {
        let states = table.entries, neutral = neutral, sums = otherSums, extremes = otherExtremes
        return body { customer in
            guard customer >= 0, Int(customer) < states.count, states[Int(customer)].count > 0 else { return nil }
            let entry = states[Int(customer)]
            var all = entry.held
            if !extremes.isEmpty, let others = extremes[customer] { all.merge(others, neutral: neutral) }
            return make(entry, Int(customer) < sums.count ? sums[Int(customer)] : 0, all)
        }
    }

    /// The journey of `customer`; nil when it has no valence.
    public func state(of customer: Int32) -> CustomerJourneyState? {
        withStates { $0(customer) }
    }
}
