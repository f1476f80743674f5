import Foundation
import Testing
@testable import CXAnalytics

/// `Array.adviseHugePages`, as the tables by customer code call it when they get new storage
/// (`extend(toCount:with:)`, `extend(toInclude:with:)`): the kernel is asked for huge pages
/// for tables of megabytes, not for small ones, and the contents are what they would be
/// without the advice. Read back from `/proc/self/smaps`, where an advised mapping's
/// `VmFlags` has `hg`; skipped where there is no such file or the kernel has no huge pages.
struct ArrayHugePagesTests {
    /// The `VmFlags` of the mapping that holds `address`, from `/proc/self/smaps`.
    static func flags(at address: Int) throws -> [Substring]? {
        // Read to its end: the file reports a size of 0, so a read of that size gets nothing.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        defer { try? handle.close() }
        let smaps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        var inMapping = false
        for line in smaps.split(separator: "\n") {
            if let dash = line.firstIndex(of: "-"), let space = line.firstIndex(of: " "), dash < space,
               let low = Int(line[..<dash], radix: 16), let high = Int(line[line.index(after: dash)..<space], radix: 16) {
                inMapping = (low..<high).contains(address)
            } else if inMapping, line.hasPrefix("VmFlags:") {
                return line.dropFirst("VmFlags:".count).split(separator: " ")
            }
        }
        return nil
    }

    /// Whether the mapping that holds the middle element of `table` is advised for huge
    /// pages (the middle: the storage's head and tail short of a whole 2 MiB page stay on
    /// small pages).
    static func middleIsAdvised<Element>(_ table: [Element]) throws -> Bool {
        let middle = table.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress! + $0.count / 2) }
        return try #require(try flags(at: middle)).contains("hg")
    }

    static var hasHugePages: Bool {
        FileManager.default.fileExists(atPath: "/proc/self/smaps")
            && FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled")
    }

    // Proves a table of 16 MiB made by `extend(toCount:)` sits in a mapping advised for huge
    // pages, and holds the value it was filled with everywhere.
    @Test(.enabled(if: hasHugePages))
    func tableOfMegabytesIsAdvised() throws {
        var table: [UInt64] = []
        table.extend(toCount: 2 << 20, with: 7)
        #expect(try Self.middleIsAdvised(table))
        #expect(table.count == 2 << 20 && table.allSatisfy { $0 == 7 })
    }

    // Proves a table that grows past 4 MiB through `extend(toInclude:)` gets the advice for its
    // new storage, keeps every value written before the move, and fills the new slots.
    @Test(.enabled(if: hasHugePages))
    func growingTableIsAdvisedWhenItMoves() throws {
        var table: [Int32] = []
        table.extend(toInclude: 1_000, with: -1)
        for code in 0...1_000 { table[code] = Int32(code) }
        table.extend(toInclude: 3 << 20, with: -1)
        #expect(try Self.middleIsAdvised(table))
        #expect((0...1_000).allSatisfy { table[$0] == Int32($0) })
        #expect(table[1_001...].allSatisfy { $0 == -1 })
    }

    // Proves a table under 4 MiB is left on small pages: it spans no whole 2 MiB page worth
    // advising on its own.
    @Test(.enabled(if: hasHugePages))
    func smallTableIsNotAdvised() throws {
        var table: [UInt8] = []
        table.extend(toCount: 1 << 20, with: 1)
        #expect(try !Self.middleIsAdvised(table))
    }
}
