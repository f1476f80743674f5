import CXData

/// Transactions folded per surveyed customer for the CRM link: revenue and number of
/// purchases inside the `PurchaseWindow` of each customer's latest response, and how
/// many of those purchases came after the response (dated later than it).
///
/// Built on the `CustomerRatings` of the responses (same customer codes, one shared
/// interner), so each transaction is placed as it streams by and nothing per
/// transaction is kept. Per-customer sums add, so chunks `merge` exactly.
///
/// Per customer code, a flat array, not a dictionary: the purchase counts and the revenue
/// (16 bytes: `PurchaseTotals`) in one table shared by the chunks of a parallel fold and
/// updated under a lock once per batch (`SharedCustomerTable`). Counts add up the same in
/// any order, and so does the revenue: it is summed exactly, in thousandths
/// (`FixedPointSum`). Only amounts with more than three decimal places, or of a million
/// or more, are summed as doubles, per chunk (`otherRevenue`, made at the first such
/// amount), adding up in file order at `merge`. Only rated customers are placed, so the
/// table is sized once to the ratings' codes and never grows while chunks fold.
///
/// A transaction counts when it has a customer and a valid amount; transactions of
/// customers without a rated response are "unmatched", those outside the window
/// "outside window" — both are counted, never silently dropped.
public struct CRMImpactStatistics: BatchFoldable, SharedPartial {
    /// What one customer bought in the window.
    public struct Purchases: Hashable, Sendable {
        public var revenue: Double = 0
        private var counts = PurchaseTotals()
        /// `revenue` as its exact part (the shared table's) and the rest, for totals over
        /// customers that stay exact (`CRMImpact`).
        private(set) var revenueTotal = ExactTotal<Thousandths>()

        public init() {}

        init(_ totals: PurchaseTotals, otherRevenue: Double) {
            revenueTotal = ExactTotal(exact: totals.revenue, other: otherRevenue)
            revenue = revenueTotal.value
            counts = totals
        }

        /// Purchases in the window.
        public var orders: Int { Int(counts.orders) }
        /// Purchases in the window dated after the customer's latest response.
        public var ordersAfter: Int { Int(counts.ordersAfter) }
    }

    /// 16 bytes: 32-bit counts, saturating at 2³¹ − 1 purchases per customer, and the
    /// revenue the table can sum exactly (amounts of under a million, with at most three
    /// decimal places).
    struct PurchaseTotals: Hashable, Sendable {
        var orders: Int32 = 0
        var ordersAfter: Int32 = 0
        var revenue = FixedPointSum<Thousandths>()

        mutating func add(afterResponse: Bool, revenueUnits: Int64) {
            if orders < .max { orders += 1 }
            if afterResponse, ordersAfter < .max { ordersAfter += 1 }
            revenue.add(units: revenueUnits)
        }

        mutating func merge(_ other: PurchaseTotals) {
            orders = Int32(clamping: Int(orders) + Int(other.orders))
            ordersAfter = Int32(clamping: Int(ordersAfter) + Int(other.ordersAfter))
            revenue.merge(other.revenue)
        }
    }

    public let ratings: CustomerRatings
    public let window: PurchaseWindow
    /// Orders and revenue in the window by customer code, shared by this value's copies.
    private var totals = SharedCustomerTable(empty: PurchaseTotals())
    /// This chunk's revenue in the window from amounts the table could not sum exactly, by
    /// customer code (0 for customers without); empty while there are none.
    private var otherRevenue: [Double] = []
    public private(set) var unmatchedTransactions = 0
    /// Revenue of the unmatched transactions: exact in thousandths, but for amounts with
    /// more places (or of a million or more) and beyond 9.2 · 10¹⁵ in all.
    public var unmatchedRevenue: Double { unmatched.value }
    private var unmatched = ExactTotal<Thousandths>()
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

    /// Empty statistics on the same ratings and window with a table of their own
    /// (`SharedPartial`).
    public func startingOver() -> CRMImpactStatistics {
        CRMImpactStatistics(ratings: ratings, window: window)
    }

    public mutating func add(_ row: TransactionRow) {
        add(batch: [row])
    }

    /// A transaction placed in the window: its customer, whether it came after the
    /// response, and its amount in thousandths (0 when the table cannot hold it).
    private struct Placed {
        var customer: Int32
        var afterResponse: Bool
        var revenueUnits: Int64
    }

