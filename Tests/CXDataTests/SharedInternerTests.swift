import Dispatch
import Testing
@testable import CXData

/// The shared interner gives dense global codes in the order values are first met, the
/// same code to a value whichever thread meets it, and names every code it gave.
struct SharedInternerTests {
    private func code(_ interner: SharedInterner, _ text: String) -> Int32? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { interner.code(for: UnsafeBufferPointer($0)) }
    }

    /// By hand: "north", "south", "north", "" get 0, 1, 0, 2; bytes that are not UTF-8
    /// get nil and use up no code, so the next new value gets 3.
    @Test func codesAreDenseInFirstMetOrder() {
        let interner = SharedInterner()
        #expect(code(interner, "north") == 0)
        #expect(code(interner, "south") == 1)
        #expect(code(interner, "north") == 0)
        #expect(code(interner, "") == 2)
        let invalid: [UInt8] = [0x61, 0xFF]
        #expect(invalid.withUnsafeBufferPointer { interner.code(for: $0) } == nil)
        #expect(code(interner, "east") == 3)
        #expect(interner.count == 4)
        #expect(interner.values == ["north", "south", "", "east"])
        #expect(interner.snapshot[1] == "south")
        // Only the wanted codes (1 and 3) are copied; the others read as "".
        let some = interner.snapshot(including: { $0 % 2 == 1 })
        #expect(some.count == 4 && (0..<4).map { some[$0] } == ["", "south", "", "east"])
        #expect(interner.snapshot(including: { _ in false })[3] == "")
    }

    /// A snapshot of some codes keeps offsets for those codes alone (found by rank in a bit
    /// per code): 1,000 ids, a seeded third of them wanted, with codes 63, 64 and 127, 128
    /// on either side of a word's edge; each wanted code reads its id, the others "".
    @Test func snapshotOfSomeCodesReadsThemByRank() {
        let interner = SharedInterner()
        let ids = (0..<1_000).map { "C\($0 * 7)" }
        for id in ids { _ = code(interner, id) }
        var generator = SeededGenerator(seed: 3)
        var wanted = Set((0..<1_000).filter { _ in generator.uniform() < 0.33 }.map(Int32.init))
        wanted.formUnion([0, 63, 64, 127, 128, 999])
        wanted.remove(500)
        let some = interner.snapshot(including: wanted.contains)
        #expect(some.count == 1_000)
        #expect((0..<1_000).map { some[$0] } == ids.indices.map { wanted.contains(Int32($0)) ? ids[$0] : "" })
        let all = interner.snapshot
        #expect((0..<1_000).map { all[$0] } == ids)
    }

    /// Four threads code the same 20,000 seeded ids, each in its own order, at once. Every
    /// id gets one code whatever thread asked, the codes are exactly 0 ..< 20,000, and the
    /// snapshot names each code with its id.
    @Test func threadsAgreeOnEveryCode() {
        var generator = SeededGenerator(seed: 7)
        let ids = (0..<20_000).map { index in "C\(index)-\(UInt32.random(in: 0...UInt32.max, using: &generator))" }
        let orders = (0..<4).map { _ in ids.indices.shuffled(using: &generator) }
        let interner = SharedInterner()
        let results = Locked([[Int32]](repeating: [], count: orders.count))
        DispatchQueue.concurrentPerform(iterations: orders.count) { thread in
            var codes = [Int32](repeating: -1, count: ids.count)
            for index in orders[thread] { codes[index] = code(interner, ids[index]) ?? -2 }
            results.update { $0[thread] = codes }
        }
        let codes = results.value
        for thread in 1..<codes.count { #expect(codes[thread] == codes[0]) }
        #expect(codes[0].sorted() == (0..<Int32(ids.count)).map { $0 })
        #expect(interner.count == ids.count)
        let snapshot = interner.snapshot
        #expect(snapshot.count == ids.count)
        #expect(ids.indices.allSatisfy { snapshot[Int(codes[0][$0])] == ids[$0] })
    }
}
