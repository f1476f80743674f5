import Foundation

/// The journey's per-customer `CustomerPeakEnd`s, indexed by customer code, in one table
/// that every chunk of a parallel fold updates under a lock.
///
/// Why one table: each chunk kept a table of its own, the size of all the customers, and
/// they were merged at the end; on the 1M-row sample that was 2 × 22 MB at the analysis's
/// memory peak, and 2 × 220 MB at 10M rows. What a `CustomerPeakEnd` holds comes out the
/// same in any order of updates, so the chunks can share the table and the result does not
/// depend on which thread got the lock first. (The valence sums, which do depend on the
/// order of additions, stay per chunk: `JourneyStatistics.sums`.)
///
/// A chunk takes the lock once per batch of rows (`BatchedFold`), not per row. The lock is
/// an `NSLock` (a pthread mutex), which ThreadSanitizer understands; with the Synchronization
/// module's `Mutex` it reported races on Linux that a plain counter test shows are not there.
final class CustomerStateTable: @unchecked Sendable {
    private let lock = NSLock()
    /// Read and written only with `lock` held.
    private var states: [CustomerPeakEnd] = []

    /// Runs `body` on the states with the lock held, after making `highest` a valid code:
    /// the table is made `expected` long at its first use (the customers known before the
    /// fold), then grows by a quarter only for codes beyond them.
    func update<Result>(expected: Int, including highest: Int, _ body: (inout [CustomerPeakEnd]) -> Result) -> Result {
        lock.withLock {
            if states.isEmpty { states.extend(toCount: expected, with: CustomerPeakEnd()) }
            states.extend(toInclude: highest, with: CustomerPeakEnd())
            return body(&states)
        }
    }

    /// Runs `body` on the states with the lock held, without changing them.
    func read<Result>(_ body: ([CustomerPeakEnd]) -> Result) -> Result {
        lock.withLock { body(states) }
    }
}
