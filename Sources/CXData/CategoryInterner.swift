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
    public private(set) var values: [String] = []

    public init() {
        slots = [Int32](repeating: -1, count: 64)
        hashes = [UInt64](repeating: 0, count: 64)
    }

    public var count: Int { values.count }

    /// The code for `value`, adding it when new. Returns nil when the bytes are not UTF-8.
    public mutating func code(for value: UnsafeBufferPointer<UInt8>) -> Int32? {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in value { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let code = slots[slot]
            if code < 0 { break }
            if hashes[slot] == hash && matches(Int(code), value) { return code }
            slot = (slot + 1) & mask
        }
        guard let text = String(validating: value, as: UTF8.self) else { return nil }
        let code = Int32(values.count)
        values.append(text)
        bytes.append(contentsOf: value)
        offsets.append(bytes.count)
        slots[slot] = code
        hashes[slot] = hash
        if values.count * 2 > slots.count { grow() }
        return code
    }

    private func matches(_ code: Int, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[code], end = offsets[code + 1]
        guard end - start == value.count else { return false }
        for i in 0..<value.count where bytes[start + i] != value[i] { return false }
        return true
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
