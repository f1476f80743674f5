import CXData

/// What each fold cell of `ResponseStatistics` keeps for its responses, as plain sums in
/// one flat buffer: a cell is one stretch of `stride` numbers, and adding a response
/// writes into that stretch and nowhere else. `group(_:empty:)` turns a cell into the
/// `GroupStatistics` the roll-up merges.
///
/// Why: a `GroupStatistics` holds about twenty small arrays (two per histogram, one
/// histogram per paired gap, three for the driver co-moments) and updates its moments
/// with a division each (Welford). On the 1M-row sample, adding rows to groups took about
/// 0.25 s of CPU (`perf`, one core), and the scattered arrays pushed the reader's own
/// tables out of the cache. Here a response costs multiply-adds into a few adjacent cache
/// lines: about 0.12 s.
///
/// The sums of a cell, for weight w:
/// - a histogram: Σw and n per score, then Σw² (as `ScoreHistogram`);
/// - a paired gap: n, W, Σw², then for expected, actual and their difference the
///   reference K (the cell's first complete pair), Σw(x − K) and Σw(x − K)², then the
///   0/1 histogram of "the two differ" (as `PairedGapStatistics`);
/// - the drivers with likelihood to recommend (k values): rows offered, complete rows,
///   W, Σw², the references Kᵢ (the first complete row), Σw(xᵢ − Kᵢ), the upper triangle
///   of Σw(xᵢ − Kᵢ)(xⱼ − Kⱼ), and per pair the incomplete rows where both were present
///   (as `CoMomentMatrix`, listwise).
///
/// Counts are kept as doubles, exact up to 2⁵³. Ratings with unit weights give exact sums;
/// shifting by a value of the cell keeps a constant variable's spread exactly 0.
struct CellSums: Sendable {
    private let layout: Layout
    private var values: [Double] = []

    /// Sums laid out for groups shaped like `empty` (its scales, gaps and drivers).
    init(shapedLike empty: GroupStatistics) {
        layout = Layout(empty)
    }

    var cellCount: Int { values.count / layout.stride }

    /// Adds an empty cell at index `cellCount`.
    mutating func appendCell() {
        values.append(contentsOf: repeatElement(0, count: layout.stride))
    }

    /// Empties every cell, keeping the storage.
    mutating func removeAll() {
        values.removeAll(keepingCapacity: true)
    }

    /// Adds `row` to cell `cell`, as `GroupStatistics.add(_:driverVector:)` adds it to a group.
    mutating func add(_ row: ResponseRow, toCell cell: Int) {
        let layout = self.layout
        values.withUnsafeMutableBufferPointer { layout.add(row, to: $0.baseAddress! + cell * layout.stride) }
    }

    /// Cell `cell` as the statistics of a group shaped like `empty`.
    func group(_ cell: Int, empty: GroupStatistics) -> GroupStatistics {
        values.withUnsafeBufferPointer { layout.group(from: $0.baseAddress! + cell * layout.stride, empty: empty) }
    }
}

extension CellSums {
    /// Where each part of a cell sits in its stretch of numbers, and how a response adds to them.
    struct Layout: Sendable {
        /// Numbers per cell.
        let stride: Int
        let npsBase: Int, csatBase: Int, cesBase: Int, outcomeBase: Int
        let npsScale: ClosedRange<Int>, csatScale: ClosedRange<Int>, cesScale: ClosedRange<Int>
        let pairBase: Int, expectationCount: Int, sacrificeCount: Int
        let driverBase: Int
        /// Drivers plus likelihood to recommend; 0 without drivers.
        let dimension: Int

        init(_ empty: GroupStatistics) {
            func histogramSize(_ scale: ClosedRange<Int>) -> Int { 2 * scale.count + 1 }
            npsScale = empty.nps.scale
            csatScale = empty.csat.scale
            cesScale = empty.ces.scale
            npsBase = 1
            csatBase = npsBase + histogramSize(npsScale)
            cesBase = csatBase + histogramSize(csatScale)
            outcomeBase = cesBase + histogramSize(cesScale)
            pairBase = outcomeBase + histogramSize(OutcomeShare.scale)
            expectationCount = empty.expectations.count
            sacrificeCount = empty.sacrifices.count
            driverBase = pairBase + (expectationCount + sacrificeCount) * Self.pairSize
            dimension = empty.drivers?.dimension ?? 0
            let k = dimension
            stride = driverBase + (k == 0 ? 0 : 4 + 2 * k + k * (k + 1) / 2 + k * k)
        }

