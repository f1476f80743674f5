/// One chunk's view of a `SharedInterner`: a local byte-keyed table that maps each
/// value to its global code, filled the first time the chunk meets the value, so the
/// shared lock is taken once per distinct value per chunk, not once per row.
struct ChunkCoder {
    private var local = CategoryInterner(storesText: false)
    /// Global code of each local code; −1 for bytes that are not UTF-8.
    private var globalCodes: [Int32] = []
    let shared: SharedInterner

    init(shared: SharedInterner) {
        self.shared = shared
    }

    /// The global code of `value`; nil when its bytes are not UTF-8.
    @inline(__always)
    mutating func code(for value: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let localCode = local.code(for: value) else { return nil }
        if Int(localCode) < globalCodes.count {
            let global = globalCodes[Int(localCode)]
            return global >= 0 ? global : nil
        }
        let global = shared.code(for: value) ?? -1
        globalCodes.append(global)
        return global >= 0 ? global : nil
    }
}
