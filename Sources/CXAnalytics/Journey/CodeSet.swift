/// A set of non-negative category codes (customer codes from a `SharedInterner`) as a
/// bit vector: bit `code` of word `code / 64` is set when the code is in the set.
///
/// Codes are dense (0, 1, 2, … in order of first appearance), so a touchpoint reached
/// by customers among N codes costs N / 8 bytes, not a hash table of 4-byte entries
/// with its load factor, and an insert is a shift and an OR. Union is a word-wise OR,
/// so per-chunk sets merge exactly.
public struct CodeSet: Hashable, Sendable {
    private var words: [UInt64] = []
    /// Number of codes in the set, kept as codes are added.
    public private(set) var count = 0

    public init() {}

    /// The set whose bits are `words` (bit `code % 64` of word `code / 64`).
    init(words: ArraySlice<UInt64>) {
        self.words = Array(words)
        count = words.reduce(0) { $0 + $1.nonzeroBitCount }
    }

    /// Adds `code` (≥ 0).
    @inline(__always)
    public mutating func insert(_ code: Int32) {
        let word = Int(code) >> 6, bit = UInt64(1) << UInt64(Int(code) & 63)
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: Swift.max(word + 1, words.count * 2) - words.count)) }
        if words[word] & bit == 0 {
            words[word] |= bit
            count += 1
        }
    }

    /// The word that holds `code` (0 beyond the set): reading it ahead brings it into cache.
    @inline(__always)
    func word(holding code: Int32) -> UInt64 {
        let word = Int(code) >> 6
        return word < words.count ? words[word] : 0
    }

    public func contains(_ code: Int32) -> Bool {
        let word = Int(code) >> 6
        return code >= 0 && word < words.count && words[word] & (UInt64(1) << UInt64(Int(code) & 63)) != 0
    }

    /// Adds every code of `other`.
    public mutating func formUnion(_ other: CodeSet) {
        if other.words.count > words.count { words.append(contentsOf: repeatElement(0, count: other.words.count - words.count)) }
        var total = 0
        for index in words.indices {
            if index < other.words.count { words[index] |= other.words[index] }
            total += words[index].nonzeroBitCount
        }
        count = total
    }

    /// Equal sets may differ in trailing zero words; compare the codes.
    public static func == (a: CodeSet, b: CodeSet) -> Bool {
        guard a.count == b.count else { return false }
        let shared = Swift.min(a.words.count, b.words.count)
        return a.words[..<shared] == b.words[..<shared]
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        var end = words.count
        while end > 0, words[end - 1] == 0 { end -= 1 }
        hasher.combine(words[..<end])
    }
}
