extension CustomerRatings {
    /// The rated customers' codes in the order of their latest responses in the file (by
    /// line), for folds over customers whose floating-point sums must come out the same
    /// on every run: revenue per NPS group, the peak-end fit.
    ///
    /// Why not code order: customer codes are handed out by a shared interner in whatever
    /// order the parallel chunks reach the ids, so they differ from run to run. A line is
    /// one response, so each rated customer has its own line and the order is total.
    ///
    /// Sorted by a least-significant-digit radix sort on the line, a byte a pass (three
    /// passes for a million lines): linear, and each pass writes to 256 places at a time,
    /// few enough to stay in cache (2,048 places, at 11 bits a pass, took longer).
    public var customersInResponseOrder: [Int32] {
        if let rememberedResponseOrder { return rememberedResponseOrder }
        var lines: [UInt64] = [], codes: [Int32] = []
        lines.reserveCapacity(count)
        codes.reserveCapacity(count)
        var highest: UInt64 = 0
        packed.withUnsafeBufferPointer { packed in
            for index in packed.indices where packed[index] != 0 {
                let line = RatingKey.line(of: packed[index])
                lines.append(line)
                codes.append(Int32(index))
                highest = Swift.max(highest, line)
            }
        }
        Self.radixSort(&lines, carrying: &codes, bits: UInt64.bitWidth - highest.leadingZeroBitCount)
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

    /// Sorts `keys` (below 2^`bits`) and moves `values` with them, stably.
    static func radixSort(_ keys: inout [UInt64], carrying values: inout [Int32], bits: Int) {
        let digitBits = 8, mask = (1 << digitBits) - 1
        var sortedKeys = [UInt64](repeating: 0, count: keys.count), sortedValues = [Int32](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: mask + 1)
        var shift = 0
        while shift < bits {
            counts.withUnsafeMutableBufferPointer { counts in
                keys.withUnsafeBufferPointer { keys in
                    values.withUnsafeBufferPointer { values in
                        sortedKeys.withUnsafeMutableBufferPointer { sortedKeys in
                            sortedValues.withUnsafeMutableBufferPointer { sortedValues in
                                counts.update(repeating: 0)
                                for key in keys { counts[Int(truncatingIfNeeded: key >> UInt64(shift)) & mask] += 1 }
                                var start = 0
                                for digit in counts.indices {
                                    let count = counts[digit]
                                    counts[digit] = start
                                    start += count
                                }
                                for index in keys.indices {
                                    let digit = Int(truncatingIfNeeded: keys[index] >> UInt64(shift)) & mask
                                    let position = counts[digit]
                                    sortedKeys[position] = keys[index]
                                    sortedValues[position] = values[index]
                                    counts[digit] = position + 1
                                }
                            }
                        }
                    }
                }
            }
            swap(&keys, &sortedKeys)
            swap(&values, &sortedValues)
            shift += digitBits
        }
    }
}
