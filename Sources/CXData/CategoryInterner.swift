/// Gives each distinct category value (a region, a channel…) a small integer code,
/// looking values up by their bytes so no `String` is made for a value seen before.
///
/// Open addressing with FNV-1a hashes over a flat byte store; codes are dense and
/// assigned in order of first appearance.
public struct CategoryInterner: Sendable {
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private var slots: [Int32]
    private var hashes: [UInt64]
    /// The text of each code, when the interner keeps text (the default).
    public private(set) var values: [String] = []
    private let storesText: Bool

    public init() {
        self.init(storesText: true)
    }

    /// An interner that keeps only bytes, not `String`s, for per-chunk codes that a
    /// shared interner names; it trusts the reader to have checked UTF-8.
    init(storesText: Bool) {
        self.storesText = storesText
        slots = [Int32](repeating: -1, count: 64)
        hashes = [UInt64](repeating: 0, count: 64)
    }

    public var count: Int { offsets.count - 1 }

    /// The code for `value`, adding it when new. Returns nil when the bytes are not
    /// UTF-8 (checked only by an interner that keeps text).
    @inline(__always)
    public mutating func code(for value: UnsafeBufferPointer<UInt8>) -> Int32? {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in value { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                bytes.withUnsafeBufferPointer { stored in
                    offsets.withUnsafeBufferPointer { offsets in
                        let mask = slots.count - 1
                        var slot = Int(truncatingIfNeeded: hash) & mask
                        while true {
                            let code = slots[slot]
                            if code < 0 { return nil }
                            if hashes[slot] == hash {
                                let start = offsets[Int(code)], length = offsets[Int(code) + 1] - start
                                if length == value.count
                                    && (length == 0 || memcmp(stored.baseAddress! + start, value.baseAddress!, length) == 0) {
                                    return code
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
        if let found { return found }
        return insert(value, hash: hash)
    }

    private mutating func insert(_ value: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        if storesText {
            guard let text = String(validating: value, as: UTF8.self) else { return nil }
            values.append(text)
        }
        let code = Int32(count)
        bytes.append(contentsOf: value)
        offsets.append(bytes.count)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = code
        hashes[slot] = hash
        if count * 2 > slots.count { grow() }
        return code
    }

    private mutating func grow() {
        let size = slots.count * 2
        var newSlots = [Int32](repeating: -1, count: size)
        var newHashes = [UInt64](repeating: 0, count: size)
        for (slot, code) in slots.enumerated() where code >= 0 {
            var target = Int(truncatingIfNeeded: hashes[slot]) & (size - 1)
            while newSlots[target] >= 0 { target = (target + 1) & (size - 1) }
            newSlots[target] = code
            newHashes[target] = hashes[slot]
        }
        slots = newSlots
        hashes = newHashes
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
