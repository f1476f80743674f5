import Foundation

/// Hands back to the system the heap memory that the allocator keeps after it is freed.
///
/// Why: glibc's malloc keeps freed blocks in the heap unless they were big enough to be
/// mapped on their own, and that threshold rises as the program frees big blocks. After the
/// responses are read, the arrays that grew while they were folded (the customer codes'
/// shards among them) leave megabytes of freed blocks in the heap, and the journey's
/// customer table is then mapped on top. On the 1M-row sample the full analysis peaked at
/// 144–147 MB resident; trimming between the reads, at 132–136 MB, in the same time.
///
/// `malloc_trim` is glibc's; Swift's Glibc module does not declare it, so it is looked up
/// when first needed. Elsewhere, or if it is missing, this does nothing.
enum FreedMemory {
    #if os(Linux)
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }
    #endif

    /// Whether this platform can hand freed memory back (glibc's `malloc_trim` was found).
    static var isAvailable: Bool {
        #if os(Linux)
        return trim != nil
        #else
        return false
        #endif
    }

    /// Returns the free pages of every heap to the system (`malloc_trim(0)`).
    static func returnToSystem() {
        #if os(Linux)
        _ = trim?(0)
        #endif
    }
}
