import Testing
@testable import CXAnalytics
import CXData

/// The cell index that the response and text statistics find each row's cell in.
@Suite struct CellTableTests {
    // Proves the table finds the same cell for the same key and a new one for a new key,
    // as a Dictionary does, across many growths (3,000 distinct keys among 20,000 seeded
    // lookups, with missing codes and the lowest lead), and lists its cells in the order
    // they were first met (the order roll-ups use).
    @Test func agreesWithADictionary() {
        var generator = SeededGenerator(seed: 21)
        func code(_ count: Int) -> Int32 { Int32(generator.uniform() * Double(count)) - 1 }
        var table = CellTable<Int>()
        var reference: [CellKey: Int] = [:]
        for row in 0..<20_000 {
            let lead = generator.uniform() < 0.05 ? Int32.min : code(12)
            let key = CellKey(lead: lead, segments: [code(6), code(9), code(5)].prefix(1 + row % 3).map { $0 })
            let index = table.index(of: key, default: reference.count)
            #expect(index == reference[key, default: reference.count])
            if reference[key] == nil { reference[key] = index }
        }
        #expect(table.count == reference.count && reference.count > 1_000)
        #expect(table.keys.enumerated().allSatisfy { reference[$0.element] == $0.offset && table.values[$0.offset] == $0.offset })
        table.removeAll()
        #expect(table.isEmpty && table.index(of: CellKey(lead: 0, segments: []), default: 7) == 0 && table.values == [7])
    }

    // Proves a key carries up to four segment codes, −1 for the ones not given.
    @Test func keyHoldsFourSegments() {
        let key = CellKey(lead: 3, segments: [4, 5])
        #expect(key.segments == [4, 5, -1, -1] && (0..<4).map(key.segment) == [4, 5, -1, -1])
        #expect(CellKey(lead: 3, segments: [4, 5]) != CellKey(lead: 3, segments: [4, 6]))
    }
}