    /// Adds `rows`: first what is this chunk's own (tallies, and the amounts the table cannot
    /// sum exactly), reading each row's rating in a loop of its own so the cache misses
    /// overlap (`BatchedFold`); then, with the shared table's lock taken once, the purchases,
    /// after the same kind of loop over the table.
    public mutating func add(batch rows: UnsafeBufferPointer<TransactionRow>) {
        guard !rows.isEmpty else { return }
        var touched: UInt64 = 0
        for row in rows where row.customer >= 0 { touched ^= ratings.packedRating(row.customer) }
        touchedSink = touched
        var placed: [Placed] = []
        placed.reserveCapacity(rows.count)
        var highest = -1
        for row in rows {
            guard row.customer >= 0, row.amount.isFinite else { unusable += 1; continue }
            let key = ratings.packedRating(row.customer)
            guard key != 0 else {
                unmatchedTransactions += 1
                unmatched.add(row.amount)
                continue
            }
            // The response's date is unpacked only when the window has a limit.
            if !window.isUnbounded, !window.contains(row.date, response: RatingKey.unpack(key).date) {
                outsideWindow += 1
                continue
            }
            // After the response: both dated and the transaction's day later. The packed key's
            // bits from 40 up are (dated flag, year, month, day), so the days compare as keys.
            var afterResponse = false
            if let date = row.date {
                datedTransactions += 1
                afterResponse = key >> 63 == 1 && RatingKey.pack(score: 0, date: date, line: 0) >> 40 > key >> 40
            }
            // The loader's thousandths when it read the amount as a decimal (the same units,
            // without the division that checks them); worked out from the double otherwise.
            let units = row.amountThousandths ?? FixedPointSum<Thousandths>.units(of: row.amount)
            if units == nil {
                otherRevenue.extend(toInclude: Int(row.customer), with: 0)
                otherRevenue[Int(row.customer)] += row.amount
            }
            placed.append(Placed(customer: row.customer, afterResponse: afterResponse, revenueUnits: units ?? 0))
            highest = max(highest, Int(row.customer))
        }
        guard highest >= 0 else { return }
        touchedSink ^= totals.update(expected: ratings.codeCount, including: highest) { totals in
            totals.withUnsafeMutableBufferPointer { totals in
                var touched: UInt64 = 0
                for entry in placed { touched ^= UInt64(bitPattern: totals[Int(entry.customer)].revenue.units) }
                for entry in placed {
                    totals[Int(entry.customer)].add(afterResponse: entry.afterResponse, revenueUnits: entry.revenueUnits)
                }
                return touched
            }
        }
    }

    /// `add(batch:)` on an array of rows (`BatchedFold`).
    public mutating func add(batch rows: [TransactionRow]) {
        rows.withUnsafeBufferPointer { add(batch: $0) }
    }

    /// What the touching loops read, kept so the compiler cannot leave the reads out.
    private var touchedSink: UInt64 = 0

    /// The revenue of `customer` in the window (0 when nothing).
    public func revenue(of customer: Int32) -> Double {
        purchases(of: customer).revenue
    }

    /// `revenue(of:)` for many customers after the fold: reads the table as it is now, with
    /// one lock in all rather than one per customer (the follow-up list looks up 133k on
    /// the 1M-row sample).
    public var revenueByCustomer: @Sendable (Int32) -> Double {
        let purchases = purchasesByCustomer
        return { purchases($0).revenue }
    }

    /// Calls `body` with a function that gives what a customer code bought in the window,
    /// from the table as it is at the call: one lock for a pass over many customers, and
    /// released before the pass, so other readers (the follow-up list beside the results)
    /// do not wait for it.
    public func withPurchases<Result>(_ body: ((Int32) -> Purchases) -> Result) -> Result {
        body(purchasesByCustomer)
    }

    /// What a customer code bought in the window (zero when nothing), from a snapshot of
    /// the table taken under its lock once, and this chunk's own sums.
    private var purchasesByCustomer: @Sendable (Int32) -> Purchases {
        let totals = totals.entries, otherRevenue = otherRevenue
        return { customer in
            guard customer >= 0 else { return Purchases() }
            let index = Int(customer)
            return Purchases(index < totals.count ? totals[index] : PurchaseTotals(),
                             otherRevenue: index < otherRevenue.count ? otherRevenue[index] : 0)
        }
    }

    /// What `customer` bought in the window (zero when nothing).
    public func purchases(of customer: Int32) -> Purchases {
        withPurchases { $0(customer) }
    }

    /// Customer code → purchases in the window (only customers with at least one), built
    /// on demand for inspection.
    public var purchases: [Int32: Purchases] {
        let codes = totals.read { totals in totals.indices.filter { totals[$0].orders > 0 } }
        return withPurchases { purchases in
            Dictionary(uniqueKeysWithValues: codes.map { (Int32($0), purchases(Int32($0))) })
        }
    }

    /// Adds another chunk folded from the same ratings and window (other rows: a disjoint
    /// set). Chunks of one parallel fold share the table, so only their `otherRevenue` is
    /// added (in the order chunks are merged, file order); statistics with a table of their
    /// own have it merged, into a table of this value's own if copies share it.
    public mutating func merge(_ other: CRMImpactStatistics) {
        otherRevenue.add(other.otherRevenue)
        SharedCustomerTable.merge(other.totals, into: &totals, expected: ratings.codeCount) { $0.merge($1) }
        datedTransactions += other.datedTransactions
        unmatchedTransactions += other.unmatchedTransactions
        unmatched.merge(other.unmatched)
        outsideWindow += other.outsideWindow
        unusable += other.unusable
    }
}
