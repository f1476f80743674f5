/// The values of a `CategoryInterner` by code, read-only: a snapshot that shares the
/// interner's byte store (copy-on-write), so taking one copies nothing.
///
/// Why: a list that names a few hundred thousand customers by id (the follow-up list) can
/// keep their codes and read the ids from here when a row is written, instead of asking a
/// locked interner for a `String` per row while it builds.
public struct CategoryValues: Sendable {
    private let bytes: [UInt8]
    private let offsets: [UInt32]
    /// For a snapshot of some of the codes (`SharedInterner.snapshot(including:)`): bit c of
    /// the words set when code c has its value here, and per word how many codes before it
    /// do; `offsets` then runs over those codes alone, in code order. Empty when every code
    /// has its value: an offset per code would take 2.8 MB for the 1M-row sample's 690k
    /// customers where the follow-up list names 133k, at the end of the analysis, where its
    /// memory peaks.
    private let present: [UInt64]
    private let presentBefore: [UInt32]
    /// Codes 0 ..< count.
    public let count: Int

    init(bytes: [UInt8], offsets: [UInt32]) {
        self.bytes = bytes
        self.offsets = offsets
        present = []
        presentBefore = []
        count = offsets.count - 1
    }

    /// The values of the codes whose bits are set in `present` (`count` codes in all), with
    /// `offsets` over those codes in code order.
    init(bytes: [UInt8], offsets: [UInt32], present: [UInt64], count: Int) {
        self.bytes = bytes
        self.offsets = offsets
        self.present = present
        self.count = count
        var before: UInt32 = 0
        presentBefore = present.map { word in
            defer { before += UInt32(word.nonzeroBitCount) }
            return before
        }
    }

    /// No values.
    public init() {
        self.init(bytes: [], offsets: [0])
    }

    /// The text of `code` (0 ..< count); "" for a code this snapshot did not take.
    public subscript(code: Int) -> String {
        var slot = code
        if !present.isEmpty {
            let word = present[code >> 6], bit = UInt64(1) << UInt64(code & 63)
            guard word & bit != 0 else { return "" }
            slot = Int(presentBefore[code >> 6]) + (word & (bit - 1)).nonzeroBitCount
        }
        return String(decoding: bytes[Int(offsets[slot])..<Int(offsets[slot + 1])], as: UTF8.self)
    }
}
