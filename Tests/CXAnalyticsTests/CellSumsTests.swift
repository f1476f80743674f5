import Testing
@testable import CXAnalytics
import CXData

/// The fold cells keep plain power sums (`CellSums`) where a group keeps Welford moments
/// (`GroupStatistics`). These tests show that a cell turned into a group gives the same
/// statistics as adding the rows to a group one by one, by hand on a tiny case and on
/// seeded random rows with weights, gaps, missing values and incomplete driver rows.
@Suite struct CellSumsTests {
    static func empty(drivers: Int, expectations: Int, sacrifices: Int) -> GroupStatistics {
        GroupStatistics(csatScale: 1...5, cesScale: 1...7, driverCount: drivers, expectationCount: expectations, sacrificeCount: sacrifices)
    }

    static func viaCell(_ rows: [ResponseRow], _ empty: GroupStatistics) -> GroupStatistics {
        var sums = CellSums(shapedLike: empty)
        sums.appendCell()
        sums.appendCell()
        for row in rows { sums.add(row, toCell: 1) }  // the second cell: offsets must be right
        return sums.group(1, empty: empty)
    }

    static func direct(_ rows: [ResponseRow], _ empty: GroupStatistics) -> GroupStatistics {
        var group = empty
        for row in rows {
            let vector = row.drivers + [row.nps.map(Double.init) ?? .nan]
            group.add(row, driverVector: vector)
        }
        return group
    }

    /// Three responses with unit weights, worked by hand.
    /// Expected 5, 6, 7 and perceived 4, 6, 7 (one pair per row):
    /// - expected: mean 6, M2 = 1 + 0 + 1 = 2;
    /// - perceived: mean 17/3, M2 = 16 + 36 + 49 − 17²/3 = 101 − 289/3 = 14/3;
    /// - difference −1, 0, 0: mean −1/3, M2 = 1 − (−1)²/3 = 2/3; one of three differ.
    /// Drivers (2, 3) / (2, 5) / (2, 4) with NPS 6, 10, 8: the first driver is constant,
    /// so its co-moment is exactly 0; the second has mean 4, C = 1 + 1 + 0 = 2, and with
    /// NPS (mean 8) C = (−1)(−2) + (1)(2) + 0 = 4.
    @Test func handWorkedCell() {
        let empty = Self.empty(drivers: 2, expectations: 1, sacrifices: 0)
        let data: [(Double, Double, [Double], Int)] = [(5, 4, [2, 3], 6), (6, 6, [2, 5], 10), (7, 7, [2, 4], 8)]
        let rows = data.map { expected, actual, drivers, nps in
            var row = ResponseRow(segmentCount: 0, driverCount: 2, expectationCount: 1)
            row.expectations[0] = ScorePair(expected: expected, actual: actual)
            row.drivers = drivers
            row.nps = nps
            return row
        }
        let group = Self.viaCell(rows, empty)
        #expect(group.responses == 3)
        #expect(group.nps.counts == [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1])
        let gap = group.expectations[0]
        #expect(gap.count == 3)
        #expect(gap.expected.mean == 6 && gap.expected.sumOfSquaredDeviations == 2)
        #expect(close(gap.actual.mean, 17.0 / 3, 1e-15) && close(gap.actual.sumOfSquaredDeviations, 14.0 / 3, 1e-15))
        #expect(close(gap.difference.mean, -1.0 / 3, 1e-15) && close(gap.difference.sumOfSquaredDeviations, 2.0 / 3, 1e-15))
        #expect(gap.differing.counts == [2, 1])
        let drivers = try! #require(group.drivers)
        #expect(drivers.count == 3 && drivers.means == [2, 4, 8])
        #expect(drivers.coMoment(0, 0) == 0 && drivers.coMoment(0, 1) == 0 && drivers.correlation(0, 1).isNaN)
        #expect(drivers.coMoment(1, 1) == 2 && drivers.coMoment(1, 2) == 4 && drivers.coMoment(2, 2) == 8)
    }

