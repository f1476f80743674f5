import CXData
import Testing
@testable import CXAnalytics

/// `SharedCustomerRatings`: the chunks of one read share its table, so what they fold must
/// not depend on how rows were dealt to chunks or in which order the chunks took the lock.
struct SharedCustomerRatingsTests {
    /// 2,000 seeded rows over 300 customer codes: scores 0–10, a third undated, dates over
    /// one year, unique lines.
    static func rows(seed: UInt64) -> [ResponseRow] {
        var generator = SeededGenerator(seed: seed)
        return (0..<2_000).map { line in
            var row = ResponseRow(segmentCount: 0, driverCount: 0)
            row.customer = Int32(generator.next() % 300)
            row.nps = Int(generator.next() % 11)
            row.date = generator.next() % 3 == 0 ? nil : CalendarDate(year: 2025, month: Int(generator.next() % 12) + 1, day: 1)
            row.line = line + 2
            return row
        }
    }

    // Proves three chunks sharing one table, fed shuffled rows in batches of 16, end with the
    // same ratings as `CustomerRatings` adding the rows one by one in file order.
    @Test(arguments: [1, 2] as [UInt64])
    func chunksSharingTheTableEqualOnePass(seed: UInt64) {
        let rows = Self.rows(seed: seed)
        var onePass = CustomerRatings()
        for row in rows { onePass.add(row) }
        var shuffled = rows
        var generator = SeededGenerator(seed: seed + 100)
        shuffled.shuffle(using: &generator)
        var chunks = Array(repeating: BatchedFold(SharedCustomerRatings(), batchSize: 16), count: 3)
        for (index, row) in shuffled.enumerated() {
            if let rating = CustomerRatings.Row(row) { chunks[index % 3].add(rating) }
        }
        for chunk in chunks.dropFirst().reversed() { chunks[0].merge(chunk) }
        let shared = chunks[0].finished().ratings
        #expect(shared == onePass)
        #expect(shared.count == Set(rows.map(\.customer)).count)
    }

    // Proves the batch path both tables share (`CustomerRatings.keepLatest`) on a table of
    // its own: one `CustomerRatings` fed shuffled rows in batches of 16, never merged (a
    // merge recounts the ratings), has the ratings and the count of the row-by-row fold.
    @Test func batchesIntoOneTableEqualOnePass() {
        let rows = Self.rows(seed: 4)
        var onePass = CustomerRatings()
        for row in rows { onePass.add(row) }
        var shuffled = rows
        var generator = SeededGenerator(seed: 104)
        shuffled.shuffle(using: &generator)
        var batched = BatchedFold(CustomerRatings(), batchSize: 16)
        for row in shuffled { if let rating = CustomerRatings.Row(row) { batched.add(rating) } }
        let ratings = batched.finished()
        #expect(ratings.count == Set(rows.map(\.customer)).count)
        #expect(ratings == onePass)
    }

    // Proves `startingOver()` has a table of its own: it starts empty, rows added to it do
    // not reach the original, and merging it into the original combines the two tables
    // entry by entry (the later rating of each customer).
    @Test func startingOverHasATableOfItsOwn() {
        let rows = Self.rows(seed: 3)
        var original = SharedCustomerRatings()
        var fresh = original.startingOver()
        #expect(fresh.ratings.count == 0)
        original.add(batch: rows.prefix(1_000).compactMap(CustomerRatings.Row.init))
        fresh.add(batch: rows.dropFirst(1_000).compactMap(CustomerRatings.Row.init))
        var firstHalf = CustomerRatings(), all = CustomerRatings()
        for row in rows.prefix(1_000) { firstHalf.add(row) }
        for row in rows { all.add(row) }
        #expect(original.ratings == firstHalf)
        original.merge(fresh)
        #expect(original.ratings == all)
    }
}
