import Dispatch
import Testing
@testable import CXAnalytics
@testable import CXData

/// The CRM link's purchase counts and revenue, shared by the chunks of a parallel fold.
@Suite struct CRMImpactStatisticsTests {
    /// 300 rated customers (dated answers in March 2025, some undated) and 10,000 seeded
    /// transactions with cents (summed exactly in the shared table), 3% with all their
    /// digits (summed as doubles per chunk), some of unrated customers, some undated, some
    /// without an amount.
    static func data() -> (CustomerRatings, [TransactionRow]) {
        var random = SeededGenerator(seed: 21)
        var ratings = CustomerRatings()
        for code in Int32(0)..<300 {
            let date = random.uniform() < 0.1 ? nil : CalendarDate(year: 2025, month: 3, day: 1 + Int(random.uniform() * 28))
            ratings.add(customer: code, .init(score: Int(random.uniform() * 11), date: date, line: Int(code) + 2))
        }
        let rows = (0..<10_000).map { index in
            TransactionRow(line: index + 2, customer: random.uniform() < 0.02 ? -1 : Int32(random.uniform() * 330),
                           date: random.uniform() < 0.05 ? nil : CalendarDate(year: 2025, month: 1 + Int(random.uniform() * 6), day: 1 + Int(random.uniform() * 28)),
                           amount: random.uniform() < 0.01 ? .nan : random.uniform() < 0.03 ? random.uniform() * 200 : (random.uniform() * 20_000).rounded() / 100)
        }
        return (ratings, rows)
    }

    /// Folds `rows` in 4 contiguous chunks (batches of 16) from copies of one value, which
    /// share its counts, on parallel threads or one after another; merged in chunk order.
    static func fold(_ ratings: CustomerRatings, _ rows: [TransactionRow], window: PurchaseWindow, concurrently: Bool) -> CRMImpactStatistics {
        let empty = BatchedFold(CRMImpactStatistics(ratings: ratings, window: window), batchSize: 16)
        let bounds = (0...4).map { $0 * rows.count / 4 }
        let parts = Locked([BatchedFold<CRMImpactStatistics>?](repeating: nil, count: 4))
        let work: @Sendable (Int) -> Void = { chunk in
            var partial = empty
            for row in rows[bounds[chunk]..<bounds[chunk + 1]] { partial.add(row) }
            parts.update { $0[chunk] = partial }
        }
        if concurrently { DispatchQueue.concurrentPerform(iterations: 4, execute: work) } else { (0..<4).forEach(work) }
        var merged = parts.value[0]!
        for chunk in 1..<4 { merged.merge(parts.value[chunk]!) }
        return merged.finished()
    }

