import CXData

/// Each customer's latest likelihood-to-recommend answer (0–10), folded from the
/// responses, for joins with journeys and transactions by customer code.
///
/// "Latest" is the response that answered the 0–10 question with the greatest
/// (date, line): dated responses come after undated ones, and on the same date the
/// later line in the file wins. The rule depends only on the rows, not on their order,
/// so chunks fold separately and `merge` exactly. Customer codes must come from one
/// `SharedInterner` shared by every loader that is joined.
///
/// Storage: one `UInt64` per customer code (codes are dense), the rating packed so that
/// a later response is a greater number (see `RatingKey`); 0 means no rating. At 550k
/// customers that is 4.4 MB per chunk instead of a dictionary of structs many times
/// that size, and `merge` is an element-wise maximum.
public struct CustomerRatings: Hashable, BatchFoldable {
    /// One customer's latest rating and where it came from.
    public struct Rating: Hashable, Sendable {
        public var score: Int
        public var date: CalendarDate?
        /// The response's line in the file.
        public var line: Int

        public init(score: Int, date: CalendarDate?, line: Int) {
            self.score = score
            self.date = date
            self.line = line
        }

        public var group: NPSGroup { NPSGroup(score: score) }
    }

    /// Packed rating by customer code; 0 where a customer has none.
    private(set) var packed: [UInt64] = []
    /// Customers with a rating.
    public private(set) var count = 0

    public init() {}

    /// Ratings from a table of packed keys by customer code (0 where none), as
    /// `SharedCustomerRatings` folds them.
    init(packed: [UInt64]) {
        self.packed = packed
        count = packed.reduce(0) { $0 + ($1 != 0 ? 1 : 0) }
    }

    /// Keeps the row's rating when it has a customer and a 0–10 answer and is later
    /// than what is kept for that customer.
    public mutating func add(_ row: ResponseRow) {
        guard let rating = Row(row) else { return }
        store(rating.key, at: Int(rating.customer))
    }

    /// A response's rating, packed, as `add(batch:)` takes it (`BatchedFold`).
    public struct Row: Hashable, Sendable {
        let customer: Int32
        let key: UInt64

        /// nil when the row has no customer or no 0–10 answer.
        public init?(_ row: borrowing ResponseRow) {
            guard row.customer >= 0, let score = row.nps else { return nil }
            customer = row.customer
            key = RatingKey.pack(score: score, date: row.date, line: row.line)
        }
    }

    /// Adds the ratings of `rows`, after reading each one's slot in a loop of its own so
    /// that their cache misses overlap (repeat customers sit anywhere in the table).
    public mutating func add(batch rows: [Row]) {
        guard let highest = rows.lazy.map(\.customer).max() else { return }
        packed.extend(toInclude: Int(highest), with: 0)
        let (touched, newlyRated) = packed.withUnsafeMutableBufferPointer { Self.keepLatest(rows, in: $0) }
        touchedSink = touched
        count += newlyRated
    }

    /// Keeps each row's key in `packed` where it is greater than the key there (every row's
    /// code must be an index of `packed`), after reading each row's slot in a loop of its
    /// own so that their cache misses overlap. Returns what that loop read, for the caller
    /// to keep so the compiler cannot leave the reads out, and how many codes got their
    /// first rating. `SharedCustomerRatings` runs it on the shared table.
    static func keepLatest(_ rows: [Row], in packed: UnsafeMutableBufferPointer<UInt64>) -> (touched: UInt64, newlyRated: Int) {
        var touched: UInt64 = 0
        for row in rows { touched ^= packed[Int(row.customer)] }
        var newlyRated = 0
        // Without branches: whether a row is its customer's first, or later than the one
        // kept, is as good as random from row to row (the entry is in cache by now, so it is
        // written back whether it changed or not).
        for row in rows {
            let kept = packed[Int(row.customer)]
            newlyRated &+= kept == 0 ? 1 : 0
            packed[Int(row.customer)] = max(row.key, kept)
        }
        return (touched, newlyRated)
    }

    /// What the touching loop read, kept so the compiler cannot leave the reads out;
    /// not part of the value (`==`, `hash`).
    private var touchedSink: UInt64 = 0

    public mutating func add(customer: Int32, _ rating: Rating) {
        guard customer >= 0 else { return }
        store(RatingKey.pack(score: rating.score, date: rating.date, line: rating.line), at: Int(customer))
    }

    @inline(__always)
    private mutating func store(_ key: UInt64, at index: Int) {
        packed.extend(toInclude: index, with: 0)
        let kept = packed[index]
        if kept == 0 { count += 1 }
        if key > kept { packed[index] = key }
    }

    /// The later rating of each customer: an element-wise maximum of the packed keys.
    public mutating func merge(_ other: CustomerRatings) {
        packed.extend(toCount: other.packed.count, with: 0)
        var total = 0
        packed.withUnsafeMutableBufferPointer { mine in
            other.packed.withUnsafeBufferPointer { theirs in
                for index in mine.indices {
                    if index < theirs.count, theirs[index] > mine[index] { mine[index] = theirs[index] }
                    if mine[index] != 0 { total += 1 }
                }
            }
        }
        count = total
    }

    /// Customer codes the table spans (rated or not): every rated code is below it.
    var codeCount: Int { packed.count }

    /// The packed rating of `customer` (0 when none), read only to bring it into cache.
    @inline(__always)
    func packedRating(_ customer: Int32) -> UInt64 {
        Int(customer) < packed.count ? packed[Int(customer)] : 0
    }

    public subscript(customer: Int32) -> Rating? {
        guard customer >= 0, Int(customer) < packed.count, packed[Int(customer)] != 0 else { return nil }
        return RatingKey.unpack(packed[Int(customer)])
    }

    /// Calls `body` with every rated customer, in customer code order.
    public func forEach(_ body: (Int32, Rating) throws -> Void) rethrows {
        for (index, key) in packed.enumerated() where key != 0 { try body(Int32(index), RatingKey.unpack(key)) }
    }

    /// Equal ratings may differ in trailing empty slots; compare the ratings.
    public static func == (a: CustomerRatings, b: CustomerRatings) -> Bool {
        guard a.count == b.count else { return false }
        let shared = Swift.min(a.packed.count, b.packed.count)
        return a.packed[..<shared] == b.packed[..<shared]
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        var end = packed.count
        while end > 0, packed[end - 1] == 0 { end -= 1 }
        hasher.combine(packed[..<end])
    }
}
