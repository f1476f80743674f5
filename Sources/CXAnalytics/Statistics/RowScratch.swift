/// A buffer for a few eight-byte values worked out once a row and read several times
/// (a row's shifted driver values, its values on the exact sums' grid), on the stack for up
/// to `stackCapacity` of them and allocated for the call beyond.
///
/// Why not an array, or `withUnsafeTemporaryAllocation`: an array made for each row costs
/// an allocation and a `memcpy`, and the temporary allocation asks the runtime whether the
/// stack has room, on every row (about 20 ms of the 1M-row sample's response cells, `perf`).
enum RowScratch {
    /// Values kept on the stack; more are allocated for the call.
    static let stackCapacity = 16

    /// Calls `body` with room for `count` values of `Element` (eight bytes each), not
    /// initialised: `body` writes each value before it reads it.
    @inline(__always)
    static func withBuffer<Element: BitwiseCopyable, Result>(of _: Element.Type, count: Int,
                                                             _ body: (UnsafeMutablePointer<Element>) -> Result) -> Result {
        precondition(MemoryLayout<Element>.stride == 8 && MemoryLayout<Element>.alignment <= 8, "\(Element.self) is not eight bytes")
        guard count <= stackCapacity else {
            let buffer = UnsafeMutablePointer<Element>.allocate(capacity: count)
            defer { buffer.deallocate() }
            return body(buffer)
        }
        var stack: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                    UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)
            = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &stack) { body($0.bindMemory(to: Element.self).baseAddress!) }
    }
}
