/// What the customers in each NPS group are worth: responses joined to CRM
/// transactions by customer (DESIGN.md "CRM link").
///
/// Each surveyed customer belongs to the group of their latest rated response
/// (`CustomerRatings`); their purchases are those in `window` (`PurchaseWindow`).
/// Per group, over its customers (a customer without purchases counts with revenue 0):
///
///     revenue            = Σ revenue of the group's customers
///     revenuePerCustomer = mean revenue per customer, t interval x̄ ± t_{n−1}·s/√n,
///                          cut at 0 when no customer in the group has negative revenue
///     repeatRate         = 100·(customers who bought again after their response)
///                          / (customers whose response is dated), Wilson interval
///     revenueAtRisk      = revenue of the detractors
///
/// "Bought again after" is a purchase in the window dated later than the customer's
/// latest response (a purchase on the response's day may be the one the survey asked
/// about, so it does not count). Without any dated transaction, or with a window that ends
/// on the response's day (`days_after: 0`), there is no repeat rate. A customer who
/// answered near the end of the data has had less time to come back: compare groups whose
/// answers span the same period, or set `days_after` to a span every customer has had.
///
/// Revenue is skewed (many customers buy little or nothing), so in a small group the t
/// interval can reach below zero. When every customer's revenue in the group is at least
/// 0 (no refunds outweigh purchases), the mean cannot be negative and the interval is cut
/// at 0: the values it drops are impossible, so its coverage is kept. With net refunds
/// the interval is left as it is.
///
/// Customers are unweighted (survey weights describe responses, not accounts). A group
/// with fewer than `suppressBelow` customers carries no figures, and revenue at risk is
/// then withheld too.
public struct CRMImpact: Hashable, Sendable, Encodable {
    public struct Group: Hashable, Sendable, Encodable {
        public var group: NPSGroup
        /// Surveyed customers in the group.
        public var customers: Int
        /// Customers with at least one purchase in the window.
        public var buyers: Int?
        public var revenue: Double?
        public var revenuePerCustomer: Double?
        public var revenuePerCustomerInterval: ConfidenceInterval?
        /// 0…100: the share who bought again after their response (see the type's formulas).
        public var repeatRate: Double?
        /// Customers the repeat rate is over: those whose latest response is dated.
        public var repeatBase: Int?
        public var repeatRateInterval: ConfidenceInterval?
        public var suppressed: Bool
        public var lowBase: Bool

        enum CodingKeys: String, CodingKey {
            case group, customers, buyers, revenue, revenuePerCustomer = "revenue_per_customer"
            case revenuePerCustomerLow = "revenue_per_customer_low", revenuePerCustomerHigh = "revenue_per_customer_high"
            case repeatRate = "repeat_rate", repeatRateLow = "repeat_rate_low", repeatRateHigh = "repeat_rate_high"
            case repeatBase = "repeat_n"
            case suppressed, lowBase = "low_base"
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(group, forKey: .group)
            try container.encode(customers, forKey: .customers)
            try container.encode(buyers, forKey: .buyers)
            try container.encode(revenue, forKey: .revenue)
            try container.encode(revenuePerCustomer, forKey: .revenuePerCustomer)
            try container.encode(revenuePerCustomerInterval?.low, forKey: .revenuePerCustomerLow)
            try container.encode(revenuePerCustomerInterval?.high, forKey: .revenuePerCustomerHigh)
            try container.encode(repeatRate, forKey: .repeatRate)
            try container.encode(repeatRateInterval?.low, forKey: .repeatRateLow)
            try container.encode(repeatRateInterval?.high, forKey: .repeatRateHigh)
            try container.encode(repeatBase, forKey: .repeatBase)
            try container.encode(suppressed, forKey: .suppressed)
            try container.encode(lowBase, forKey: .lowBase)
        }
    }

    public var window: PurchaseWindow
    /// Promoters, passives, detractors, in that order.
    public var groups: [Group]
    /// Revenue of the detractors in the window; nil when that group is suppressed.
    public var revenueAtRisk: Double?
    /// Revenue at risk as a share (0…100) of all surveyed customers' revenue in the window.
    public var revenueAtRiskShare: Double?
    /// Transactions of customers with no rated response, and their revenue.
    public var unmatchedTransactions: Int
    public var unmatchedRevenue: Double
    /// Transactions of surveyed customers outside the window (or undated under a limit).
    public var outsideWindow: Int
    /// Transactions without a customer or a valid amount.
    public var unusable: Int

