// Johnson's relative weights for 40 drivers: the cost of one key-driver analysis per
// segment once the co-moments are folded. Prints `drivers=40 ms_per_run=…` (target < 10 ms).
import CXAnalytics
import CXData
import Foundation

func runDriversBenchmark(_ args: [String]) throws {
    let drivers = args.first.flatMap(Int.init) ?? 40
    let runs = args.dropFirst().first.flatMap(Int.init) ?? 200
    let correlations = seededCorrelationMatrix(drivers: drivers, rows: 2_000)
    let names = (0..<drivers).map { "driver\($0)" }

    // Warm up once, then time `runs` full computations (eigendecomposition included).
    var checksum = try RelativeWeights(names: names, correlationMatrix: correlations, outcomeIndex: drivers).rSquared
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<runs {
        checksum += try RelativeWeights(names: names, correlationMatrix: correlations, outcomeIndex: drivers).rSquared
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    let rSquared = checksum / Double(runs + 1)
    print("drivers=\(drivers) runs=\(runs) ms_per_run=\(FixedDecimal.string(elapsed / Double(runs), decimals: 3)) r_squared=\(FixedDecimal.string(rSquared, decimals: 4))")
}

/// A positive-definite (drivers + 1) × (drivers + 1) correlation matrix, outcome last, from
/// seeded survey-like data: three latent factors drive the ratings, the ratings drive the outcome.
private func seededCorrelationMatrix(drivers: Int, rows: Int) -> [[Double]] {
    var generator = SeededGenerator(seed: 40)
    let loadings = (0..<drivers).map { _ in (0..<3).map { _ in generator.uniform() } }
    var matrix = CoMomentMatrix(dimension: drivers + 1)
    var row = [Double](repeating: 0, count: drivers + 1)
    for _ in 0..<rows {
        let factors = (0..<3).map { _ in generator.normal() }
        var outcome = 0.0
        for j in 0..<drivers {
            row[j] = zip(loadings[j], factors).reduce(0) { $0 + $1.0 * $1.1 } + generator.normal()
            outcome += row[j] * Double(j % 5) / Double(drivers)
        }
        row[drivers] = outcome + generator.normal()
        matrix.add(row)
    }
    return matrix.correlationMatrix()
}
