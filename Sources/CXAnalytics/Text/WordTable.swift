/// An immutable hash table from UTF-8 byte strings to values, looked up straight from a
/// byte buffer: no `String` is made per token, and hashing is a plain FNV-1a over the bytes
/// (Swift's `String` hashing normalises Unicode first, which the hot path does not need:
/// keys and tokens are compared byte for byte, as Python compares code points).
struct WordTable<Value: Sendable & Hashable>: Sendable, Hashable {
    private var keyBytes: [UInt8] = []
    /// Start of each key in `keyBytes`; key k spans keyStarts[k] ..< keyStarts[k + 1].
    private var keyStarts: [Int32] = [0]
    private(set) var values: [Value] = []
    /// Open addressing with linear probing; -1 marks an empty slot.
    private var slots: [Int32]
    private var mask: Int

    /// A table with room for `capacity` keys before it grows.
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { values.count }

    /// The index of `key`, or nil.
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
        var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { bytes in
                keyStarts.withUnsafeBufferPointer { starts in
                    while true {
                        let entry = Int(slots[slot])
                        if entry < 0 { return nil }
                        let start = Int(starts[entry]), end = Int(starts[entry + 1])
                        if end - start == key.count && Self.equal(bytes, start, key) { return entry }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The index of `key`, or nil.
    func index(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { index(of: $0) }
    }

    /// Inserts `key` with `value`, or combines `value` into the existing one.
    mutating func insert(_ key: String, _ value: Value, combine: (inout Value, Value) -> Void = { $0 = $1 }) {
        if let existing = index(of: key) {
            combine(&values[existing], value)
            return
        }
        if 2 * (values.count + 1) > slots.count { grow() }
        keyBytes.append(contentsOf: key.utf8)
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

    private mutating func grow() {
        slots = Array(repeating: -1, count: 2 * slots.count)
        mask = slots.count - 1
        for entry in values.indices { place(entry) }
    }

    private mutating func place(_ entry: Int) {
        let start = Int(keyStarts[entry]), end = Int(keyStarts[entry + 1])
        let hash = keyBytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry)
    }

    @inline(__always)
    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<key.count where bytes[start + offset] != key[offset] { return false }
        return true
    }

    /// 64-bit FNV-1a, finished with a multiply-xorshift so the low bits used as the slot mix well.
    @inline(__always)
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        h ^= h >> 29
        h = h &* 0xbf58_476d_1ce4_e5b9
        return h ^ (h >> 32)
    }
}
