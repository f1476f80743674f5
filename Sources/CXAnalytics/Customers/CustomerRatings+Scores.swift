extension CustomerRatings {
    /// Calls `body` with each rated customer's code, latest 0–10 score and whether that
    /// response was dated, in code order: one sequential pass over the table, for the folds
    /// over customers (the peak-end fit, revenue per NPS group).
    ///
    /// Codes are handed out by a shared interner in whatever order the parallel chunks reach
    /// the ids, so code order differs from run to run: the folds sum exactly
    /// (`ExactCoMoments`, `ExactTotal`, counts), so their results do not depend on it.
    ///
    /// `codes` limits the pass to those codes (the part of the table that one thread of a
    /// fold split by codes takes).
    @inline(__always)
    func forEachScore(in codes: Range<Int>? = nil, _ body: (Int32, Int, Bool) throws -> Void) rethrows {
        try packed.withUnsafeBufferPointer { packed in
            let indices = codes?.clamped(to: packed.indices) ?? packed.indices
            for index in indices where packed[index] != 0 {
                try body(Int32(index), RatingKey.score(of: packed[index]), packed[index] >> 63 == 1)
            }
        }
    }
}
