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

    /// Extends the array to `size` slots (never shrinks) with `append`'s own amortised
    /// growth, for the small arrays indexed by a loader's dense codes (emotion labels,
    /// touchpoints, segment values) that grow one new code at a time.
    @inline(__always)
    mutating func pad(toCount size: Int, with empty: Element) {
        guard size > count else { return }
        append(contentsOf: repeatElement(empty, count: size - count))
    }
}