    /// 3,000 seeded rows: weights mostly 1, some in [0.3, 3.3), a few 0 (counted in the
    /// histograms only, as a group does); ratings missing at random; gap and driver values
    /// around 1,000 to stress cancellation; about 5% of driver values missing (incomplete rows).
    static func randomRows(seed: UInt64, drivers: Int = 3) -> [ResponseRow] {
        var random = SeededGenerator(seed: seed)
        func score(_ range: ClosedRange<Int>) -> Int? {
            random.uniform() < 0.1 ? nil : range.lowerBound + Int(random.uniform() * Double(range.count))
        }
        return (0..<3_000).map { _ in
            var row = ResponseRow(segmentCount: 0, driverCount: drivers, expectationCount: 2, sacrificeCount: 1)
            let draw = random.uniform()
            row.weight = draw < 0.02 ? 0 : draw < 0.4 ? 0.3 + 3 * random.uniform() : 1
            row.nps = score(0...10)
            row.csat = score(1...5)
            row.ces = score(1...7)
            row.outcome = random.uniform() < 0.2 ? nil : random.uniform() < 0.6
            for index in 0..<2 {
                let expected = 1_000 + random.normal()
                row.expectations[index] = ScorePair(expected: expected, actual: random.uniform() < 0.3 ? expected : expected + random.normal())
                if random.uniform() < 0.05 { row.expectations[index].actual = .nan }
            }
            row.sacrifices[0] = ScorePair(expected: Double(Int(random.uniform() * 5)), actual: Double(Int(random.uniform() * 5)))
            let factor = random.normal()
            row.drivers = (0..<drivers).map { j in random.uniform() < 0.05 / Double(max(1, drivers / 3)) ? .nan : 1_000 + Double(j) + factor + random.normal() }
            return row
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func cellMatchesGroupAddedRowByRow(seed: UInt64) {
        let empty = Self.empty(drivers: 3, expectations: 2, sacrifices: 1)
        let rows = Self.randomRows(seed: seed)
        let cell = Self.viaCell(rows, empty), group = Self.direct(rows, empty)
        #expect(cell.responses == group.responses)
        for (a, b) in [(cell.nps, group.nps), (cell.csat, group.csat), (cell.ces, group.ces), (cell.outcome, group.outcome)] {
            #expect(a == b)  // the same additions in the same order: bit for bit
        }
        for (a, b) in zip(cell.expectations + cell.sacrifices, group.expectations + group.sacrifices) {
            #expect(a.count == b.count && a.count > 2_000 && a.differing == b.differing)
            for (x, y) in [(a.expected, b.expected), (a.actual, b.actual), (a.difference, b.difference)] {
                #expect(x.count == y.count && x.weightSum == y.weightSum && x.squaredWeightSum == y.squaredWeightSum)
                #expect(close(x.mean, y.mean, 1e-12) && relativelyClose(x.sumOfSquaredDeviations, y.sumOfSquaredDeviations, 1e-9))
            }
        }
        let a = cell.drivers!, b = group.drivers!
        #expect(a.offeredCount == b.offeredCount && a.count == b.count && a.count < a.offeredCount)
        #expect(a.pairwiseCounts == b.pairwiseCounts && a.weightSum == b.weightSum && a.squaredWeightSum == b.squaredWeightSum)
        #expect(zip(a.means, b.means).allSatisfy { close($0, $1, 1e-12) })
        #expect(zip(a.coMoments, b.coMoments).allSatisfy { relativelyClose($0, $1, 1e-9) })
        #expect(close(a.correlationMatrix(), b.correlationMatrix(), 1e-9))
    }

    /// With more than `RowScratch.stackCapacity` variables (20 drivers and likelihood
    /// to recommend), the shifted values go to a buffer allocated for the row, not the stack;
    /// the co-moments must still match the group's, to rounding.
    @Test func cellMatchesGroupWithTwentyDrivers() {
        let empty = Self.empty(drivers: 20, expectations: 2, sacrifices: 1)
        let rows = Self.randomRows(seed: 4, drivers: 20)
        let a = Self.viaCell(rows, empty).drivers!, b = Self.direct(rows, empty).drivers!
        #expect(a.dimension == 21 && a.dimension > RowScratch.stackCapacity)
        #expect(a.offeredCount == b.offeredCount && a.count == b.count && a.count > 1_000 && a.count < a.offeredCount)
        #expect(a.pairwiseCounts == b.pairwiseCounts && a.weightSum == b.weightSum)
        #expect(zip(a.means, b.means).allSatisfy { close($0, $1, 1e-12) })
        #expect(zip(a.coMoments, b.coMoments).allSatisfy { relativelyClose($0, $1, 1e-9) })
    }

    /// More segment columns than a cell key holds (five) take the direct path, which adds
    /// each row to its groups with Welford moments. Its groups for the first four columns
    /// must agree with those of the same rows folded through cells with four columns.
    @Test func directPathMatchesCells() {
        var random = SeededGenerator(seed: 11)
        let rows = Self.randomRows(seed: 4).enumerated().map { index, row -> ResponseRow in
            var row = row
            row.segments = (0..<5).map { _ in Int32(random.uniform() * 3) }
            row.date = CalendarDate(year: 2025, month: 1 + index % 12, day: 1)
            return row
        }
        func fold(segments: Int) -> ResponseStatistics {
            var statistics = ResponseStatistics(periodLength: .quarter, segmentCount: segments, csatScale: 1...5, cesScale: 1...7,
                                                driverCount: 3, expectationCount: 2, sacrificeCount: 1)
            for var row in rows {
                row.segments = Array(row.segments.prefix(segments))
                statistics.add(row)
            }
            return statistics
        }
        let direct = fold(segments: 5), cells = fold(segments: 4)
        var pairs = [(direct.overall, cells.overall)]
        for slot in 0..<4 {
            for code in 0..<3 { pairs.append((direct.bySegment[slot][Int32(code)]!, cells.bySegment[slot][Int32(code)]!)) }
        }
        #expect(direct.byPeriod.keys.sorted() == cells.byPeriod.keys.sorted() && direct.byPeriod.count == 4)
        for (a, b) in pairs {
            #expect(a.responses == b.responses && a.nps.counts == b.nps.counts && a.ces.counts == b.ces.counts)
            #expect(close(a.csat.totalWeight, b.csat.totalWeight, 1e-12))
            for (x, y) in zip(a.expectations + a.sacrifices, b.expectations + b.sacrifices) {
                #expect(x.count == y.count && close(x.difference.mean, y.difference.mean, 1e-12))
                #expect(relativelyClose(x.difference.sumOfSquaredDeviations, y.difference.sumOfSquaredDeviations, 1e-9))
            }
            #expect(close(a.drivers!.correlationMatrix(), b.drivers!.correlationMatrix(), 1e-9))
        }
    }
}
