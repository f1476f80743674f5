import CXData

/// Transactions folded per surveyed customer for the CRM link: revenue and number of
/// purchases inside the `PurchaseWindow` of each customer's latest response, and how
/// many of those purchases came after the response (dated later than it).
///
/// Built on the `CustomerRatings` of the responses (same customer codes, one shared
/// interner), so each transaction is placed as it streams by and nothing per
/// transaction is kept. Per-customer sums add, so chunks `merge` exactly (up to the
/// order of floating-point additions).
///
/// Per customer code, flat arrays, not a dictionary: the purchase counts (8 bytes) in one
/// table shared by the chunks of a parallel fold and updated under a lock once per batch
/// (`SharedCustomerTable`: counts add up the same in any order), and the revenue (8 bytes)
/// per chunk, since its floating-point sum depends on the order of additions; chunks add
/// their revenue in file order at `merge`. Only rated customers are placed, so the arrays
/// are sized once to the ratings' codes and never grow while chunks fold.
///
/// A transaction counts when it has a customer and a valid amount; transactions of
/// customers without a rated response are "unmatched", those outside the window
/// "outside window" — both are counted, never silently dropped.
public struct CRMImpactStatistics: BatchFoldable, SharedPartial {
    /// What one customer bought in the window.
    public struct Purchases: Hashable, Sendable {
        public var revenue: Double = 0
        private var counts = PurchaseCounts()

        public init() {}

        init(revenue: Double, counts: PurchaseCounts) {
            self.revenue = revenue
            self.counts = counts
        }

        /// Purchases in the window.
        public var orders: Int { Int(counts.orders) }
        /// Purchases in the window dated after the customer's latest response.
        public var ordersAfter: Int { Int(counts.ordersAfter) }
    }

    /// 8 bytes: 32-bit counts, saturating at 2³¹ − 1 purchases per customer.
    struct PurchaseCounts: Hashable, Sendable {
        var orders: Int32 = 0
        var ordersAfter: Int32 = 0

        mutating func add(afterResponse: Bool) {
            if orders < .max { orders += 1 }
            if afterResponse, ordersAfter < .max { ordersAfter += 1 }
        }

        mutating func merge(_ other: PurchaseCounts) {
            orders = Int32(clamping: Int(orders) + Int(other.orders))
            ordersAfter = Int32(clamping: Int(ordersAfter) + Int(other.ordersAfter))
        }
    }

    public let ratings: CustomerRatings
    public let window: PurchaseWindow
    /// Orders in the window by customer code, shared by this value's copies.
    private var counts = SharedCustomerTable(empty: PurchaseCounts())
    /// This chunk's revenue in the window by customer code (0 for customers without).
    private var revenue: [Double] = []
    public private(set) var unmatchedTransactions = 0
    public private(set) var unmatchedRevenue = 0.0
    public private(set) var outsideWindow = 0
    /// Transactions without a customer or a valid amount.
    public private(set) var unusable = 0
    /// Placed transactions (in a window, of a rated customer) with a date: without any,
    /// no purchase can be called after its response, and `CRMImpact` gives no repeat rate.
    public private(set) var datedTransactions = 0

    public init(ratings: CustomerRatings, window: PurchaseWindow = .all) {
        self.ratings = ratings
        self.window = window
    }

    /// Empty statistics on the same ratings and window with a counts table of their own
    /// (`SharedPartial`).
    public func startingOver() -> CRMImpactStatistics {
        CRMImpactStatistics(ratings: ratings, window: window)
    }

    public mutating func add(_ row: TransactionRow) {
        add(batch: [row])
    }

