import CXData

/// Each customer's latest likelihood-to-recommend answer (0–10), folded from the
/// responses, for joins with journeys and transactions by customer code.
///
/// "Latest" is the response that answered the 0–10 question with the greatest
/// (date, line): dated responses come after undated ones, and on the same date the
/// later line in the file wins. The rule depends only on the rows, not on their order,
/// so chunks fold separately and `merge` exactly. Customer codes must come from one
/// `SharedInterner` shared by every loader that is joined.
public struct CustomerRatings: Hashable, Sendable {
    /// One customer's latest rating and where it came from.
    public struct Rating: Hashable, Sendable {
        public var score: Int
        public var date: CalendarDate?
        /// The response's line in the file.
        public var line: Int

        public var group: NPSGroup { NPSGroup(score: score) }

        /// True when `self` is a later response than `other` under the type's rule.
        func isLater(than other: Rating) -> Bool {
            switch (date, other.date) {
            case let (a?, b?): return a != b ? a > b : line > other.line
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return line > other.line
            }
        }
    }

    /// Customer code → latest rating.
    public private(set) var latest: [Int32: Rating] = [:]

    public init() {}

    /// Keeps the row's rating when it has a customer and a 0–10 answer and is later
    /// than what is kept for that customer.
    public mutating func add(_ row: ResponseRow) {
        guard row.customer >= 0, let score = row.nps else { return }
        add(customer: row.customer, Rating(score: score, date: row.date, line: row.line))
    }

    public mutating func add(customer: Int32, _ rating: Rating) {
        if let kept = latest[customer], !rating.isLater(than: kept) { return }
        latest[customer] = rating
    }

    public mutating func merge(_ other: CustomerRatings) {
        for (customer, rating) in other.latest { add(customer: customer, rating) }
    }

    public var count: Int { latest.count }

    public subscript(customer: Int32) -> Rating? { latest[customer] }
}