    // Proves that chunks sharing the table on parallel threads give exactly (revenue bit
    // for bit) what the same chunks give one after another, run after run, with and without
    // a window; counts equal a one-pass fold's, and so does the revenue of customers whose
    // amounts all have cents (exact sums), the others' to rounding.
    @Test func parallelChunksMatchSerialChunks() {
        let (ratings, rows) = Self.data()
        for window in [PurchaseWindow.all, PurchaseWindow(daysBefore: 30, daysAfter: 60)] {
            let serial = Self.fold(ratings, rows, window: window, concurrently: false)
            for _ in 0..<6 { #expect(Self.fold(ratings, rows, window: window, concurrently: true).purchases == serial.purchases) }
            var onePass = CRMImpactStatistics(ratings: ratings, window: window)
            for row in rows { onePass.add(row) }
            let (one, split) = (onePass.purchases, serial.purchases)
            #expect(Set(one.keys) == Set(split.keys) && one.count > 200)
            for (code, bought) in one {
                #expect(bought.orders == split[code]!.orders && bought.ordersAfter == split[code]!.ordersAfter)
                #expect(abs(bought.revenue - split[code]!.revenue) <= 1e-9 * max(1, bought.revenue))
                #expect(abs(serial.revenue(of: code) - bought.revenue) <= 1e-9 * max(1, bought.revenue))
            }
            let withLongAmounts = Set(rows.filter { $0.amount.isFinite && $0.amount != ($0.amount * 100).rounded() / 100 }.map(\.customer))
            let centsOnly = one.keys.filter { !withLongAmounts.contains($0) }
            #expect(centsOnly.count > 100 && withLongAmounts.count > 100)
            for code in centsOnly { #expect(one[code]!.revenue == split[code]!.revenue) }
            #expect(onePass.outsideWindow == serial.outsideWindow && onePass.unusable == serial.unusable
                    && onePass.unmatchedTransactions == serial.unmatchedTransactions && onePass.datedTransactions == serial.datedTransactions)
        }
    }

    // Proves the lookup made once for many customers gives each customer's revenue as
    // `revenue(of:)` does, with the per-chunk part of amounts with more places included,
    // and 0 for codes without purchases, beyond the table or negative.
    @Test func revenueLookupMatchesRevenueOf() {
        let (ratings, rows) = Self.data()
        let statistics = Self.fold(ratings, rows, window: .all, concurrently: true)
        let lookup = statistics.revenueByCustomer
        let codes = Set(rows.map(\.customer)).sorted()
        #expect(codes.count > 200 && codes.contains { statistics.revenue(of: $0) != (statistics.revenue(of: $0) * 100).rounded() / 100 })
        for code in codes + [codes.last! + 1_000, -1] { #expect(lookup(code) == statistics.revenue(of: code)) }
        #expect(lookup(codes.last! + 1_000) == 0 && lookup(-1) == 0)
    }

    // Proves that chunks folded as separate values (each with a counts table of its own)
    // merge to the one-pass counts, and that merging into a copy leaves the original as it was.
    @Test func separateTablesMerge() {
        let (ratings, rows) = Self.data()
        var onePass = CRMImpactStatistics(ratings: ratings)
        for row in rows { onePass.add(row) }
        var chunks = (0..<3).map { _ in CRMImpactStatistics(ratings: ratings) }
        for (index, row) in rows.enumerated() { chunks[index * 3 / rows.count].add(row) }
        let first = chunks[0], firstOrders = chunks[0].purchases.mapValues(\.orders)
        var merged = first
        for chunk in chunks.dropFirst() { merged.merge(chunk) }
        #expect(merged.purchases.mapValues(\.orders) == onePass.purchases.mapValues(\.orders))
        #expect(merged.purchases.mapValues(\.ordersAfter) == onePass.purchases.mapValues(\.ordersAfter))
        #expect(first.purchases.mapValues(\.orders) == firstOrders && firstOrders != onePass.purchases.mapValues(\.orders))
    }

    // Proves that copies share the counts and the exact revenue, but not revenue from
    // amounts with more than three places (the copy's own), and that starting over (the
    // chunked fold's one-pass fallback) gives a table of its own.
    @Test func copiesShareCountsAndStartingOverDoesNot() {
        var ratings = CustomerRatings()
        ratings.add(customer: 0, .init(score: 9, date: CalendarDate(year: 2025, month: 3, day: 1), line: 2))
        let original = CRMImpactStatistics(ratings: ratings)
        var copy = original
        copy.add(TransactionRow(customer: 0, date: CalendarDate(year: 2025, month: 3, day: 5), amount: 12.5))
        #expect(copy.purchases(of: 0).orders == 1 && copy.purchases(of: 0).ordersAfter == 1 && copy.revenue(of: 0) == 12.5)
        #expect(original.purchases(of: 0).orders == 1 && original.revenue(of: 0) == 12.5)
        copy.add(TransactionRow(customer: 0, date: CalendarDate(year: 2025, month: 3, day: 6), amount: 0.0625))
        #expect(copy.revenue(of: 0) == 12.5625 && original.revenue(of: 0) == 12.5 && original.purchases(of: 0).orders == 2)
        #expect(original.startingOver().purchases(of: 0).orders == 0)
        #expect(ChunkedFold.startingOver(BatchedFold(original)).finished().purchases.isEmpty)
    }
}
