/// Some of the codes 0 ..< n, a bit each, with per 64-code word the number of those codes
/// before it, so a code's rank among them is one popcount: a snapshot of some codes' values
/// (`SharedInterner.snapshot(including:)`) keeps offsets for those codes alone and finds a
/// code's offset by its rank.
struct CodeRanks: Sendable {
    private let words: [UInt64]
    private let before: [UInt32]
    /// Codes present.
    let count: Int

    /// `words[w]` bit b set when code 64w + b is present.
    init(words: [UInt64]) {
        self.words = words
        var running = 0
        before = words.map { word in
            defer { running += word.nonzeroBitCount }
            return UInt32(running)
        }
        count = running
    }

    /// How many present codes are below `code`; nil when `code` is not present.
    @inline(__always)
    func rank(of code: Int) -> Int? {
        let word = words[code >> 6], bit = UInt64(1) << UInt64(code & 63)
        return word & bit == 0 ? nil : Int(before[code >> 6]) + (word & (bit - 1)).nonzeroBitCount
    }
}
