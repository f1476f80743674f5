import CXData

/// Journey touchpoint events folded per stage (before / during / after the purchase),
/// per touchpoint within its stage, and per customer (peak, end, mean), in memory that
/// grows with customers and touchpoints, not events. Chunks fold separately and
/// `merge` exactly.
///
/// Per-customer states are a flat array indexed by the dense customer code (40 bytes a
/// code), not a dictionary of structs with its buckets and load factor.
///
/// Events without a stage or touchpoint count only for their customer; events without
/// a valence count for labels and reach only. Both are tallied in `unplaced`/`withoutValence`.
public struct JourneyStatistics: BatchFoldable {
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
    /// Journey state by customer code; `count == 0` for codes without a valence.
    public private(set) var customerStates: [CustomerJourneyState] = []
    /// Customers with at least one valence.
    public private(set) var customerCount = 0
    public private(set) var events = 0
    /// Events without a stage or a touchpoint.
    public private(set) var unplaced = 0
    public private(set) var withoutValence = 0

    /// Customer codes known before the fold (the responses' customers): the table is
    /// made that size at the first event, so parallel chunks do not grow, and copy, their
    /// tables while they fold (on the 1M-row sample, two chunks growing at once held 92 MB
    /// at the peak instead of 44).
    public let expectedCustomers: Int

    /// - Parameters:
    ///   - scale: the declared valence scale (`emotion: { scale: [-3, 3] }`); its
    ///     midpoint is neutral.
    ///   - expectedCustomers: customer codes already known, to size the table once.
    public init(scale: ClosedRange<Double> = -1...1, expectedCustomers: Int = 0) {
        neutral = (scale.lowerBound + scale.upperBound) / 2
        self.expectedCustomers = max(0, expectedCustomers)
    }

    public mutating func add(_ row: TouchpointRow) {
        events += 1
        if !row.emotion.isFinite { withoutValence += 1 }
        var reachedSlot = -1
        if let stage = row.stage, row.touchpoint >= 0 {
            let slot = Self.slot(stage: stage, touchpoint: row.touchpoint)
            slots.pad(toCount: slot + 1, with: TouchpointStatistics())
            let inState = slot < Self.slotsReachedInState
            if inState { reachedSlot = slot }
            slots[slot].add(valence: row.emotion, label: row.emotionLabel, customer: inState ? -1 : row.customer, neutral: neutral)
        } else {
            unplaced += 1
        }
        guard row.customer >= 0, row.emotion.isFinite || reachedSlot >= 0 else { return }
        let index = Int(row.customer)
        makeRoom(forCustomer: index)
        if reachedSlot >= 0 { customerStates[index].reach(slot: reachedSlot) }
        if row.emotion.isFinite {
            if customerStates[index].count == 0 { customerCount += 1 }
            customerStates[index].add(valence: row.emotion, date: row.date, line: row.line, neutral: neutral)
        }
    }

    /// Slots whose customers reached are bits of the customers' states
    /// (`CustomerJourneyState.reached`); slots beyond keep a `CodeSet` of their own. With
    /// three stages, the first 10 touchpoint codes (and the 11th's first two stages).
    static let slotsReachedInState = 32

    /// Adds `rows` as `add(_:)` does, after reading each row's customer state and reach
    /// word in a loop of their own, so their cache misses overlap (`BatchedFold`).
    public mutating func add(batch rows: [TouchpointRow]) {
        guard let highest = rows.lazy.map(\.customer).max(), highest >= 0 else {
            for row in rows { add(row) }
            return
        }
        makeRoom(forCustomer: Int(highest))
        var touched = 0
        customerStates.withUnsafeBufferPointer { states in
            for row in rows where row.customer >= 0 {
                touched ^= states[Int(row.customer)].count ^ Int(truncatingIfNeeded: states[Int(row.customer)].lastWord)
            }
        }
        var words: UInt64 = 0
        for row in rows where row.customer >= 0 && row.touchpoint >= 0 {
            guard let stage = row.stage else { continue }
            let slot = Self.slot(stage: stage, touchpoint: row.touchpoint)
            if slot >= Self.slotsReachedInState, slot < slots.count { words ^= slots[slot].customers.word(holding: row.customer) }
        }
        touchedSink = touched ^ Int(truncatingIfNeeded: words)
        for row in rows { add(row) }
    }

    /// What the touching loops read, kept so the compiler cannot leave the reads out.
    private var touchedSink = 0

    /// Makes `index` a valid customer state: the table is made the size of the customers
    /// known before the fold at the first event, then grows only for codes beyond them.
    private mutating func makeRoom(forCustomer index: Int) {
        if customerStates.isEmpty { customerStates.extend(toCount: expectedCustomers, with: CustomerJourneyState()) }
        customerStates.extend(toInclude: index, with: CustomerJourneyState())
    }

    public mutating func merge(_ other: JourneyStatistics) {
        events += other.events
        unplaced += other.unplaced
        withoutValence += other.withoutValence
        slots.pad(toCount: other.slots.count, with: TouchpointStatistics())
        for (slot, group) in other.slots.enumerated() where group.events > 0 { slots[slot].merge(group) }
        customerStates.extend(toCount: other.customerStates.count, with: CustomerJourneyState())
        var total = 0
        for index in customerStates.indices {
            if index < other.customerStates.count, other.customerStates[index].count > 0 || other.customerStates[index].reached != 0 {
                customerStates[index].merge(other.customerStates[index], neutral: neutral)
            }
            if customerStates[index].count > 0 { total += 1 }
        }
        customerCount = total
    }

    /// Each touchpoint within its stage that has at least one event, with the customers
    /// who reached it gathered from their states' bits (one pass over the customers).
    public var touchpoints: [TouchpointKey: TouchpointStatistics] {
        var reached = slots
        customerStates.withUnsafeBufferPointer { states in
            for code in states.indices where states[code].reached != 0 {
                var bits = states[code].reached
                while bits != 0 {
                    let slot = bits.trailingZeroBitCount
                    bits &= bits - 1
                    if slot < reached.count { reached[slot].customers.insert(Int32(code)) }
                }
            }
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

    /// The journey of `customer`; nil when it has no valence.
    public func state(of customer: Int32) -> CustomerJourneyState? {
        guard customer >= 0, Int(customer) < customerStates.count, customerStates[Int(customer)].count > 0 else { return nil }
        return customerStates[Int(customer)]
    }
}
