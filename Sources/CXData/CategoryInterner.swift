/// Gives each distinct category value (a region, a channel, a customer id…) a small
/// integer code, looking values up by their bytes so no `String` is made for a value
/// seen before.
///
/// Open addressing with FNV-1a hashes over one flat byte store and 32-bit offsets;
/// codes are dense and assigned in order of first appearance. Each table slot is one
/// `UInt64` (code + 1 in the high half, the hash's high half below; 0 = empty), and no
/// `String` is kept per value: `values` decodes them when asked. At a million customer
/// ids that is about 20 bytes a value instead of the 60–80 that a `String` per value,
/// `Int` offsets and separate code/hash tables at half load took.
public struct CategoryInterner: Sendable {
    private var bytes: [UInt8] = []
    private var offsets: [UInt32] = [0]
    private var slots: [UInt64]
    /// Whether new values are checked to be UTF-8 (the default).
    private let validatesText: Bool

    public init() {
        self.init(validatesText: true)
    }

    /// An interner that does not check UTF-8, for per-chunk codes that a shared
    /// interner names; it trusts the reader to have checked.
    init(validatesText: Bool) {
        self.validatesText = validatesText
        slots = [UInt64](repeating: 0, count: 64)
    }

    public var count: Int { offsets.count - 1 }

    /// The text of each code, decoded from the byte store (made on each call).
    public var values: [String] { (0..<count).map(value) }

    /// The text of `code`.
    public func value(_ code: Int) -> String {
        String(decoding: bytes[Int(offsets[code])..<Int(offsets[code + 1])], as: UTF8.self)
    }

    /// Every value by code, sharing this interner's storage.
    public var snapshot: CategoryValues { CategoryValues(bytes: bytes, offsets: offsets) }

    /// The code for `value`, adding it when new. Returns nil when the bytes are not
    /// UTF-8 (checked only by an interner that validates text).
    @inline(__always)
    public mutating func code(for value: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(value)
        if let found = find(value, hash: hash) { return found }
        return insert(value, hash: hash)
    }

    /// The code of `value` when it is already known; never adds it.
    @inline(__always)
    public func existingCode(for value: UnsafeBufferPointer<UInt8>) -> Int32? {
        find(value, hash: Self.hash(value))
    }

    /// FNV-1a over the bytes; `SharedInterner` picks a shard from bits 26–31.
    @inline(__always)
    static func hash(_ value: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in value { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }

    @inline(__always)
    private func find(_ value: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                offsets.withUnsafeBufferPointer { offsets in
                    Self.probe(slots, hash: hash) { code in
                        let start = Int(offsets[code]), length = Int(offsets[code + 1]) - start
                        return length == value.count
                            && (length == 0 || memcmp(stored.baseAddress! + start, value.baseAddress!, length) == 0)
                    }.map { Int32($0) }
                }
            }
        }
    }

    /// Linear probing from the slot `hash` picks, in a table of slots holding index + 1 in
    /// the high half and the hash's high half below (0 = empty): the first index whose tag
    /// matches and which `isValue` confirms by its bytes, or nil at an empty slot.
    /// `InternerShard` lays out its table the same way.
    @inline(__always)
    static func probe(_ slots: UnsafeBufferPointer<UInt64>, hash: UInt64, isValue: (Int) -> Bool) -> Int? {
        let tag = hash >> 32, mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry & 0xFFFF_FFFF == tag, isValue(Int(entry >> 32) - 1) { return Int(entry >> 32) - 1 }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ value: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        if validatesText, value.count > 0, let base = value.baseAddress,
           UTF8Validation.check(base, from: 0, to: value.count) != .valid {
            return nil
        }
        precondition(bytes.count + value.count < Int(UInt32.max), "more than 4 GB of distinct category values")
        let code = Int32(count)
        bytes.append(contentsOf: value)
        offsets.append(UInt32(bytes.count))
        Self.place(UInt64(code + 1) << 32 | hash >> 32, hash: hash, in: &slots)
        // Grow at two-thirds full: linear probing stays short, and the table is a third
        // the size it would be at half load.
        if count * 3 > slots.count * 2 { grow() }
        return code
    }

    /// Puts `entry` in the first empty slot from the one `hash` picks (linear probing, as
    /// `probe` searches).
    @inline(__always)
    static func place(_ entry: UInt64, hash: UInt64, in table: inout [UInt64]) {
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while table[slot] != 0 { slot = (slot + 1) & mask }
        table[slot] = entry
    }

    /// Doubles the table, rehashing each value from its bytes (only the hash's high
    /// half is stored, and the low half picks the slot).
    private mutating func grow() {
        var table = [UInt64](repeating: 0, count: slots.count * 2)
        bytes.withUnsafeBufferPointer { stored in
            for code in 0..<count {
                let start = Int(offsets[code]), end = Int(offsets[code + 1])
                let hash = Self.hash(UnsafeBufferPointer(rebasing: stored[start..<end]))
                Self.place(UInt64(code + 1) << 32 | hash >> 32, hash: hash, in: &table)
            }
        }
        slots = table
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