        /// n, W, Σw², then (K, S₁, S₂) for expected, actual and difference, then the 0/1 histogram.
        static let pairSize = 3 + 9 + 5

        /// Adds `row` to the cell at `sums`.
        func add(_ row: ResponseRow, to sums: UnsafeMutablePointer<Double>) {
            let weight = row.weight
            sums[0] += 1
            if let score = row.nps { Self.add(score, weight, to: sums + npsBase, scale: npsScale) }
            if let score = row.csat { Self.add(score, weight, to: sums + csatBase, scale: csatScale) }
            if let score = row.ces { Self.add(score, weight, to: sums + cesBase, scale: cesScale) }
            if let answer = row.outcome { Self.add(answer ? 1 : 0, weight, to: sums + outcomeBase, scale: OutcomeShare.scale) }
            guard weight > 0, weight.isFinite else { return }
            for index in 0..<expectationCount {
                Self.add(row.expectations[index], weight, to: sums + pairBase + index * Self.pairSize)
            }
            for index in 0..<sacrificeCount {
                Self.add(row.sacrifices[index], weight, to: sums + pairBase + (expectationCount + index) * Self.pairSize)
            }
            if dimension > 0 { addDrivers(row, weight, to: sums + driverBase) }
        }

        @inline(__always)
        static func add(_ score: Int, _ weight: Double, to histogram: UnsafeMutablePointer<Double>, scale: ClosedRange<Int>) {
            precondition(scale.contains(score), "score \(score) is outside the scale \(scale)")
            let slot = 2 * (score - scale.lowerBound)
            histogram[slot] += weight
            histogram[slot + 1] += 1
            histogram[2 * scale.count] += weight * weight
        }

        @inline(__always)
        static func add(_ pair: ScorePair, _ weight: Double, to sums: UnsafeMutablePointer<Double>) {
            guard pair.isComplete, pair.expected.isFinite, pair.actual.isFinite else { return }
            let observed = (pair.expected, pair.actual, pair.actual - pair.expected)
            if sums[0] == 0 { (sums[3], sums[6], sums[9]) = observed }
            sums[0] += 1
            sums[1] += weight
            sums[2] += weight * weight
            let expected = observed.0 - sums[3], actual = observed.1 - sums[6], difference = observed.2 - sums[9]
            sums[4] += weight * expected
            sums[5] += weight * expected * expected
            sums[7] += weight * actual
            sums[8] += weight * actual * actual
            sums[10] += weight * difference
            sums[11] += weight * difference * difference
            add(pair.actual != pair.expected ? 1 : 0, weight, to: sums + 12, scale: 0...1)
        }

        /// Layout: offered, complete, W, Σw², K (k), S (k), P (upper, k(k+1)/2), incomplete pairs (k × k).
        ///
        /// Reads the row's driver values where they are: copying them into a buffer of
        /// their own (made for each row) cost a call to `memcpy` and one to the runtime's
        /// stack check per row, about 20 ms of the 1M-row sample (`perf`).
        @inline(__always)
        func addDrivers(_ row: ResponseRow, _ weight: Double, to sums: UnsafeMutablePointer<Double>) {
            let k = dimension
            precondition(row.drivers.count == k - 1, "a row has \(row.drivers.count) driver values, expected \(k - 1)")
            sums[0] += 1
            let products = sums + 4 + 2 * k
            let recommend = row.nps.map(Double.init) ?? .nan
            row.drivers.withUnsafeBufferPointer { drivers in
                @inline(__always) func value(_ index: Int) -> Double { index < k - 1 ? drivers[index] : recommend }
                var complete = recommend.isFinite
                for index in 0..<(k - 1) where !drivers[index].isFinite { complete = false }
                guard complete else {
                    let pairs = products + k * (k + 1) / 2
                    for i in 0..<k where value(i).isFinite {
                        for j in 0..<k where value(j).isFinite { pairs[i * k + j] += 1 }
                    }
                    return
                }
                // The dimension a constant, so the loops unroll (`ConstantDimension`).
                ConstantDimension.dispatch(k) { Self.addComplete($0, drivers, recommend, weight, sums) }
            }
        }