    public init(_ statistics: CRMImpactStatistics, settings: AnalysisSettings) {
        window = statistics.window
        unmatchedTransactions = statistics.unmatchedTransactions
        unmatchedRevenue = statistics.unmatchedRevenue
        outsideWindow = statistics.outsideWindow
        unusable = statistics.unusable
        // Customers in code order, which differs from run to run; every sum is exact, so the
        // groups come out the same on every run. Revenue per customer goes into
        // `ExactCoMoments` (bounded by the largest |revenue|, found in a first pass); the
        // totals are exact (`ExactTotal`, thousandths) but for amounts with more than three
        // decimal places, or a total beyond 9.2 · 10¹⁵: a group's revenue of 96,599,478.90
        // is not 96,599,478.89999738, as adding doubles gives it.
        var totals = [ExactTotal<Thousandths>](repeating: ExactTotal(), count: 3)
        var buyers = [0, 0, 0], repeaters = [0, 0, 0], dated = [0, 0, 0], lowest = [0.0, 0.0, 0.0]
        let ratings = statistics.ratings
        let revenue = statistics.withPurchases { purchases in
            var bound = 0.0
            ratings.forEachScore { customer, _, _ in
                let value = purchases(customer).revenue
                if value.isFinite { bound = max(bound, abs(value)) }
            }
            var revenue = [ExactCoMoments](repeating: ExactCoMoments(dimension: 1, bound: bound), count: 3)
            ratings.forEachScore { customer, score, isDated in
                let bought = purchases(customer)
                let slot = NPSGroup(score: score).rawValue
                var value = bought.revenue
                if value.isFinite { revenue[slot].add(&value) }
                totals[slot].merge(bought.revenueTotal)
                lowest[slot] = min(lowest[slot], bought.revenue)
                // Counted without branches: a customer's group is as good as random from one
                // code to the next.
                buyers[slot] += bought.orders >= 1 ? 1 : 0
                dated[slot] += isDated ? 1 : 0
                repeaters[slot] += bought.ordersAfter >= 1 ? 1 : 0
            }
            return revenue
        }
        let level = settings.confidenceLevel
        groups = NPSGroup.allCases.map { group in
            let slot = group.rawValue, customers = revenue[slot].count
            let suppressed = settings.isSuppressed(customers)
            var result = Group(group: group, customers: customers, suppressed: suppressed, lowBase: settings.isLowBase(customers))
            guard !suppressed else { return result }
            result.buyers = buyers[slot]
            result.revenue = totals[slot].value
            let summary = MeanSummary(count: Double(customers), mean: revenue[slot].mean(0), variance: revenue[slot].covariance(0, 0))
            result.revenuePerCustomer = summary.mean
            var interval = summary.confidenceInterval(level: level)
            if lowest[slot] >= 0 { interval.low = max(0, interval.low) }
            result.revenuePerCustomerInterval = interval
            if statistics.datedTransactions > 0, statistics.window.daysAfter != 0, dated[slot] > 0, !settings.isSuppressed(dated[slot]) {
                let repeating = ProportionCounts(successes: Double(repeaters[slot]), total: Double(dated[slot]))
                result.repeatBase = dated[slot]
                result.repeatRate = repeating.percentage
                result.repeatRateInterval = ProportionInterval.wilson(repeating, level: level)
            }
            return result
        }
        if let detractors = groups.last, let atRisk = detractors.revenue {
            revenueAtRisk = atRisk
            var all = ExactTotal<Thousandths>()
            for total in totals { all.merge(total) }
            revenueAtRiskShare = all.value > 0 ? 100 * atRisk / all.value : nil
        }
    }

    public func group(_ group: NPSGroup) -> Group { groups[group.rawValue] }

    enum CodingKeys: String, CodingKey {
        case window, groups, revenueAtRisk = "revenue_at_risk", revenueAtRiskShare = "revenue_at_risk_share"
        case unmatchedTransactions = "unmatched_transactions", unmatchedRevenue = "unmatched_revenue"
        case outsideWindow = "outside_window", unusable
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(window, forKey: .window)
        try container.encode(groups, forKey: .groups)
        try container.encode(revenueAtRisk, forKey: .revenueAtRisk)
        try container.encode(revenueAtRiskShare, forKey: .revenueAtRiskShare)
        try container.encode(unmatchedTransactions, forKey: .unmatchedTransactions)
        try container.encode(unmatchedRevenue, forKey: .unmatchedRevenue)
        try container.encode(outsideWindow, forKey: .outsideWindow)
        try container.encode(unusable, forKey: .unusable)
    }
}
