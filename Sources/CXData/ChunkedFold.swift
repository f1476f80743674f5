import Foundation

/// Reads the chunks of a CSV file on parallel threads, one partial result per chunk,
/// for the loaders whose rows fold into mergeable statistics (touchpoints,
/// transactions; the responses loader has its own, with its decoder per chunk).
///
/// `read` turns one chunk into its partial result and data quality. The results come
/// back in chunk (file) order so the caller merges them deterministically; nil when any
/// chunk failed, and the caller then reads the whole file in one pass, which reports
/// the first real error where it is.
enum ChunkedFold {
    /// `beside` is done by the threads as they finish their chunks (`SideWork`).
    static func run<Partial: Sendable>(
        _ chunks: [CSVChunk], beside: SideWork = SideWork(), read: @Sendable (CSVChunk) throws -> (Partial, DataQuality)
    ) -> [(Partial, DataQuality)]? {
        let results = Locked([(Partial, DataQuality)?](repeating: nil, count: chunks.count))
        let failed = Locked(false)
        // Iterations are taken in order, so the chunks first and the side work after them.
        DispatchQueue.concurrentPerform(iterations: chunks.count + beside.items.count) { index in
            guard index < chunks.count else { return beside.items[index - chunks.count]() }
            do {
                let result = try read(chunks[index])
                results.update { $0[index] = result }
            } catch {
                failed.update { $0 = true }
            }
        }
        beside.finish()
        if failed.value { return nil }
        return results.value.map { $0! }
    }

    /// The fold of a linked-dataset loader (touchpoints, transactions): `table` split
    /// into up to `threads` chunks, each read into its own partial, merged in file order;
    /// JSON, small files or a failed split are read in one pass. `read` decodes a chunk
    /// (the whole file when nil), calling its body with the well-formed rows a batch at a
    /// time (`RowBatches`), and returns the chunk's data quality; the merged quality is
    /// checked as a whole. `beside` is done by the chunks' threads as they finish; not at all
    /// in a one-pass read.
    static func fold<Row, Partial: Sendable>(
        _ initial: Partial, table: DatasetTable, threads: Int, minimumChunkBytes: Int, beside: SideWork = SideWork(),
        read: @escaping @Sendable (CSVChunk?, (UnsafeBufferPointer<Row>) throws -> Void) throws -> DataQuality,
        addRows: @Sendable (inout Partial, UnsafeBufferPointer<Row>) -> Void, merge: (inout Partial, Partial) -> Void
    ) throws -> (result: Partial, quality: DataQuality) {
        if let chunks = try table.chunks(parts: threads, minimumChunk: minimumChunkBytes),
           var results = run(chunks, beside: beside, read: { chunk in
               var partial = initial
               let quality = try read(chunk) { addRows(&partial, $0) }
               return (partial, quality)
           }) {
            let (result, quality) = combine(&results, merge: merge)
            return (result, try ValueChecker.checked(quality, table: table))
        }
        var partial = startingOver(initial)
        let quality = try ValueChecker.checked(read(nil) { addRows(&partial, $0) }, table: table)
        return (partial, quality)
    }

    /// `initial`, or for a partial whose copies share state (`SharedPartial`) a fresh one:
    /// the chunks given up may have written to the shared state.
    static func startingOver<Partial>(_ initial: Partial) -> Partial {
        guard let shared = initial as? any SharedPartial else { return initial }
        return shared.startingOver() as! Partial
    }

    /// Merges per-chunk results in file order, emptying `results`. Each partial is moved
    /// out of the array before it is merged: the first is then the only reference to its
    /// tables and merges in place, where a copy left in the array would make the merge
    /// copy a whole per-customer table (18 MB for the journey of the 1M-row sample), and
    /// each other partial is freed as soon as it is merged.
    static func combine<Partial>(_ results: inout [(Partial, DataQuality)], merge: (inout Partial, Partial) -> Void) -> (Partial, DataQuality) {
        results.reverse()
        var combined = results.removeLast()
        while let other = results.popLast() {
            merge(&combined.0, other.0)
            combined.1.merge(other.1)
        }
        return combined
    }
}
