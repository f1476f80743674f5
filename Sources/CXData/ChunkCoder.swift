/// One chunk's view of a `SharedInterner`: a local byte-keyed table that maps each
/// value to its global code, filled the first time the chunk meets the value, so the
/// shared interner (and a lock of its) is asked once per distinct value per chunk, not
/// once per row.
///
/// The local table is bounded (`localLimit` values): a low-cardinality column (region,
/// channel, touchpoint) lives in it entirely, while a column of customer ids — hundreds
/// of thousands of values, each met a couple of times — would make every chunk hold a
/// copy of the shared table for little gain, so values beyond the bound go to the
/// shared interner directly.
///
/// The last value looked up and its answer are remembered too: transactions and
/// touchpoints come grouped by customer (several rows of one customer in a row), and a
/// repeat then costs one byte comparison instead of a hash and a probe of a table that
/// holds every customer.
struct ChunkCoder {
    /// Values a chunk keeps locally; the first ones met, which for a skewed column are
    /// usually the frequent ones.
    static let localLimit = 4096
    private var local = CategoryInterner(validatesText: false)
    /// Global code of each local code; −1 for bytes that are not UTF-8.
    private var globalCodes: [Int32] = []
    let shared: SharedInterner
    /// The bytes and the answer of the previous lookup (`lastCode` −2: none yet).
    private var lastBytes: [UInt8] = []
    private var lastCode: Int32 = -2

    init(shared: SharedInterner) {
        self.shared = shared
    }

    /// The global code of `value`; nil when its bytes are not UTF-8.
    @inline(__always)
    mutating func code(for value: UnsafeBufferPointer<UInt8>) -> Int32? {
        if lastCode != -2, value.count == lastBytes.count, value.elementsEqual(lastBytes) {
            return lastCode >= 0 ? lastCode : nil
        }
        let global = lookUp(value)
        lastBytes.removeAll(keepingCapacity: true)
        lastBytes.append(contentsOf: value)
        lastCode = global
        return global >= 0 ? global : nil
    }

    /// The global code, or −1 for bytes that are not UTF-8.
    private mutating func lookUp(_ value: UnsafeBufferPointer<UInt8>) -> Int32 {
        if local.count >= Self.localLimit {
            if let localCode = local.existingCode(for: value) { return globalCodes[Int(localCode)] }
            return shared.code(for: value) ?? -1
        }
        guard let localCode = local.code(for: value) else { return -1 }
        if Int(localCode) < globalCodes.count { return globalCodes[Int(localCode)] }
        let global = shared.code(for: value) ?? -1
        globalCodes.append(global)
        return global
    }
}
