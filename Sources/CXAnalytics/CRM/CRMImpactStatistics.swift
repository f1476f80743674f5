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
/// Per-customer sums live in one flat array indexed by the dense customer code, not in a
/// dictionary. Only rated customers are placed, so the array is sized once to the
/// ratings' codes at the first placed transaction and never grows while chunks fold.
///
/// A transaction counts when it has a customer and a valid amount; transactions of
/// customers without a rated response are "unmatched", those outside the window
/// "outside window" — both are counted, never silently dropped.
public struct CRMImpactStatistics: BatchFoldable {
    /// 16 bytes: the counts are 32-bit (saturating at 2³¹ − 1 purchases per customer).
    public struct Purchases: Hashable, Sendable {
        public var revenue: Double = 0
        private var storedOrders: Int32 = 0
        private var storedOrdersAfter: Int32 = 0

        public init() {}

        /// Purchases in the window.
        public var orders: Int { Int(storedOrders) }
        /// Purchases in the window dated after the customer's latest response.
        public var ordersAfter: Int { Int(storedOrdersAfter) }

        mutating func add(_ amount: Double, afterResponse: Bool) {
            revenue += amount
            storedOrders &+= storedOrders < .max ? 1 : 0
            if afterResponse { storedOrdersAfter &+= storedOrdersAfter < .max ? 1 : 0 }
        }

        mutating func merge(_ other: Purchases) {
            revenue += other.revenue
            storedOrders = Int32(clamping: Int(storedOrders) + Int(other.storedOrders))
            storedOrdersAfter = Int32(clamping: Int(storedOrdersAfter) + Int(other.storedOrdersAfter))
        }
    }

    public let ratings: CustomerRatings
    public let window: PurchaseWindow
    /// Revenue and orders in the window by customer code (zero for customers without).
    private var table: [Purchases] = []
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

    public mutating func add(_ row: TransactionRow) {
        guard row.customer >= 0, row.amount.isFinite else { unusable += 1; return }
        let key = ratings.packedRating(row.customer)
        guard key != 0 else {
            unmatchedTransactions += 1
            unmatchedRevenue += row.amount
            return
        }
        // The response's date is unpacked only when the window has a limit.
        if !window.isUnbounded, !window.contains(row.date, response: RatingKey.unpack(key).date) {
            outsideWindow += 1
            return
        }
        let index = Int(row.customer)
        if table.isEmpty { table.extend(toCount: ratings.codeCount, with: Purchases()) }
        table.extend(toInclude: index, with: Purchases())
        // After the response: both dated and the transaction's day later. The packed key's
        // bits from 40 up are (dated flag, year, month, day), so the days compare as keys.
        var afterResponse = false
        if let date = row.date {
            datedTransactions += 1
            afterResponse = key >> 63 == 1 && RatingKey.pack(score: 0, date: date, line: 0) >> 40 > key >> 40
        }
        table[index].add(row.amount, afterResponse: afterResponse)
    }

    /// Adds `rows` as `add(_:)` does, after reading each row's rating and purchases in a
    /// loop of their own, so their cache misses overlap (`BatchedFold`).
    public mutating func add(batch rows: [TransactionRow]) {
        if table.isEmpty { table.extend(toCount: ratings.codeCount, with: Purchases()) }
        var touched: UInt64 = 0
        table.withUnsafeBufferPointer { table in
            for row in rows where row.customer >= 0 {
                touched ^= ratings.packedRating(row.customer)
                if Int(row.customer) < table.count { touched ^= UInt64(truncatingIfNeeded: table[Int(row.customer)].orders) }
            }
        }
        touchedSink = touched
        for row in rows { add(row) }
    }

    /// What the touching loop read, kept so the compiler cannot leave the reads out.
    private var touchedSink: UInt64 = 0

    /// What `customer` bought in the window (zero when nothing).
    public func purchases(of customer: Int32) -> Purchases {
        guard customer >= 0, Int(customer) < table.count else { return Purchases() }
        return table[Int(customer)]
    }

    /// Customer code → purchases in the window (only customers with at least one), built
    /// on demand for inspection.
    public var purchases: [Int32: Purchases] {
        var result: [Int32: Purchases] = [:]
        for (index, purchases) in table.enumerated() where purchases.orders > 0 { result[Int32(index)] = purchases }
        return result
    }

    /// Adds another chunk folded from the same ratings and window.
    public mutating func merge(_ other: CRMImpactStatistics) {
        table.extend(toCount: other.table.count, with: Purchases())
        for (index, theirs) in other.table.enumerated() where theirs.orders > 0 { table[index].merge(theirs) }
        datedTransactions += other.datedTransactions
        unmatchedTransactions += other.unmatchedTransactions
        unmatchedRevenue += other.unmatchedRevenue
        outsideWindow += other.outsideWindow
        unusable += other.unusable
    }
}
