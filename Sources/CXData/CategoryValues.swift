/// The values of a `CategoryInterner` by code, read-only: a snapshot that shares the
/// interner's byte store (copy-on-write), so taking one copies nothing.
///
/// Why: a list that names a few hundred thousand customers by id (the follow-up list) can
/// keep their codes and read the ids from here when a row is written, instead of asking a
/// locked interner for a `String` per row while it builds.
public struct CategoryValues: Sendable {
    private let bytes: [UInt8]
    private let offsets: [UInt32]
    /// For a snapshot of some of the codes (`SharedInterner.snapshot(including:)`): which
    /// ones, and `offsets` then runs over those codes alone, by rank. nil when every code has
    /// its value: an offset per code would take 2.8 MB for the 1M-row sample's 690k
    /// customers where the follow-up list names 133k, at the end of the analysis, where its
    /// memory peaks.
    private let ranks: CodeRanks?
    /// Codes 0 ..< count.
    public let count: Int

    init(bytes: [UInt8], offsets: [UInt32]) {
        self.bytes = bytes
        self.offsets = offsets
        ranks = nil
        count = offsets.count - 1
    }

    /// The values of the codes in `ranks` (of `count` codes in all), with `offsets` over
    /// those codes by rank.
    init(bytes: [UInt8], offsets: [UInt32], ranks: CodeRanks, count: Int) {
        self.bytes = bytes
        self.offsets = offsets
        self.ranks = ranks
        self.count = count
    }

    /// No values.
    public init() {
        self.init(bytes: [], offsets: [0])
    }

    /// The text of `code` (0 ..< count); "" for a code this snapshot did not take.
    public subscript(code: Int) -> String {
        var slot = code
        if let ranks {
            guard let rank = ranks.rank(of: code) else { return "" }
            slot = rank
        }
        return String(decoding: bytes[Int(offsets[slot])..<Int(offsets[slot + 1])], as: UTF8.self)
    }
}
