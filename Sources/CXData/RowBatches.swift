/// Hands rows decoded one by one to a consumer a batch at a time (`TouchpointLoader` and
/// `TransactionLoader` folds).
///
/// Why: a fold's add function is generic over its partial result, so calling it for every
/// row went through a thunk that re-abstracts the row, and the journey and CRM statistics
/// then copied each row into a batch of their own (`BatchedFold`) to look customers up a
/// batch at a time. Rows stored here, in the loader's own (non-generic) code, cross into
/// the fold once per batch.
enum RowBatches {
    /// Rows per batch: as `BatchedFold`'s default.
    static let size = 256

    /// Runs `produce` with a function that takes rows one at a time, and calls `body` with
    /// them in batches of `size` (the last one shorter), in the order produced. A batch is
    /// valid only during the call.
    @inline(__always)
    static func batching<Row, Result>(_ body: (UnsafeBufferPointer<Row>) throws -> Void,
                                      _ produce: ((Row) throws -> Void) throws -> Result) throws -> Result {
        let rows = UnsafeMutablePointer<Row>.allocate(capacity: size)
        var filled = 0
        defer {
            rows.deinitialize(count: filled)
            rows.deallocate()
        }
        // `body` only runs while `produce` does; Swift cannot see that through two closures.
        let result = try withoutActuallyEscaping(body) { body in
            try produce { row in
                (rows + filled).initialize(to: row)
                filled += 1
                if filled == size {
                    defer {
                        rows.deinitialize(count: filled)
                        filled = 0
                    }
                    try body(UnsafeBufferPointer(start: rows, count: filled))
                }
            }
        }
        // The last batch, handed over as the loop above does. Not shared through a local
        // function: one that captures `filled` beside the per-row closure made every access
        // to it an exclusivity check at run time (175M more instructions in reading the
        // 200k-row sample's linked files, valgrind).
        if filled > 0 {
            defer {
                rows.deinitialize(count: filled)
                filled = 0
            }
            try body(UnsafeBufferPointer(start: rows, count: filled))
        }
        return result
    }
}
