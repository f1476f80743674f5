import Foundation

/// A table by customer code that every chunk of a parallel fold updates under one lock:
/// the journey's `CustomerPeakEnd`s and the CRM link's `PurchaseTotals`.
///
/// Why one table: each chunk kept a table of its own, the size of all the customers, and
/// they were merged at the end; on the 1M-row sample the journey's alone were 2 × 22 MB
/// at the analysis's memory peak, and 2 × 220 MB at 10M rows. What these tables hold
/// (counts, reach, peak, end, and sums kept exactly as `FixedPointSum`s) comes out the
/// same in any order of updates, so the chunks can share one and the result does not
/// depend on which thread got the lock first. Values a `FixedPointSum` cannot hold are
/// summed as doubles, which depend on the order of additions: those stay per chunk beside
/// the table and add up in file order.
///
/// A chunk takes the lock once per batch of rows (`BatchedFold`), not per row. The lock is
/// an `NSLock` (a pthread mutex), which ThreadSanitizer understands; with the Synchronization
/// module's `Mutex` it reported races on Linux that a plain counter test shows are not there.
final class SharedCustomerTable<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let empty: Element
    /// Read and written only with `lock` held.
    private var elements: [Element] = []

    /// `empty` is the entry of a customer not yet seen.
    init(empty: Element) {
        self.empty = empty
    }

    /// Runs `body` on the table with the lock held, after making `highest` a valid code:
    /// the table is made `expected` long at its first use (the customers known before the
    /// fold), then grows by a quarter only for codes beyond them.
    func update<Result>(expected: Int, including highest: Int, _ body: (inout [Element]) -> Result) -> Result {
        lock.withLock {
            if elements.isEmpty { elements.extend(toCount: expected, with: empty) }
            elements.extend(toInclude: highest, with: empty)
            return body(&elements)
        }
    }

    /// Runs `body` on the table with the lock held, without changing it.
    func read<Result>(_ body: ([Element]) -> Result) -> Result {
        lock.withLock { body(elements) }
    }

    /// The entries as they are now (the array is shared until either side changes it).
    var entries: [Element] { read { $0 } }

    /// A table of its own with the same entries.
    private func copy() -> SharedCustomerTable {
        let copy = SharedCustomerTable(empty: empty)
        copy.elements = entries
        return copy
    }

    /// Merges `other`'s entries into `table` entry by entry, for statistics that were
    /// folded with tables of their own; nothing when both are the same table (the chunks
    /// of one parallel fold). `table` first becomes a table of its own when copies of a
    /// statistics value still hold it (they must not see rows that are not theirs), and
    /// the two locks are never held at once.
    static func merge(_ other: SharedCustomerTable, into table: inout SharedCustomerTable, expected: Int,
                      _ combine: (inout Element, Element) -> Void) {
        guard other !== table else { return }
        let theirs = other.entries
        guard !theirs.isEmpty else { return }
        if !isKnownUniquelyReferenced(&table) { table = table.copy() }
        table.update(expected: expected, including: theirs.count - 1) { entries in
            for index in theirs.indices { combine(&entries[index], theirs[index]) }
        }
    }
}
