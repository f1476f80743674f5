/// One shard of a `SharedInterner`: the values whose hash falls in this shard, each with
/// the global code the interner gave it. Not thread-safe; the interner locks it.
///
/// Open addressing over one flat byte store, like `CategoryInterner`: each slot is one
/// `UInt64` (local index + 1 in the high half, the hash's high half below; 0 = empty),
/// and each value's start in `bytes` sits beside its global code in `entries`, so a hit
/// reads a slot, an entry and the bytes it compares.
struct InternerShard {
    private var bytes: [UInt8] = []
    /// Per local index i: entries[2i] is the value's start in `bytes`, entries[2i + 1] its
    /// global code; entries[2 · count] is the end of the last value.
    private var entries: [UInt32] = [0]
    private var slots = [UInt64](repeating: 0, count: 16)

    /// Values in this shard.
    var count: Int { entries.count / 2 }

    /// The global code of `value`, whose `CategoryInterner.hash` is `hash`; nil when new.
    @inline(__always)
    func code(of value: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                CategoryInterner.probe(slots, hash: hash) { local in
                    let start = Int(entries[2 * local]), length = Int(entries[2 * local + 2]) - start
                    return length == value.count && matches(value, at: start)
                }.map { Int32(bitPattern: entries[2 * $0 + 1]) }
            }
        }
    }

    @inline(__always)
    private func matches(_ value: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        value.isEmpty || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, value.baseAddress!, value.count) == 0 }
    }

    /// Adds `value` (not yet in the shard) with global code `code`.
    mutating func insert(_ value: UnsafeBufferPointer<UInt8>, hash: UInt64, code: Int32) {
        precondition(bytes.count + value.count < Int(UInt32.max), "more than 4 GB of distinct category values in one shard")
        let local = count  // its start is already in place: the previous value's end
        Self.makeRoom(for: value.count, in: &bytes)
        Self.makeRoom(for: 2, in: &entries)
        bytes.append(contentsOf: value)
        entries.append(UInt32(bitPattern: code))
        entries.append(UInt32(bytes.count))
        CategoryInterner.place(UInt64(local + 1) << 32 | hash >> 32, hash: hash, in: &slots)
        // Grow at three-quarters full (`CategoryInterner`, whose tables are small, grows at
        // two-thirds): the customer ids' tables are the largest the analysis keeps, and
        // a slot holds the hash's high half, so a longer probe mostly stays in its line.
        if count * 4 > slots.count * 3 { grow() }
    }

    /// Makes room for `extra` more elements, growing by a quarter where `append` would
    /// double: the customer ids' shards are the largest tables the analysis keeps, and with
    /// doubling a third of their bytes and entries was unused capacity on average (6.5 MB
    /// of 17 MB for the 1M-row sample's 690k ids). A quarter keeps appends amortised O(1).
    @inline(__always)
    private static func makeRoom<Element>(for extra: Int, in array: inout [Element]) {
        let needed = array.count + extra
        guard needed > array.capacity else { return }
        array.reserveCapacity(Swift.max(needed, array.capacity + array.capacity / 4 + 64))
    }

    /// Calls `body` with each value's global code and bytes.
    func forEach(_ body: (Int32, UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { stored in
            for local in 0..<count {
                let start = Int(entries[2 * local]), end = Int(entries[2 * local + 2])
                body(Int32(bitPattern: entries[2 * local + 1]), UnsafeBufferPointer(rebasing: stored[start..<end]))
            }
        }
    }

    /// Doubles the table, rehashing each value from its bytes.
    private mutating func grow() {
        var table = [UInt64](repeating: 0, count: slots.count * 2)
        var local = 0
        forEach { _, value in
            let hash = CategoryInterner.hash(value)
            CategoryInterner.place(UInt64(local + 1) << 32 | hash >> 32, hash: hash, in: &table)
            local += 1
        }
        slots = table
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
