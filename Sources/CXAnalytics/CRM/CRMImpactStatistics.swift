import CXData

/// Transactions folded per surveyed customer for the CRM link: revenue and number of
/// purchases inside the `PurchaseWindow` of each customer's latest response.
///
/// Built on the `CustomerRatings` of the responses (same customer codes, one shared
/// interner), so each transaction is placed as it streams by and nothing per
/// transaction is kept. Per-customer sums add, so chunks `merge` exactly (up to the
/// order of floating-point additions).
///
/// A transaction counts when it has a customer and a valid amount; transactions of
/// customers without a rated response are "unmatched", those outside the window
/// "outside window" — both are counted, never silently dropped.
public struct CRMImpactStatistics: Sendable {
    public struct Purchases: Hashable, Sendable {
        public var revenue: Double = 0
        public var orders: Int = 0
    }

    public let ratings: CustomerRatings
    public let window: PurchaseWindow
    /// Customer code → purchases in the window (only customers with at least one).
    public private(set) var purchases: [Int32: Purchases] = [:]
    public private(set) var unmatchedTransactions = 0
    public private(set) var unmatchedRevenue = 0.0
    public private(set) var outsideWindow = 0
    /// Transactions without a customer or a valid amount.
    public private(set) var unusable = 0

    public init(ratings: CustomerRatings, window: PurchaseWindow = .all) {
        self.ratings = ratings
        self.window = window
    }

    public mutating func add(_ row: TransactionRow) {
        guard row.customer >= 0, row.amount.isFinite else { unusable += 1; return }
        guard let rating = ratings[row.customer] else {
            unmatchedTransactions += 1
            unmatchedRevenue += row.amount
            return
        }
        guard window.contains(row.date, response: rating.date) else { outsideWindow += 1; return }
        purchases[row.customer, default: Purchases()].revenue += row.amount
        purchases[row.customer, default: Purchases()].orders += 1
    }

    /// Adds another chunk folded from the same ratings and window.
    public mutating func merge(_ other: CRMImpactStatistics) {
        for (customer, theirs) in other.purchases {
            purchases[customer, default: Purchases()].revenue += theirs.revenue
            purchases[customer, default: Purchases()].orders += theirs.orders
        }
        unmatchedTransactions += other.unmatchedTransactions
        unmatchedRevenue += other.unmatchedRevenue
        outsideWindow += other.outsideWindow
        unusable += other.unusable
    }
}
