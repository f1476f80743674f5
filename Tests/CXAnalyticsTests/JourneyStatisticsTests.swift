import Dispatch
import Testing
@testable import CXAnalytics
@testable import CXData

/// The journey's customer table shared by the chunks of a parallel fold (`SharedCustomerTable`).
@Suite struct JourneyStatisticsTests {
    /// 12,000 seeded events of 400 customers: valences with two decimals (summed exactly in
    /// the shared table) and 3% with all their digits (summed as doubles per chunk, so the
    /// order of additions shows in those sums), dates in one month (so the same day often
    /// holds two of a customer's events and the line decides the end), 12 touchpoints (36
    /// slots, both ways of keeping reach), some events without a valence, a customer or a stage.
    static func rows() -> [TouchpointRow] {
        var random = SeededGenerator(seed: 11)
        return (0..<12_000).map { index in
            var row = TouchpointRow(line: index + 2)
            row.customer = random.uniform() < 0.02 ? -1 : Int32(random.uniform() * 400)
            row.stage = random.uniform() < 0.02 ? nil : JourneyStage.allCases[Int(random.uniform() * 3)]
            row.touchpoint = Int32(random.uniform() * 12)
            let valence = random.uniform() * 6 - 3 + 0.1
            row.emotion = random.uniform() < 0.1 ? .nan : random.uniform() < 0.03 ? valence : valence.rounded(toPlaces: 2)
            row.emotionLabel = Int32(random.uniform() * 4)
            row.date = random.uniform() < 0.05 ? nil : CalendarDate(year: 2025, month: 3, day: 1 + Int(random.uniform() * 28))
            return row
        }
    }

    /// Folds `rows` in `chunks` contiguous chunks (batches of 16) from copies of one value,
    /// so the chunks share its table; `concurrently` runs the chunks on parallel threads.
    /// Merged in chunk order, as `ChunkedFold` does.
    static func fold(_ rows: [TouchpointRow], chunks: Int, concurrently: Bool) -> JourneyStatistics {
        let empty = BatchedFold(JourneyStatistics(scale: -3...3, expectedCustomers: 300), batchSize: 16)
        let bounds = (0...chunks).map { $0 * rows.count / chunks }
        let parts = Locked([BatchedFold<JourneyStatistics>?](repeating: nil, count: chunks))
        let work: @Sendable (Int) -> Void = { chunk in
            var partial = empty
            for row in rows[bounds[chunk]..<bounds[chunk + 1]] { partial.add(row) }
            parts.update { $0[chunk] = partial }
        }
        if concurrently {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
        } else {
            for chunk in 0..<chunks { work(chunk) }
        }
        var merged = parts.value[0]!
        for chunk in 1..<chunks { merged.merge(parts.value[chunk]!) }
        return merged.finished()
    }

    /// Every customer's state, bit for bit (sums included), and the per-touchpoint results.
    static func same(_ a: JourneyStatistics, _ b: JourneyStatistics) -> Bool {
        let states = { (journey: JourneyStatistics) in
            journey.withStates { state in (Int32(-1)..<Int32(420)).map { state($0) } }
        }
        return states(a) == states(b) && a.touchpoints == b.touchpoints && a.customerCount == b.customerCount
            && a.events == b.events && a.unplaced == b.unplaced && a.withoutValence == b.withoutValence
    }

