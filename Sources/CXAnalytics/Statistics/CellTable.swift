/// The key of a fold cell: a leading code (a period index, or an NPS group) and up to
/// four segment codes, −1 where a segment is missing or not declared.
struct CellKey: Hashable, Sendable {
    static let segmentCapacity = 4
    var lead: Int32
    var a: Int32, b: Int32, c: Int32, d: Int32

    init(lead: Int32, segments: [Int32]) {
        self.lead = lead
        let count = segments.count
        a = count > 0 ? segments[0] : -1
        b = count > 1 ? segments[1] : -1
        c = count > 2 ? segments[2] : -1
        d = count > 3 ? segments[3] : -1
    }

    func segment(_ slot: Int) -> Int32 {
        switch slot {
        case 0: a
        case 1: b
        case 2: c
        default: d
        }
    }

    var segments: [Int32] { [a, b, c, d] }

    /// The five codes in three words, each multiplied by its own odd constant and folded:
    /// independent multiplies, where a `Hasher` runs SipHash rounds over every field.
    @inline(__always)
    var mixed: UInt64 {
        let first = UInt64(UInt32(bitPattern: lead)) << 32 | UInt64(UInt32(bitPattern: a))
        let second = UInt64(UInt32(bitPattern: b)) << 32 | UInt64(UInt32(bitPattern: c))
        let third = UInt64(UInt32(bitPattern: d))
        var h = first &* 0x9e37_79b9_7f4a_7c15 ^ second &* 0xbf58_476d_1ce4_e5b9 ^ third &* 0x94d0_49bb_1331_11eb
        h ^= h >> 29
        return h &* 0x9e37_79b9_7f4a_7c15
    }
}

/// Cells by key, in the order they were first met, found through an open-addressing
/// index (linear probing, at most half full) on `CellKey.mixed`.
///
/// Roll-ups go through the cells in that order: it depends on the order of the rows
/// only. Key order would not do: codes are handed out by a shared interner in whatever
/// order parallel chunks reach the values, so they differ from run to run, and sums
/// rolled up in code order would differ in their last digits.
///
/// Why: every response (and every comment) finds its cell here. A `Dictionary` keyed by
/// the cell hashes five fields with Swift's seeded SipHash on every row; on the 1M-row
/// sample that hashing was about a seventh of what the response statistics added to
/// reading the file.
struct CellTable<Value: Sendable>: Sendable {
    private(set) var keys: [CellKey] = []
    /// The value of `keys[i]` at `values[i]`; callers update values in place by index.
    var values: [Value] = []
    /// Index into `keys` + 1; 0 marks an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)
    private var shift = 64 - 6

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// The index of `key`'s value, adding `make()` for a new key.
    @inline(__always)
    mutating func index(of key: CellKey, default make: @autoclosure () -> Value) -> Int {
        var slot = Int(truncatingIfNeeded: key.mixed >> UInt64(shift))
        let mask = slots.count - 1
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { break }
            if keys[entry - 1] == key { return entry - 1 }
            slot = (slot + 1) & mask
        }
        keys.append(key)
        values.append(make())
        slots[slot] = Int32(keys.count)
        if 2 * keys.count > slots.count { grow() }
        return keys.count - 1
    }

    /// Empties the table, keeping its storage.
    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
        for index in slots.indices { slots[index] = 0 }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: 2 * slots.count)
        shift -= 1
        let mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.mixed >> UInt64(shift))
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}
