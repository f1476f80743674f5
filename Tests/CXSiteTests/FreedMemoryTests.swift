import Foundation
import Testing
@testable import CXSite

/// Freed heap blocks that the allocator keeps are handed back to the system: resident
/// memory drops by what was freed, not just by what sat at the top of the heap.
struct FreedMemoryTests {
    /// Resident bytes of this process (`/proc/self/statm`, second field, in pages).
    private func residentBytes() throws -> Int {
        let fields = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8).split(separator: " ")
        return try #require(Int(fields[1])) * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// 64 MB in 4 KB blocks, each touched, then all freed but one allocated after them (so
    /// the heap cannot shrink from its top by itself): trimming gives back at least half.
    @Test(.enabled(if: FreedMemory.isAvailable)) func freedBlocksLeaveResidentMemory() throws {
        let blockSize = 4096, blocks = (64 << 20) / blockSize
        var pointers: [UnsafeMutableRawPointer] = []
        pointers.reserveCapacity(blocks)
        for _ in 0..<blocks {
            let block = try #require(malloc(blockSize))
            memset(block, 1, blockSize)
            pointers.append(block)
        }
        let pin = try #require(malloc(blockSize))
        for block in pointers { free(block) }
        let before = try residentBytes()
        FreedMemory.returnToSystem()
        let after = try residentBytes()
        free(pin)
        #expect(before - after >= 32 << 20, "resident \(before >> 20) MB before the trim, \(after >> 20) MB after")
    }

    /// On Linux (glibc) the trim function is found; the analysis relies on it there.
    @Test func trimIsFoundOnLinux() {
        #if os(Linux)
        #expect(FreedMemory.isAvailable)
        #endif
    }
}
