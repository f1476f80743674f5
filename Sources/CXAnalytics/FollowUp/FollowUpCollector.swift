import CXData

/// Collects the responses to follow up on (closed loop): every response whose 0–10
/// likelihood to recommend is at or below `threshold` (6 by default: the detractors).
///
/// Keeps only those responses' line, customer code, date, score, segment codes and
/// comment, so memory grows with the low scorers, not with all rows. They are kept flat:
/// one 24-byte record each, the segment codes in one `Int32` array and the comments in a
/// `TextColumn`, not a struct with an array and a `String` per response (133k low
/// scorers of the 1M-row sample: about 8 MB instead of 45). Chunks `merge` by appending;
/// `FollowUpList` sorts, so the order rows arrive in does not matter.
///
/// Comments are redacted (`Redaction.redact`) as they are collected: no unredacted text
/// is kept, and the redaction runs inside the parallel fold rather than after it.
public struct FollowUpCollector: Hashable, Sendable {
    /// One low-scoring response.
    public struct Entry: Hashable, Sendable {
        public var line: Int
        public var customer: Int32
        public var date: CalendarDate?
        public var score: Int
        /// One code per segment field, −1 where the value is missing.
        public var segments: [Int32]
        /// The redacted comment; nil when the response has none (an empty comment counts
        /// as none) or comments are not kept.
        public var comment: String?
    }

    struct Record: Hashable, Sendable {
        var line: Int
        var customer: Int32
        /// `year << 9 | month << 5 | day`, 0 when undated: later dates are larger.
        var date: UInt32
        var score: UInt8
    }

    /// Scores 0…threshold are followed up.
    public let threshold: Int
    /// False leaves comments out entirely (a list that names no words of the respondent).
    public let keepsComments: Bool
    private(set) var records: [Record] = []
    /// `segmentCount` codes per record, in record order.
    private(set) var segmentCodes: [Int32] = []
    /// One redacted comment (or none) per record.
    private(set) var comments = TextColumn()
    /// Segment fields per record, taken from the first row added.
    private(set) var segmentCount = 0

    public init(threshold: Int = 6, keepsComments: Bool = true) {
        self.threshold = threshold
        self.keepsComments = keepsComments
    }

    /// Responses collected.
    public var count: Int { records.count }

    /// The customer codes of the responses collected: the ids the list will name.
    public var customers: CodeSet {
        var set = CodeSet()
        for record in records where record.customer >= 0 { set.insert(record.customer) }
        return set
    }

    public mutating func add(_ row: ResponseRow) {
        guard let score = row.nps, score <= threshold else { return }
        if records.isEmpty { segmentCount = row.segments.count }
        precondition(row.segments.count == segmentCount, "follow-up rows with different segment fields")
        segmentCodes.append(contentsOf: row.segments)
        comments.append(keepsComments ? row.comment.map(Redaction.redact) : nil)
        records.append(Record(line: row.line, customer: row.customer, date: row.date.map(Self.pack) ?? 0, score: UInt8(clamping: score)))
    }

    public mutating func merge(_ other: FollowUpCollector) {
        guard !other.records.isEmpty else { return }
        if records.isEmpty { segmentCount = other.segmentCount }
        precondition(other.segmentCount == segmentCount && other.keepsComments == keepsComments,
                     "merging follow-up lists with different segment fields or comment rules")
        // Reserved exactly: appending would double the arrays (6.3 MB of records for the
        // 1M-row sample's 133k low scorers, not 3.2), and chunks merge once.
        records.reserveCapacity(records.count + other.records.count)
        records += other.records
        segmentCodes.reserveCapacity(segmentCodes.count + other.segmentCodes.count)
        segmentCodes += other.segmentCodes
        comments.append(contentsOf: other.comments)
    }

    /// The response at `index`, in the order collected.
    public subscript(index: Int) -> Entry {
        let record = records[index]
        return Entry(line: record.line, customer: record.customer, date: Self.unpack(record.date), score: Int(record.score),
                     segments: Array(segments(of: index)), comment: comments[index])
    }

    /// Every response collected, in the order collected.
    public var entries: [Entry] { records.indices.map { self[$0] } }

    func segments(of index: Int) -> ArraySlice<Int32> {
        segmentCodes[(index * segmentCount)..<((index + 1) * segmentCount)]
    }

    static func pack(_ date: CalendarDate) -> UInt32 {
        UInt32(clamping: date.year) << 9 | UInt32(date.month) << 5 | UInt32(date.day)
    }

    static func unpack(_ packed: UInt32) -> CalendarDate? {
        packed == 0 ? nil : CalendarDate(year: Int(packed >> 9), month: Int(packed >> 5 & 0xF), day: Int(packed & 0x1F))
    }
}
