import Testing
@testable import CXAnalytics
import CXData

/// The radix sort behind the follow-up list, and the list's order built on it, against
/// Swift's sort.
@Suite struct RadixSortTests {
    // Proves the sort orders keys as Swift's sort does and keeps equal keys in their order
    // (stable), on seeded keys that differ in a few low bytes, in one high byte only, in all
    // eight, and not at all (the passes over bytes where keys agree are skipped).
    @Test func sortsStablyAsSwiftsSortDoes() {
        var random = SeededGenerator(seed: 17)
        let shapes: [(UInt64) -> UInt64] = [{ $0 & 0xFFFF }, { ($0 & 0x3) << 56 | 0x1234 }, { $0 }, { _ in 42 }, { $0 % 7 }]
        for shape in shapes {
            var keys = (0..<3_000).map { _ in shape(random.next()) }
            var values = (0..<Int32(keys.count)).map { $0 }
            let expected = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
            RadixSort.sort(&keys, carrying: &values)
            #expect(values == expected.map(Int32.init))
            #expect(keys == keys.sorted())
        }
        var empty: [UInt64] = [], none: [Int32] = []
        RadixSort.sort(&empty, carrying: &none)
        #expect(empty.isEmpty)
    }

    // Proves the follow-up list orders 4,000 seeded low scorers as its rule says (value at
    // risk in cents, most first, then score ↑, date ↓ with undated last, line ↑), against a
    // comparison sort by that rule: values with many ties, negative ones (refunds) and
    // customers without transactions; and without values, by score, date and line alone.
    @Test func followUpOrderIsTheRulesOrder() {
        var random = SeededGenerator(seed: 23)
        var collector = FollowUpCollector()
        var risk: [Int32: Double] = [:]
        for line in 2..<4_002 {
            var row = ResponseRow(segmentCount: 0, driverCount: 0)
            row.line = line
            row.nps = Int(random.next() % 7)
            row.customer = random.uniform() < 0.1 ? -1 : Int32(random.next() % 3_000)
            row.date = random.uniform() < 0.2 ? nil : CalendarDate(year: 2025, month: 1 + Int(random.next() % 12), day: 1 + Int(random.next() % 28))
            collector.add(row)
            if row.customer >= 0, risk[row.customer] == nil {
                risk[row.customer] = random.uniform() < 0.3 ? 0 : (Double(Int(random.next() % 400)) - 50) * 2.5
            }
        }
        let entries = collector.entries
        func cents(_ index: Int) -> Int64 { entries[index].customer >= 0 ? Int64((risk[entries[index].customer]! * 100).rounded()) : 0 }
        func byScoreDateLine(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (entries[a], entries[b])
            if x.score != y.score { return x.score < y.score }
            if x.date != y.date {
                guard let dx = x.date else { return false }
                guard let dy = y.date else { return true }
                return dx > dy
            }
            return x.line < y.line
        }
        let byValue = entries.indices.sorted { cents($0) != cents($1) ? cents($0) > cents($1) : byScoreDateLine($0, $1) }
        let list = FollowUpList(collector, customers: CategoryValues(), segmentNames: [], segmentValues: [], valueAtRisk: { risk[$0]! })
        #expect(list.entries.map(\.line) == byValue.map { entries[$0].line })
        #expect(list.entries.map(\.value) == byValue.map { Double(cents($0)) / 100 })
        let unvalued = FollowUpList(collector, customers: CategoryValues(), segmentNames: [], segmentValues: [])
        #expect(unvalued.entries.map(\.line) == entries.indices.sorted(by: byScoreDateLine).map { entries[$0].line })
    }
}
