extension Array {
    /// Makes `index` valid, filling new slots with `empty`, for tables indexed by dense
    /// customer codes. The slots grow by a quarter (not the doubling `append` does), so a
    /// table for 750k customers is not one for 1.5M: with a table per parallel chunk, the
    /// slack would be most of the analysis's memory. The storage is reserved twice as
    /// large when it must move: reserved slots that are never filled are never written,
    /// so they take address space, not memory, and the table is copied a few times
    /// instead of once per quarter (a copy of the whole table, and fresh pages for it,
    /// each time: about 10 ms of the 1M-row sample's responses, `perf`).
    @inline(__always)
    mutating func extend(toInclude index: Int, with empty: Element) {
        guard index >= count else { return }
        let size = Swift.max(index + 1, count + count / 4 + 1024)
        if size > capacity { reserveTable(Swift.max(size, 2 * capacity)) }
        extend(toCount: size, with: empty)
    }

    /// Extends the table to `size` slots (never shrinks), reserving exactly.
    mutating func extend(toCount size: Int, with empty: Element) {
        guard size > count else { return }
        if size > capacity { reserveTable(size) }
        append(contentsOf: repeatElement(empty, count: size - count))
    }

    /// Reserves room for `size` slots; new storage of megabytes gets huge pages before the
    /// table fills it (`adviseHugePages`).
    private mutating func reserveTable(_ size: Int) {
        reserveCapacity(size)
        adviseHugePages()
    }

    /// Adds `other` element by element, extended with zeros to its length: one chunk's
    /// per-customer sums into another's, in chunk order (valence sums, revenue).
    mutating func add(_ other: [Double]) where Element == Double {
        guard !other.isEmpty else { return }
        extend(toCount: other.count, with: 0)
        withUnsafeMutableBufferPointer { sums in
            other.withUnsafeBufferPointer { theirs in
                for index in theirs.indices { sums[index] += theirs[index] }
            }
        }
    }

    /// Extends the array to `size` slots (never shrinks) with `append`'s own amortised
    /// growth, for the small arrays indexed by a loader's dense codes (emotion labels,
    /// touchpoints, segment values) that grow one new code at a time. `empty` is made only
    /// when the array grows: the journey pads its touchpoint slots on every event, and
    /// making and destroying an empty slot each time cost more than the slot's update.
    @inline(__always)
    mutating func pad(toCount size: Int, with empty: @autoclosure () -> Element) {
        guard size > count else { return }
        append(contentsOf: repeatElement(empty(), count: size - count))
    }
}
