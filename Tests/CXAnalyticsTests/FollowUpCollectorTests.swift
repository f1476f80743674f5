import CXData
import Testing
@testable import CXAnalytics

/// `FollowUpCollector` keeps its low scorers in blocks of `blockCapacity` and merges chunks
/// by taking over their blocks: whatever the chunks, every response must come back at its
/// place in file order, with its own record, segment codes and comment.
struct FollowUpCollectorTests {
    /// 10,000 low scorers (two and a half blocks): line i + 2, customer i mod 997, score
    /// i mod 7, segment codes (i mod 3, −1 when i is even else i mod 5), a date on every
    /// third, and a comment naming the line on every other.
    static let rows: [ResponseRow] = (0..<10_000).map { index in
        var row = ResponseRow(segmentCount: 2, driverCount: 0)
        row.line = index + 2
        row.customer = Int32(index % 997)
        row.nps = index % 7
        row.segments = [Int32(index % 3), index % 2 == 0 ? -1 : Int32(index % 5)]
        row.date = index % 3 == 0 ? CalendarDate(year: 2025, month: index % 12 + 1, day: index % 28 + 1) : nil
        row.comment = index % 2 == 1 ? "line \(index + 2)" : nil
        return row
    }

    /// What the collector must give back for `rows[index]`, worked out from the row itself.
    static func expected(_ index: Int) -> FollowUpCollector.Entry {
        let row = rows[index]
        return FollowUpCollector.Entry(line: row.line, customer: row.customer, date: row.date, score: row.nps!,
                                       segments: row.segments, comment: row.comment)
    }

    // Proves one pass over more rows than two blocks hold gives every response back at its
    // index, across the blocks' edges.
    @Test func onePassAcrossBlocks() {
        var collector = FollowUpCollector()
        for row in Self.rows { collector.add(row) }
        #expect(collector.count == 10_000 && collector.blocks.count == 3)
        #expect(collector.entries == Self.rows.indices.map(Self.expected))
    }

    // Proves chunks cut at and around the blocks' edges (so merged blocks are part full),
    // merged in file order, give the same responses at the same indices as one pass, and
    // rows added after a merge land after the merged ones.
    @Test(arguments: [[1, 4_095, 4_096, 4_097, 9_000], [4_096, 8_192], [5_000], [10, 20, 30]])
    func chunksMergedInFileOrder(cuts: [Int]) {
        let edges = [0] + cuts + [Self.rows.count - 100]
        var chunks: [FollowUpCollector] = []
        for (start, end) in zip(edges, edges.dropFirst()) {
            var chunk = FollowUpCollector()
            for row in Self.rows[start..<end] { chunk.add(row) }
            chunks.append(chunk)
        }
        var merged = chunks[0]
        for chunk in chunks.dropFirst() { merged.merge(chunk) }
        for row in Self.rows.suffix(100) { merged.add(row) }
        #expect(merged.count == Self.rows.count)
        #expect(merged.entries == Self.rows.indices.map(Self.expected))
        var customers = CodeSet()
        for row in Self.rows { customers.insert(row.customer) }
        #expect(merged.customers == customers && customers.count == 997)
    }
}
