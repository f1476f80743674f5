/// An immutable hash table from UTF-8 byte strings to values, looked up straight from a
/// byte buffer: no `String` is made per token, and keys are compared byte for byte, as
/// Python compares code points (Swift's `String` hashing normalises Unicode first, which
/// the hot path does not need).
///
/// Each slot holds its key's first eight bytes and its length beside the entry, so a
/// lookup of a word of up to eight bytes (most words) reads one slot per probe and, on a
/// hit, its value: nothing else. VADER looks up every token of every comment in a table
/// of 7,500 words; with the key bytes and their offsets in arrays of their own, each probe
/// read three places, each usually outside the L1 cache.
///
/// Before the slots, a bit filter answers most lookups of words the table lacks: a bit per
/// hash of (first eight bytes, length), four bits per slot (8 KB for VADER's table). Most
/// tokens of a comment are not in VADER's vocabulary (72% of the 1M-row sample's), and the
/// filter, small enough to stay in the core's cache, turns away about nine in ten of them
/// without reading a slot, each slot read a likely cache miss (a fifth of the tokeniser's
/// time on that sample, `perf`). A key in the table always has its bit set, so the filter
/// never turns away a key that is there.
struct WordTable<Value: Sendable & Hashable>: Sendable, Hashable {
    /// A key's first eight bytes (little-endian, zero-padded) and its length with its
    /// entry + 1 (`length << 32 | entry + 1`; 0 marks an empty slot).
    private struct Slot: Hashable {
        var prefix: UInt64 = 0
        var meta: UInt64 = 0
    }

    private var keyBytes: [UInt8] = []
    /// Start of each key in `keyBytes`; key k spans keyStarts[k] ..< keyStarts[k + 1].
    private var keyStarts: [Int32] = [0]
    private(set) var values: [Value] = []
    /// Open addressing with linear probing, at most half full.
    private var slots: [Slot]
    private var mask: Int
    /// Bit `filterBit` of every key's `headHash` set; `4 × slots.count` bits.
    private var filter: [UInt64]

    /// A table with room for `capacity` keys before it grows.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: Slot(), count: size)
        mask = size - 1
        filter = Array(repeating: 0, count: Self.filterWords(slots: size))
    }

    /// Words of the filter for a table of `slots` slots: four bits a slot.
    private static func filterWords(slots: Int) -> Int { slots / 16 }

    var count: Int { values.count }

    /// The index of `key`, or nil.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        index(of: key, prefix: Self.prefix(key))
    }

    /// The index of `key`, whose first eight bytes (little-endian, zero-padded) the caller
    /// has at hand as `prefix`; nil when absent.
    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> Int? {
        let head = Self.headHash(prefix: prefix, count: key.count)
        guard passesFilter(head) else { return nil }
        var slot = Int(truncatingIfNeeded: Self.hash(key, head: head)) & mask
        let length = UInt64(key.count)
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let candidate = slots[slot]
                if candidate.meta == 0 { return nil }
                if candidate.prefix == prefix && candidate.meta >> 32 == length {
                    let entry = Int(candidate.meta & 0xFFFF_FFFF) - 1
                    if key.count <= 8 || hasSuffix(entry, key) { return entry }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the filter lets `key` through to the slots: always for a key in the table,
    /// and for about one in ten others (`WordTableTests`).
    func mayContain(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { passesFilter(Self.headHash(prefix: Self.prefix($0), count: $0.count)) }
    }

    @inline(__always)
    private func passesFilter(_ head: UInt64) -> Bool {
        let bit = Self.filterBit(head, words: filter.count)
        return filter.withUnsafeBufferPointer { $0[bit >> 6] >> UInt64(bit & 63) & 1 } != 0
    }

    /// The index of `key`, or nil.
    func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { index(of: $0) }
    }

    /// Inserts `key` with `value`, or combines `value` into the existing one.
    mutating func insert(_ key: String, _ value: Value, combine: (inout Value, Value) -> Void = { $0 = $1 }) {
        var key = key
        key.withUTF8 { insert($0, value, combine: combine) }
    }

    /// Inserts the UTF-8 bytes `key` with `value`, or combines `value` into the existing one.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ value: Value, combine: (inout Value, Value) -> Void = { $0 = $1 }) {
        if let existing = index(of: key) {
            combine(&values[existing], value)
            return
        }
        if 2 * (values.count + 1) > slots.count { grow() }
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        values.append(value)
        place(values.count - 1)
    }

    /// Calls `body` with every key and its value, which it may change.
    mutating func updateValues(_ body: (UnsafeBufferPointer<UInt8>, inout Value) -> Void) {
        let keys = keyBytes
        keys.withUnsafeBufferPointer { bytes in
            for entry in values.indices {
                let range = Int(keyStarts[entry])..<Int(keyStarts[entry + 1])
                body(UnsafeBufferPointer(rebasing: bytes[range]), &values[entry])
            }
        }
    }

    /// Whether entry `entry`'s key, known to be as long as `key` and to share its first
    /// eight bytes, has the same bytes after them.
    private func hasSuffix(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(keyStarts[entry])
        return keyBytes.withUnsafeBufferPointer { bytes in
            for offset in 8..<key.count where bytes[start + offset] != key[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: Slot(), count: 2 * slots.count)
        mask = slots.count - 1
        filter = Array(repeating: 0, count: Self.filterWords(slots: slots.count))
        for entry in values.indices { place(entry) }
    }

    private mutating func place(_ entry: Int) {
        let start = Int(keyStarts[entry]), end = Int(keyStarts[entry + 1])
        let (prefix, hash) = keyBytes.withUnsafeBufferPointer { bytes in
            let key = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let prefix = Self.prefix(key), head = Self.headHash(prefix: prefix, count: key.count)
            let bit = Self.filterBit(head, words: filter.count)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            return (prefix, Self.hash(key, head: head))
        }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].meta != 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(prefix: prefix, meta: UInt64(end - start) << 32 | UInt64(entry + 1))
    }

    /// The first eight bytes of `key`, little-endian, zero-padded.
    @inline(__always)
    private static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 { key.littleEndianWord(at: 0) }

    /// The prefix and the length mixed by one multiply: the filter takes its bit from the
    /// high bits, which depend on every bit of both, and `hash` goes on from it.
    @inline(__always)
    private static func headHash(prefix: UInt64, count: Int) -> UInt64 {
        (prefix ^ UInt64(count) &* 0x9e37_79b9_7f4a_7c15) &* 0xbf58_476d_1ce4_e5b9
    }

    /// The filter bit of a key whose `headHash` is `head`, in a filter of `words` words (a
    /// power of two, at least one).
    @inline(__always)
    private static func filterBit(_ head: UInt64, words: Int) -> Int {
        Int(truncatingIfNeeded: head >> 40) & (words * 64 - 1)
    }

    /// `headHash`, then each further group of eight bytes, mixed in by multiplies (one for
    /// a word of up to eight bytes, where FNV-1a multiplies once a byte), finished with
    /// SplitMix64's finaliser so the low bits used as the slot depend on every byte.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
        var h = head
        var index = 8
        while index < key.count {
            h = (h ^ h >> 31 ^ key.littleEndianWord(at: index)) &* 0xbf58_476d_1ce4_e5b9
            index += 8
        }
        h ^= h >> 30
        h = h &* 0x94d0_49bb_1331_11eb
        return h ^ (h >> 31)
    }
}
