extension CustomerRatings {
    /// The rated customers' codes in the order of their latest responses in the file (by
    /// line), for folds over customers whose floating-point sums must come out the same
    /// on every run: revenue per NPS group, the peak-end fit.
    ///
    /// Why not code order: customer codes are handed out by a shared interner in whatever
    /// order the parallel chunks reach the ids, so they differ from run to run. A line is
    /// one response, so each rated customer has its own line and the order is total.
    ///
    /// Sorted by a radix sort on the line (`RadixSort`): linear, three passes for a million lines.
    public var customersInResponseOrder: [Int32] {
        if let rememberedResponseOrder { return rememberedResponseOrder }
        var lines: [UInt64] = [], codes: [Int32] = []
        lines.reserveCapacity(count)
        codes.reserveCapacity(count)
        packed.withUnsafeBufferPointer { packed in
            for index in packed.indices where packed[index] != 0 {
                lines.append(RatingKey.line(of: packed[index]))
                codes.append(Int32(index))
            }
        }
        RadixSort.sort(&lines, carrying: &codes)
        return codes
    }

    /// Sorts the customers in response order once, for the folds that follow (the
    /// journey's peak-end fit, the CRM link), instead of once in each.
    public mutating func rememberResponseOrder() {
        rememberedResponseOrder = customersInResponseOrder
    }

    /// Calls `body` with each rated customer in response order (`customersInResponseOrder`),
    /// its latest 0–10 score and what `gather` read for it from a table by customer code.
    ///
    /// Codes in response order are scattered over the tables, so each read misses the
    /// cache. `gather` runs over a block of 256 customers before `body` sees any of them:
    /// the reads of a block do not wait for one another, so their misses overlap (on the
    /// 1M-row sample, the CRM groups and the peak-end fit over 550k customers took a half
    /// to a third of the time they took with each customer read as it was folded).
    @inline(__always)
    public func forEachInResponseOrder<Gathered>(gathering gather: (Int32) -> Gathered,
                                                 _ body: (Int32, Int, Gathered) throws -> Void) rethrows {
        let order = customersInResponseOrder, blockSize = 256
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: blockSize)
        let gathered = UnsafeMutablePointer<Gathered>.allocate(capacity: blockSize)
        defer {
            keys.deallocate()
            gathered.deallocate()
        }
        try packed.withUnsafeBufferPointer { packed in
            try order.withUnsafeBufferPointer { order in
                for start in stride(from: 0, to: order.count, by: blockSize) {
                    let count = Swift.min(blockSize, order.count - start)
                    for offset in 0..<count {
                        let customer = order[start + offset]
                        keys[offset] = packed[Int(customer)]
                        (gathered + offset).initialize(to: gather(customer))
                    }
                    defer { gathered.deinitialize(count: count) }
                    for offset in 0..<count { try body(order[start + offset], RatingKey.score(of: keys[offset]), gathered[offset]) }
                }
            }
        }
    }
}