    /// Adds `rows`: first what is this chunk's own (revenue, tallies), after reading each
    /// row's rating and revenue in a loop of their own so their cache misses overlap
    /// (`BatchedFold`); then, with the shared table's lock taken once, the purchase counts.
    public mutating func add(batch rows: [TransactionRow]) {
        guard !rows.isEmpty else { return }
        if revenue.isEmpty { revenue.extend(toCount: ratings.codeCount, with: 0) }
        var touched: UInt64 = 0
        revenue.withUnsafeBufferPointer { revenue in
            for row in rows where row.customer >= 0 {
                touched ^= ratings.packedRating(row.customer)
                if Int(row.customer) < revenue.count { touched ^= revenue[Int(row.customer)].bitPattern }
            }
        }
        touchedSink = touched
        // Placed rows as code << 1 | bought after the response.
        var placed: [UInt32] = []
        placed.reserveCapacity(rows.count)
        var highest = -1
        for row in rows {
            guard row.customer >= 0, row.amount.isFinite else { unusable += 1; continue }
            let key = ratings.packedRating(row.customer)
            guard key != 0 else {
                unmatchedTransactions += 1
                unmatchedRevenue += row.amount
                continue
            }
            // The response's date is unpacked only when the window has a limit.
            if !window.isUnbounded, !window.contains(row.date, response: RatingKey.unpack(key).date) {
                outsideWindow += 1
                continue
            }
            let index = Int(row.customer)
            revenue.extend(toInclude: index, with: 0)
            revenue[index] += row.amount
            // After the response: both dated and the transaction's day later. The packed key's
            // bits from 40 up are (dated flag, year, month, day), so the days compare as keys.
            var afterResponse = false
            if let date = row.date {
                datedTransactions += 1
                afterResponse = key >> 63 == 1 && RatingKey.pack(score: 0, date: date, line: 0) >> 40 > key >> 40
            }
            placed.append(UInt32(index) << 1 | (afterResponse ? 1 : 0))
            highest = max(highest, index)
        }
        guard highest >= 0 else { return }
        counts.update(expected: ratings.codeCount, including: highest) { counts in
            counts.withUnsafeMutableBufferPointer { counts in
                for entry in placed { counts[Int(entry >> 1)].add(afterResponse: entry & 1 == 1) }
            }
        }
    }

    /// What the touching loop read, kept so the compiler cannot leave the reads out.
    private var touchedSink: UInt64 = 0

    /// The revenue of `customer` in the window (0 when nothing), without the table's lock.
    public func revenue(of customer: Int32) -> Double {
        customer >= 0 && Int(customer) < revenue.count ? revenue[Int(customer)] : 0
    }

    /// Calls `body` with a function that gives what a customer code bought in the window,
    /// the counts table's lock held throughout: one lock for a pass over many customers.
    public func withPurchases<Result>(_ body: ((Int32) -> Purchases) -> Result) -> Result {
        counts.read { counts in
            body { customer in
                guard customer >= 0 else { return Purchases() }
                let index = Int(customer)
                return Purchases(revenue: index < revenue.count ? revenue[index] : 0,
                                 counts: index < counts.count ? counts[index] : PurchaseCounts())
            }
        }
    }

    /// What `customer` bought in the window (zero when nothing).
    public func purchases(of customer: Int32) -> Purchases {
        withPurchases { $0(customer) }
    }

    /// Customer code → purchases in the window (only customers with at least one), built
    /// on demand for inspection.
    public var purchases: [Int32: Purchases] {
        let codes = counts.read { counts in counts.indices.filter { counts[$0].orders > 0 } }
        return withPurchases { purchases in
            Dictionary(uniqueKeysWithValues: codes.map { (Int32($0), purchases(Int32($0))) })
        }
    }

    /// Adds another chunk folded from the same ratings and window (other rows: a disjoint
    /// set). Chunks of one parallel fold share the counts, so only their revenue is added
    /// (in the order chunks are merged, file order); statistics with a table of their own
    /// have it merged, into a table of this value's own if copies share it.
    public mutating func merge(_ other: CRMImpactStatistics) {
        revenue.add(other.revenue)
        SharedCustomerTable.merge(other.counts, into: &counts, expected: ratings.codeCount) { $0.merge($1) }
        datedTransactions += other.datedTransactions
        unmatchedTransactions += other.unmatchedTransactions
        unmatchedRevenue += other.unmatchedRevenue
        outsideWindow += other.outsideWindow
        unusable += other.unusable
    }
}
