import CXData

/// Collects the responses to follow up on (closed loop): every response whose 0–10
/// likelihood to recommend is at or below `threshold` (6 by default: the detractors).
///
/// Keeps only those responses' line, customer code, date, score, segment codes and
/// comment, so memory grows with the low scorers, not with all rows. Chunks `merge` by
/// appending; `FollowUpList` sorts, so the order rows arrive in does not matter.
public struct FollowUpCollector: Sendable {
    public struct Entry: Hashable, Sendable {
        public var line: Int
        public var customer: Int32
        public var date: CalendarDate?
        public var score: Int
        public var segments: [Int32]
        public var comment: String?
    }

    /// Scores 0…threshold are followed up.
    public let threshold: Int
    public private(set) var entries: [Entry] = []

    public init(threshold: Int = 6) {
        self.threshold = threshold
    }

    public mutating func add(_ row: ResponseRow) {
        guard let score = row.nps, score <= threshold else { return }
        entries.append(Entry(line: row.line, customer: row.customer, date: row.date, score: score,
                             segments: row.segments, comment: row.comment))
    }

    public mutating func merge(_ other: FollowUpCollector) {
        entries += other.entries
    }
}
