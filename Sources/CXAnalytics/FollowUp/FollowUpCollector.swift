import CXData

/// Collects the responses to follow up on (closed loop): every response whose 0–10
/// likelihood to recommend is at or below `threshold` (6 by default: the detractors).
///
/// Keeps only those responses' line, customer code, date, score, segment codes and
/// comment, so memory grows with the low scorers, not with all rows. They are kept flat,
/// in blocks of up to 4,096 responses: one 24-byte record each, the segment codes in one
/// `Int32` array and the comments in a `TextColumn` per block, not a struct with an array
/// and a `String` per response (133k low scorers of the 1M-row sample: about 8 MB instead
/// of 45). Chunks `merge` by taking over each other's blocks; `FollowUpList` sorts, so the
/// order rows arrive in does not matter.
///
/// Why blocks: in arrays of all the chunk's low scorers, each growth copied the array to
/// new pages, and the merge copied every chunk's once more: 7,033 page faults (`perf`),
/// about 28 MB of pages touched for the sample's 9 MB; now 1,557. A block is reserved once
/// and never moves, and blocks of a few hundred kilobytes reuse the heap's free memory.
///
/// Comments are redacted (`Redaction.redact`) as they are collected: no unredacted text
/// is kept, and the redaction runs inside the parallel fold rather than after it.
public struct FollowUpCollector: Sendable {
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

    /// Up to `blockCapacity` responses: their records, `segmentCount` codes per record in
    /// record order, and one redacted comment (or none) per record.
    struct Block: Sendable {
        var records: [Record] = []
        var segmentCodes: [Int32] = []
        var comments = TextColumn()
    }

    static let blockCapacity = 4_096

    /// Scores 0…threshold are followed up.
    public let threshold: Int
    /// False leaves comments out entirely (a list that names no words of the respondent).
    public let keepsComments: Bool
    /// The responses in the order collected. Every block but the last of each merged chunk
    /// is full.
    private(set) var blocks: [Block] = []
    /// Responses before each block.
    private var blockStarts: [Int] = []
    /// Segment fields per record, taken from the first row added.
    private(set) var segmentCount = 0
    /// Responses collected.
    public private(set) var count = 0

    public init(threshold: Int = 6, keepsComments: Bool = true) {
        self.threshold = threshold
        self.keepsComments = keepsComments
    }

    /// The customer codes of the responses collected: the ids the list will name.
    public var customers: CodeSet {
        var set = CodeSet()
        for block in blocks {
            for record in block.records where record.customer >= 0 { set.insert(record.customer) }
        }
        return set
    }

    public mutating func add(_ row: ResponseRow) {
        guard let score = row.nps, score <= threshold else { return }
        if count == 0 { segmentCount = row.segments.count }
        precondition(row.segments.count == segmentCount, "follow-up rows with different segment fields")
        if blockStarts.last.map({ count - $0 >= Self.blockCapacity }) ?? true { startBlock() }  // the last block is full
        let last = blocks.count - 1
        blocks[last].segmentCodes.append(contentsOf: row.segments)
        blocks[last].comments.append(keepsComments ? row.comment.map(Redaction.redact) : nil)
        blocks[last].records.append(Record(line: row.line, customer: row.customer, date: row.date.map(Self.pack) ?? 0,
                                           score: UInt8(clamping: score)))
        count += 1
    }

    private mutating func startBlock() {
        var block = Block()
        block.records.reserveCapacity(Self.blockCapacity)
        block.segmentCodes.reserveCapacity(Self.blockCapacity * segmentCount)
        blockStarts.append(count)
        blocks.append(block)
    }

    /// Appends `other`'s responses after these, taking over its blocks (no response is copied).
    public mutating func merge(_ other: FollowUpCollector) {
        guard other.count > 0 else { return }
        if count == 0 { segmentCount = other.segmentCount }
        precondition(other.segmentCount == segmentCount && other.keepsComments == keepsComments,
                     "merging follow-up lists with different segment fields or comment rules")
        blockStarts += other.blockStarts.map { $0 + count }
        blocks += other.blocks
        count += other.count
    }

    /// The block and the position in it of the response at `index` (in the order collected).
    private func location(of index: Int) -> (block: Int, offset: Int) {
        precondition(index >= 0 && index < count, "follow-up index \(index) is outside 0..<\(count)")
        var low = 0, high = blocks.count - 1  // the last block starting at or before index
        while low < high {
            let middle = (low + high + 1) / 2
            if blockStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return (low, index - blockStarts[low])
    }

    /// The record, segment codes and redacted comment (nil when none) of the response at
    /// `index`, in the order collected: one search for its block.
    func parts(at index: Int) -> (record: Record, segments: ArraySlice<Int32>, comment: String?) {
        let (block, offset) = location(of: index)
        let found = blocks[block]
        return (found.records[offset], found.segmentCodes[(offset * segmentCount)..<((offset + 1) * segmentCount)],
                found.comments[offset])
    }

    /// `transform` of each record, in the order collected.
    func mapRecords<T>(_ transform: (Record) -> T) -> [T] {
        var result: [T] = []
        result.reserveCapacity(count)
        for block in blocks {
            for record in block.records { result.append(transform(record)) }
        }
        return result
    }

    /// The response at `index`, in the order collected.
    public subscript(index: Int) -> Entry {
        let (record, segments, comment) = parts(at: index)
        return Entry(line: record.line, customer: record.customer, date: Self.unpack(record.date), score: Int(record.score),
                     segments: Array(segments), comment: comment)
    }

    /// Every response collected, in the order collected.
    public var entries: [Entry] { (0..<count).map { self[$0] } }

    static func pack(_ date: CalendarDate) -> UInt32 {
        UInt32(clamping: date.year) << 9 | UInt32(date.month) << 5 | UInt32(date.day)
    }

    static func unpack(_ packed: UInt32) -> CalendarDate? {
        packed == 0 ? nil : CalendarDate(year: Int(packed >> 9), month: Int(packed >> 5 & 0xF), day: Int(packed & 0x1F))
    }
}
