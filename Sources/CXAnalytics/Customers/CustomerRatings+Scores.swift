extension CustomerRatings {
    /// Calls `body` with each rated customer's code, latest 0–10 score and whether that
    /// response was dated, in code order: one sequential pass over the table, for the folds
    /// over customers (the peak-end fit, revenue per NPS group).
    ///
    /// Codes are handed out by a shared interner in whatever order the parallel chunks reach
    /// the ids, so code order differs from run to run: the folds sum exactly
    /// (`ExactCoMoments`, `ExactTotal`, counts), so their results do not depend on it.
    @inline(__always)
    func forEachScore(_ body: (Int32, Int, Bool) throws -> Void) rethrows {
        try packed.withUnsafeBufferPointer { packed in
            for index in packed.indices where packed[index] != 0 {
                try body(Int32(index), RatingKey.score(of: packed[index]), packed[index] >> 63 == 1)
            }
        }
    }
}
