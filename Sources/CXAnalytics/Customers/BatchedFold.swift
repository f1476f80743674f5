import CXData

/// Statistics that look rows up in a per-customer table and can add a batch of rows
/// faster than one at a time (see `BatchedFold`).
public protocol BatchFoldable: Sendable {
    associatedtype Row: Sendable
    /// Adds `rows`, with the same result as adding them one by one in any order.
    mutating func add(batch rows: [Row])
    /// Adds the statistics of a disjoint set of rows.
    mutating func merge(_ other: Self)
}

/// A fold that hands rows to its statistics a batch at a time.
///
/// Why: a row of the journey or the transactions updates its customer's entry in a table
/// of megabytes (552k customers in the 1M-row sample), in customer order that has nothing
/// to do with file order, so almost every update misses the cache. Done one row at a
/// time, between the parsing of one row and the next, each miss is waited for alone.
/// Given a batch, the statistics first touch every row's entry in a loop that does nothing
/// else, so the misses of the batch are in flight together, then add the rows while their
/// entries are in cache. The result is the same as adding the rows one by one.
///
///     let (fold, _) = try loader.fold(BatchedFold(CustomerRatings()), add: { fold, row in
///         if let rating = CustomerRatings.Row(row) { fold.add(rating) }
///     }, merge: { $0.merge($1) })
///     let ratings = (consume fold).finished()
///
/// The touchpoints' and transactions' loaders hand their rows over in batches themselves
/// (`fold(_:addRows:merge:)`), so the journey and the CRM link take them as they come.
///
/// Inlinable, so the callers in other modules get it specialised for their statistics.
public struct BatchedFold<Statistics: BatchFoldable>: Sendable {
    @usableFromInline var statistics: Statistics
    @usableFromInline var pending: [Statistics.Row] = []
    /// Rows per batch: enough to keep the memory system busy, few enough that the
    /// batch's entries stay in the core's cache between the two passes (256 by default).
    public let batchSize: Int

    @inlinable public init(_ statistics: Statistics, batchSize: Int = 256) {
        self.statistics = statistics
        self.batchSize = max(1, batchSize)
    }

    @inlinable public mutating func add(_ row: Statistics.Row) {
        if pending.isEmpty { pending.reserveCapacity(batchSize) }
        pending.append(row)
        if pending.count >= batchSize { flush() }
    }

    /// Adds another fold's statistics and its rows not yet added.
    @inlinable public mutating func merge(_ other: BatchedFold) {
        flush()
        statistics.add(batch: other.pending)
        statistics.merge(other.statistics)
    }

    /// The statistics with every row added. Consuming: the last rows are added to the
    /// statistics in place, where a copy would copy their per-customer arrays (4–6 MB each
    /// on the 1M-row sample) while the fold still held the originals. Call it as
    /// `(consume fold).finished()` when `fold` is a local, so nothing else holds them.
    @inlinable public consuming func finished() -> Statistics {
        flush()
        return statistics
    }

    @inlinable mutating func flush() {
        guard !pending.isEmpty else { return }
        statistics.add(batch: pending)
        pending.removeAll(keepingCapacity: true)
    }
}

extension BatchedFold: SharedPartial where Statistics: SharedPartial {
    /// No rows pending, statistics with state of their own.
    public func startingOver() -> BatchedFold {
        BatchedFold(statistics.startingOver(), batchSize: batchSize)
    }
}
