/// The closed-loop follow-up list: detractors and low scorers to contact, with what
/// they said, ready for a page and a CSV export.
///
/// Order (deterministic, whatever order the rows were read in): by value at risk when
/// the responses are linked to transactions (the customer's revenue in the CRM window,
/// most first), then lowest score first, then the most recent date first (undated last),
/// then by line in the file.
///
/// The entries are kept flat (`Entries`: one record each, segment codes and text in
/// shared arrays) and become `Entry` values only when read, so a list of 133k low scorers
/// costs a few MB and is ordered in milliseconds.
///
/// Private by default: comments pass through `redact` (e-mail addresses, phone numbers …);
/// without a redaction function comments are left out entirely. `suppressed` (a project
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
    ///   - customerName: the customer id of a code (from the loader's interner), asked
    ///     only for the customers listed.
    ///   - segmentNames / segmentValues: as for `ResponseAnalysis`.
    ///   - redact: applied to every comment; nil leaves comments out.
    ///   - valueAtRisk: a customer code's revenue in the CRM window (`CRMImpactStatistics`),
    ///     kept and compared in cents; nil when there are no transactions, and the list is
    ///     then ordered by score.
    ///   - suppressed: withhold the whole list.
    public init(_ collector: FollowUpCollector, customerName: (Int32) -> String?, segmentNames: [String], segmentValues: [[String]],
                redact: ((String) -> String)?, valueAtRisk: ((Int32) -> Double)? = nil, suppressed: Bool = false) {
        threshold = collector.threshold
        self.suppressed = suppressed
        count = collector.count
        entries = Entries(segmentNames: segmentNames, segmentValues: segmentValues, segmentCount: collector.segmentCount,
                          hasValues: valueAtRisk != nil)
        guard !suppressed else { return }
        let records = collector.records
        // score ↑, date ↓ (undated, 0, last), line ↑ in one key: 4 + 23 + 36 bits.
        let keys = records.map { record in
            UInt64(record.score) << 59 | UInt64(0x7F_FFFF - min(record.date, 0x7F_FFFF)) << 36 | UInt64(min(record.line, (1 << 36) - 1))
        }
        var order = Array(records.indices)
        if let valueAtRisk {
            // In cents, so the order does not hang on the last bits of a sum that chunks add
            // up in another order.
            let values = records.map { $0.customer >= 0 ? (valueAtRisk($0.customer) * 100).rounded() / 100 : 0 }
            order.sort { values[$0] != values[$1] ? values[$0] > values[$1] : keys[$0] < keys[$1] }
            for index in order { entries.append(collector, index, customerName: customerName, redact: redact, value: values[index]) }
        } else {
            order.sort { keys[$0] < keys[$1] }
            for index in order { entries.append(collector, index, customerName: customerName, redact: redact, value: 0) }
        }
    }
}
