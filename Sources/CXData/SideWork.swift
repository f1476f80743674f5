/// Work that a parallel read hands to its threads beside its chunks: each item is taken by
/// whichever thread is free first once the chunks are all taken, in any order, and `finish`
/// runs once, after all of them, on the thread that started the read.
///
/// Why: the chunks of a read rarely end together, and the thread that ends first waited
/// for the other. The analysis gives it the pieces of the next file's split
/// (`DatasetTable.splitAheadWork`), a pass over that file that would otherwise run between
/// the two reads.
public struct SideWork: Sendable {
    let items: [@Sendable () -> Void]
    let finish: @Sendable () -> Void

    /// No work.
    public init() {
        items = []
        finish = {}
    }

    init(items: [@Sendable () -> Void], finish: @escaping @Sendable () -> Void) {
        self.items = items
        self.finish = finish
    }

    /// Runs the items on the calling thread, then `finish`.
    public func run() {
        for item in items { item() }
        finish()
    }
}
