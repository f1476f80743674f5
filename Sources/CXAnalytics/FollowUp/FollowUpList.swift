import CXData

/// The closed-loop follow-up list: detractors and low scorers to contact, with what
/// they said, ready for a page and a CSV export.
///
/// Order (deterministic, whatever order the rows were read in): by value at risk when
/// the responses are linked to transactions (the customer's revenue in the CRM window,
/// most first), then lowest score first, then the most recent date first (undated last),
/// then by line in the file.
///
/// The entries stay in the collector's flat arrays (`Entries` reads them through the sorted
/// order) and become `Entry` values only when read, so a list of 133k low scorers costs a
/// few MB and is ordered in milliseconds.
///
/// Private by default: the collector redacts comments (e-mail addresses, phone numbers …)
/// or leaves them out (`FollowUpCollector(keepsComments: false)`). `suppressed` (a project
/// that must not list individuals) drops every entry and says so.
public struct FollowUpList: Hashable, Sendable, Encodable {
    public struct Entry: Hashable, Sendable, Encodable {
        /// The response's line in the responses file (its reference for follow-up).
        public var line: Int
        /// Customer id as written in the data; nil when missing or not mapped.
        public var customer: String?
        /// YYYY-MM-DD.
        public var date: String?
        /// 0–10.
        public var score: Int
        /// Segment column and value, in config order (missing values left out).
        public var segments: [Segment]
        /// The redacted comment; nil without a comment or without a redaction function.
        public var comment: String?
        /// Value at risk: the customer's revenue in the CRM window; nil when the responses
        /// are not linked to transactions.
        public var value: Double?

        enum CodingKeys: String, CodingKey { case line, customer, date, score, segments, comment, value = "value_at_risk" }

        /// Every key always present (null when missing), like the other results.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(line, forKey: .line)
            try container.encode(customer, forKey: .customer)
            try container.encode(date, forKey: .date)
            try container.encode(score, forKey: .score)
            try container.encode(segments, forKey: .segments)
            try container.encode(comment, forKey: .comment)
            try container.encode(value, forKey: .value)
        }
    }

    public struct Segment: Hashable, Sendable, Encodable {
        public var field: String
        public var value: String
    }

    /// Scores 0…threshold are listed.
    public var threshold: Int
    /// True when the list is withheld: `entries` is then empty whatever the data.
    public var suppressed: Bool
    /// Low scorers found (also when suppressed).
    public var count: Int
    /// True when entries are ordered by, and carry, their value at risk.
    public var hasValues: Bool { entries.hasValues }
    public var entries: Entries

    /// - Parameters:
    ///   - collector: the low scorers, their comments already redacted (or left out).
    ///   - customers: customer ids by code (the loader's interner's `snapshot`); an entry
    ///     reads its id from here when it is read, so building the list names nobody. Taken
    ///     after the list is ordered, so a caller may work them out meanwhile, on another
    ///     thread (the site does).
    ///   - segmentNames / segmentValues: as for `ResponseAnalysis`.
    ///   - valueAtRisk: a customer code's revenue in the CRM window (`CRMImpactStatistics`),
    ///     kept and compared in cents; nil when there are no transactions, and the list is
    ///     then ordered by score.
    ///   - suppressed: withhold the whole list.
    public init(_ collector: FollowUpCollector, customers: @autoclosure () -> CategoryValues, segmentNames: [String], segmentValues: [[String]],
                valueAtRisk: ((Int32) -> Double)? = nil, suppressed: Bool = false) {
        threshold = collector.threshold
        self.suppressed = suppressed
        count = collector.count
        guard !suppressed else {
            entries = Entries(FollowUpCollector(threshold: collector.threshold), order: [], cents: nil, customers: CategoryValues(),
                              segmentNames: segmentNames, segmentValues: segmentValues)
            return
        }
        // Ordered by value at risk in cents, most first (so the order does not hang on the
        // last bits of a sum that chunks add up in another order); then score ↑, date ↓
        // (undated, 0, last), line ↑. Two stable radix sorts, the lesser key first
        // (`RadixSort`): a comparison sort of the 1M-row sample's 133k entries took 18–19 ms,
        // on one thread at the very end of the analysis. Each sort's keys live in a function
        // of its own, so they are freed before the next arrays are made: this runs where the
        // analysis's memory peaks.
        var order = Self.orderByRecord(collector)
        var cents: [Int64]?
        if let valueAtRisk { (order, cents) = Self.orderByRisk(order, collector, valueAtRisk) }
        entries = Entries(collector, order: order, cents: cents, customers: customers(), segmentNames: segmentNames, segmentValues: segmentValues)
    }

    /// Record indices by score ↑, date ↓ (undated last), line ↑, packed in 4 + 23 + 36 bits.
    private static func orderByRecord(_ collector: FollowUpCollector) -> [Int32] {
        var order = Array(0..<Int32(collector.count))
        var keys = collector.mapRecords { record in
            UInt64(record.score) << 59 | UInt64(0x7F_FFFF - min(record.date, 0x7F_FFFF)) << 36 | UInt64(min(record.line, (1 << 36) - 1))
        }
        RadixSort.sort(&keys, carrying: &order)
        return order
    }

    /// `order` stably re-sorted by value at risk in cents, most first, with those cents.
    private static func orderByRisk(_ order: [Int32], _ collector: FollowUpCollector,
                                    _ valueAtRisk: (Int32) -> Double) -> ([Int32], [Int64]) {
        // Looked up in the order collected, which follows the customers' codes closely
        // (codes are handed out as the responses are read), then taken in list order.
        let risk = Self.inListOrder(order, collector.mapRecords { $0.customer >= 0 ? Self.cents(valueAtRisk($0.customer)) : 0 })
        // Most first: the distance below the greatest, as an unsigned key.
        let most = risk.max() ?? 0
        var below = risk.map { UInt64(bitPattern: most &- $0) }
        var positions = Array(0..<Int32(risk.count))
        RadixSort.sort(&below, carrying: &positions)
        return (positions.map { order[Int($0)] }, positions.map { risk[Int($0)] })
    }

    /// `collected[order[i]]` for each i; `collected` is freed on return.
    private static func inListOrder(_ order: [Int32], _ collected: [Int64]) -> [Int64] {
        order.map { collected[Int($0)] }
    }

    /// `value` in whole cents (0 when not a number, clamped to ±9·10¹⁶ dollars' worth).
    private static func cents(_ value: Double) -> Int64 {
        let cents = (value * 100).rounded()
        return cents.isNaN ? 0 : Int64(min(max(cents, -9e18), 9e18))
    }
}
