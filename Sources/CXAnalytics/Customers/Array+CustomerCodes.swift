extension Array {
    /// Makes `index` valid, filling new slots with `empty`, for tables indexed by dense
    /// customer codes. Grows by a quarter (not the doubling `append` does) and reserves
    /// exactly, so a table for 750k customers is not one for 1.5M: with a table per
    /// parallel chunk, the slack is most of the analysis's memory.
    @inline(__always)
    mutating func extend(toInclude index: Int, with empty: Element) {
        guard index >= count else { return }
        extend(toCount: Swift.max(index + 1, count + count / 4 + 1024), with: empty)
    }

    /// Extends the table to `size` slots (never shrinks), reserving exactly.
    mutating func extend(toCount size: Int, with empty: Element) {
        guard size > count else { return }
        reserveCapacity(size)
        append(contentsOf: repeatElement(empty, count: size - count))
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