        /// Adds a complete row of k values (the drivers, then `recommend`) to the driver sums
        /// at `sums`: the references at the cell's first complete row, then the shifted values
        /// once each and the k(k + 1)/2 products of them (the 1M-row sample's 21 products of
        /// 6 values).
        @inline(__always)
        private static func addComplete(_ k: Int, _ drivers: UnsafeBufferPointer<Double>, _ recommend: Double, _ weight: Double,
                                        _ sums: UnsafeMutablePointer<Double>) {
            let references = sums + 4, shifted = sums + 4 + k, products = sums + 4 + 2 * k
            @inline(__always) func value(_ index: Int) -> Double { index < k - 1 ? drivers[index] : recommend }
            if sums[1] == 0 { for index in 0..<k { references[index] = value(index) } }
            sums[1] += 1
            sums[2] += weight
            sums[3] += weight * weight
            RowScratch.withBuffer(of: Double.self, count: k) { x in
                for index in 0..<k { x[index] = value(index) - references[index] }
                var packed = 0
                for i in 0..<k {
                    let scaled = weight * x[i]
                    shifted[i] += scaled
                    for j in i..<k {
                        products[packed] += scaled * x[j]
                        packed += 1
                    }
                }
            }
        }

        /// The cell at `sums` as the statistics of a group shaped like `empty`.
        func group(from sums: UnsafePointer<Double>, empty: GroupStatistics) -> GroupStatistics {
            var group = empty
            group.responses = Int(sums[0])
            Self.fill(&group.nps, from: sums + npsBase)
            Self.fill(&group.csat, from: sums + csatBase)
            Self.fill(&group.ces, from: sums + cesBase)
            Self.fill(&group.outcome, from: sums + outcomeBase)
            for index in 0..<expectationCount {
                group.expectations[index] = Self.pair(from: sums + pairBase + index * Self.pairSize)
            }
            for index in 0..<sacrificeCount {
                group.sacrifices[index] = Self.pair(from: sums + pairBase + (expectationCount + index) * Self.pairSize)
            }
            if dimension > 0 {
                let k = dimension, drivers = sums + driverBase
                func part(_ start: Int, _ count: Int) -> UnsafeBufferPointer<Double> {
                    UnsafeBufferPointer(start: drivers + start, count: count)
                }
                group.drivers = CoMomentMatrix(dimension: k, offeredCount: Int(drivers[0]), count: Int(drivers[1]),
                                               weightSum: drivers[2], squaredWeightSum: drivers[3],
                                               references: part(4, k), shiftedSums: part(4 + k, k),
                                               upperProducts: part(4 + 2 * k, k * (k + 1) / 2),
                                               incompletePairCounts: part(4 + 2 * k + k * (k + 1) / 2, k * k))
            }
            return group
        }

        static func fill(_ histogram: inout ScoreHistogram, from sums: UnsafePointer<Double>) {
            let slots = histogram.scale.count
            for slot in 0..<slots {
                histogram.weights[slot] = sums[2 * slot]
                histogram.counts[slot] = Int(sums[2 * slot + 1])
            }
            histogram.sumOfSquaredWeights = sums[2 * slots]
        }

        static func pair(from sums: UnsafePointer<Double>) -> PairedGapStatistics {
            var pair = PairedGapStatistics()
            let count = Int(sums[0]), weight = sums[1], squared = sums[2]
            func moments(_ at: Int) -> MomentAccumulator {
                MomentAccumulator(count: count, weightSum: weight, squaredWeightSum: squared,
                                  reference: sums[at], shiftedSum: sums[at + 1], shiftedSumOfSquares: sums[at + 2])
            }
            pair.expected = moments(3)
            pair.actual = moments(6)
            pair.difference = moments(9)
            fill(&pair.differing, from: sums + 12)
            return pair
        }
    }
}
