import CXData

/// Each customer's latest rating (`CustomerRatings`), folded by every chunk of one parallel
/// read into a single table by customer code (`SharedCustomerTable`), taken a batch of rows
/// at a time under its lock.
///
/// Why: each chunk of the responses kept a `CustomerRatings` of its own, as long as all the
/// customers coded so far, merged after the read. On the 1M-row sample that was 5.5 MB per
/// chunk during the read and a merge of the tables while the other core waited. The latest
/// rating is the greatest packed key (`RatingKey`), and a maximum comes out the same in any
/// order of updates, so the chunks can share one table and the result does not depend on
/// which thread took the lock first.
///
/// Copies share the table (as `JourneyStatistics` copies do): `startingOver()` gives one of
/// its own, for a read that starts again.
public struct SharedCustomerRatings: BatchFoldable, SharedPartial {
    private var table = SharedCustomerTable<UInt64>(empty: 0)
    /// What the touching loop read, kept so the compiler cannot leave the reads out.
    private var touchedSink: UInt64 = 0

    public init() {}

    /// Keeps each row's rating where it is later than the one kept for its customer, as
    /// `CustomerRatings.add(batch:)` does (`CustomerRatings.keepLatest`).
    public mutating func add(batch rows: [CustomerRatings.Row]) {
        guard let highest = rows.lazy.map(\.customer).max() else { return }
        touchedSink = table.update(expected: 0, including: Int(highest)) { packed in
            packed.withUnsafeMutableBufferPointer { CustomerRatings.keepLatest(rows, in: $0).touched }
        }
    }

    /// Adds the ratings of another fold: nothing to do for a chunk of the same read (same
    /// table); a table of its own is merged entry by entry.
    public mutating func merge(_ other: SharedCustomerRatings) {
        SharedCustomerTable.merge(other.table, into: &table, expected: 0) { $0 = Swift.max($0, $1) }
    }

    public func startingOver() -> SharedCustomerRatings { SharedCustomerRatings() }

    /// The ratings as they are now.
    public var ratings: CustomerRatings { CustomerRatings(packed: table.entries) }
}
