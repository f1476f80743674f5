/// The closed-loop follow-up list: detractors and low scorers to contact, with what
/// they said, ready for a page and a CSV export.
///
/// Order (deterministic, whatever order the rows were read in): lowest score first; then
/// the most recent date first (undated last); then by line in the file.
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

        enum CodingKeys: String, CodingKey { case line, customer, date, score, segments, comment }

        /// Every key always present (null when missing), like the other results.
        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(line, forKey: .line)
            try container.encode(customer, forKey: .customer)
            try container.encode(date, forKey: .date)
            try container.encode(score, forKey: .score)
            try container.encode(segments, forKey: .segments)
            try container.encode(comment, forKey: .comment)
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
    public var entries: [Entry]

    /// - Parameters:
    ///   - customerName: the customer id of a code (from the loader's interner), asked
    ///     only for the customers listed, so ids become `String`s only for them.
    ///   - segmentNames / segmentValues: as for `ResponseAnalysis`.
    ///   - redact: applied to every comment; nil leaves comments out.
    ///   - suppressed: withhold the whole list.
    public init(_ collector: FollowUpCollector, customerName: (Int32) -> String?, segmentNames: [String], segmentValues: [[String]],
                redact: ((String) -> String)?, suppressed: Bool = false) {
        threshold = collector.threshold
        self.suppressed = suppressed
        count = collector.entries.count
        guard !suppressed else { entries = []; return }
        let ordered = collector.entries.sorted { a, b in
            if a.score != b.score { return a.score < b.score }
            if a.date != b.date {
                guard let first = a.date else { return false }
                guard let second = b.date else { return true }
                return first > second
            }
            return a.line < b.line
        }
        entries = ordered.map { entry in
            let segments = zip(segmentNames, entry.segments).enumerated().compactMap { slot, pair -> Segment? in
                let (field, code) = pair
                guard code >= 0, Int(code) < segmentValues[slot].count else { return nil }
                return Segment(field: field, value: segmentValues[slot][Int(code)])
            }
            let customer = entry.customer >= 0 ? customerName(entry.customer) : nil
            return Entry(line: entry.line, customer: customer, date: entry.date?.description, score: entry.score,
                         segments: segments, comment: entry.comment.flatMap { text in redact.map { $0(text) } })
        }
    }
}