    // Proves that chunks folding into one shared table on parallel threads give exactly
    // the result of the same chunks folded one after another (so which thread takes the
    // lock first changes nothing), run after run; and the one-pass peak, end, count and
    // reach, with the sums of customers whose valences all have two decimals equal to the
    // bit (exact sums), the others equal to rounding.
    @Test func parallelChunksMatchSerialChunks() throws {
        let rows = Self.rows()
        let serial = Self.fold(rows, chunks: 4, concurrently: false)
        for _ in 0..<8 { #expect(Self.same(Self.fold(rows, chunks: 4, concurrently: true), serial)) }
        var onePass = JourneyStatistics(scale: -3...3)
        for row in rows { onePass.add(row) }
        #expect(onePass.customerCount == serial.customerCount)
        let (one, chunked) = (onePass.touchpoints, serial.touchpoints)
        #expect(Set(one.keys) == Set(chunked.keys))
        for (key, a) in one {
            let b = chunked[key]!  // the same events; valence moments equal to rounding
            #expect(a.events == b.events && a.count == b.count && a.negative == b.negative && a.labels == b.labels)
            #expect(a.customers == b.customers && close(a.valence.mean, b.valence.mean, 1e-12))
        }
        for customer in Int32(0)..<400 {
            let a = onePass.state(of: customer), b = serial.state(of: customer)
            #expect(a?.count == b?.count && a?.reached == b?.reached && a?.peak == b?.peak && a?.end == b?.end)
            if let a, let b { #expect(close(a.sum, b.sum, 1e-12)) }
        }
        var allDecimal = Set<Int32>(), withLongValence = Set<Int32>()
        for row in rows where row.customer >= 0 && row.emotion.isFinite {
            if row.emotion == row.emotion.rounded(toPlaces: 2) { allDecimal.insert(row.customer) } else { withLongValence.insert(row.customer) }
        }
        allDecimal.subtract(withLongValence)
        #expect(allDecimal.count > 100 && withLongValence.count > 100)
        for customer in allDecimal { #expect(onePass.state(of: customer)!.sum == serial.state(of: customer)!.sum) }
        #expect(serial.customerCount > 390 && serial.touchpoints.count == 36)
        // The largest |valence| (the peak-end fit's bound), whatever the chunks.
        let largest = rows.map(\.emotion).filter(\.isFinite).map(abs).max()!
        #expect(onePass.largestValence == largest && serial.largestValence == largest)
    }

    // Proves that each customer's peak and end, with the 3% of valences the table cannot hold
    // (kept per chunk beside it), are the rule applied to the customer's events directly:
    // peak = farthest from neutral (0 on −3…3), the lower at equal distance; end = the last
    // event, dated after undated, then by date, then by line. One pass and four chunks alike.
    // And the table's entry is 32 bytes.
    @Test func peakAndEndFollowTheRuleWithValencesTheTableCannotHold() {
        let rows = Self.rows()
        var onePass = JourneyStatistics(scale: -3...3)
        for row in rows { onePass.add(row) }
        let chunked = Self.fold(rows, chunks: 4, concurrently: true)
        var eventsByCustomer: [Int32: [TouchpointRow]] = [:]
        for row in rows where row.customer >= 0 && row.emotion.isFinite { eventsByCustomer[row.customer, default: []].append(row) }
        var heldElsewhere = 0
        for (customer, events) in eventsByCustomer {
            let valences = events.map { $0.emotion + 0 }
            let peak = valences.min { a, b in abs(a) != abs(b) ? abs(a) > abs(b) : a < b }!
            func order(_ event: TouchpointRow) -> [Int] {
                guard let date = event.date else { return [0, 0, 0, 0, event.line] }
                return [1, date.year, date.month, date.day, event.line]
            }
            let last = events.max { a, b in order(a).lexicographicallyPrecedes(order(b)) }!
            if FixedPointSum<Millionths>.units(of: peak) == nil || FixedPointSum<Millionths>.units(of: last.emotion) == nil { heldElsewhere += 1 }
            for statistics in [onePass, chunked] {
                #expect(statistics.state(of: customer)?.peak == peak, "customer \(customer)")
                #expect(statistics.state(of: customer)?.end == last.emotion + 0, "customer \(customer)")
            }
        }
        #expect(heldElsewhere > 10)  // 19 customers whose peak or end is a valence with all its digits
        #expect(MemoryLayout<CustomerPeakEnd>.stride == 32)
    }

    // Proves that copies share the table (a row added to one copy shows in the other,
    // its exact sum included, but not a sum of valences with more than six decimals,
    // which is the copy's own), that `startingOver` gives a table of its own, and that the
    // chunked fold's one-pass fallback starts over: the chunks it gave up may have written
    // to the shared table.
    @Test func copiesShareAndStartingOverDoesNot() {
        var row = TouchpointRow(line: 2)
        (row.customer, row.stage, row.touchpoint, row.emotion) = (7, .during, 1, 2.5)
        let original = JourneyStatistics(scale: -3...3)
        var copy = original
        copy.add(row)
        #expect(original.state(of: 7)?.peak == 2.5 && copy.state(of: 7)?.count == 1)
        #expect(original.state(of: 7)?.sum == 2.5)
        row.emotion = 0.1234567  // seven places: summed by the copy alone
        copy.add(row)
        #expect(copy.state(of: 7)?.sum == 2.5 + 0.1234567 && copy.state(of: 7)?.count == 2)
        #expect(original.state(of: 7)?.sum == 2.5 && original.state(of: 7)?.count == 2)
        #expect(original.startingOver().state(of: 7) == nil)
        let fresh = ChunkedFold.startingOver(BatchedFold(original)).finished()
        #expect(fresh.state(of: 7) == nil && fresh.customerCount == 0)
        #expect(ChunkedFold.startingOver(42) == 42)  // not a shared partial: unchanged
    }

    // Proves that merging statistics with a table of their own into a copy leaves the
    // original as it was (the copy gets a table of its own first), and that −0 and +0
    // are one peak whichever comes first.
    @Test func mergingIntoACopyLeavesTheOriginal() {
        func row(_ customer: Int32, _ valence: Double, line: Int) -> TouchpointRow {
            var row = TouchpointRow(line: line)
            (row.customer, row.stage, row.touchpoint, row.emotion) = (customer, .after, 0, valence)
            return row
        }
        var a = JourneyStatistics(scale: -3...3), b = JourneyStatistics(scale: -3...3)
        a.add(row(0, 1, line: 2))
        b.add(row(0, -3, line: 3))
        var total = a
        total.merge(b)
        #expect(total.state(of: 0)?.count == 2 && total.state(of: 0)?.peak == -3 && total.state(of: 0)?.mean == -1)
        #expect(a.state(of: 0)?.count == 1 && a.state(of: 0)?.peak == 1 && a.state(of: 0)?.mean == 1)
        var zeros = JourneyStatistics(), reversed = JourneyStatistics()
        zeros.add(row(1, -0.0, line: 2))
        zeros.add(row(1, 0.0, line: 3))
        reversed.add(row(1, 0.0, line: 3))
        reversed.add(row(1, -0.0, line: 2))
        #expect(zeros.state(of: 1)!.peak.sign == .plus && reversed.state(of: 1)!.peak.sign == .plus)
    }
}

private extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
