import CXAnalytics
import CXData
import Foundation

/// `cxbench data PROJECT [--threads N] [--sequential]`: reads the project's responses
/// dataset, validates every mapped value and folds the rows into per-period and
/// per-segment statistics (counts, histograms, means), the work the report's analysis
/// does. Prints one line: rows, problems, seconds, rows per second and MB per second.
func runDataBenchmark(_ arguments: [String]) throws {
    guard let project = arguments.first else {
        throw BenchmarkUsage("usage: cxbench data PROJECT [--threads N] [--sequential] [--decode-only]")
    }
    var threads = ProcessInfo.processInfo.activeProcessorCount
    if let index = arguments.firstIndex(of: "--threads"), index + 1 < arguments.count, let value = Int(arguments[index + 1]) {
        threads = value
    }
    let sequential = arguments.contains("--sequential")
    // --decode-only: read and validate without folding, to see where the time goes.
    let decodeOnly = arguments.contains("--decode-only")
    let config = try ProjectConfig.load(projectDirectory: project)
    guard let dataset = config.responses else { throw BenchmarkUsage("the project declares no responses dataset") }
    let path = (project as NSString).appendingPathComponent(dataset.file)
    let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0

    let started = DispatchTime.now().uptimeNanoseconds
    let loader = try ResponseLoader(dataset: dataset, projectDirectory: project)
    let empty = ResponseStatistics(periodLength: config.periodLength, segmentCount: loader.segmentNames.count,
                                   csatScale: dataset.csat?.scale ?? 1...5, cesScale: dataset.ces?.scale ?? 1...7,
                                   driverCount: loader.driverNames.count)
    let statistics: ResponseStatistics
    let quality: DataQuality
    if decodeOnly {
        let counted = try loader.fold(0, threads: sequential ? 1 : threads, add: { count, row in count += row.nps ?? 0 }, merge: { $0 += $1 })
        (statistics, quality) = (empty, counted.quality)
    } else if sequential {
        var folded = empty
        quality = try loader.forEachRow { folded.add($0) }
        statistics = folded
    } else {
        (statistics, quality) = try loader.fold(empty, threads: threads, add: { $0.add($1) }, merge: { $0.merge($1) })
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9

    // A checksum of the result so the work cannot be skipped, and a sanity check.
    var groups = statistics.byPeriod.count
    for slot in statistics.bySegment.indices { groups += statistics.bySegment[slot].count }
    print("benchmark=data rows=\(quality.rowsRead) used=\(statistics.overall.responses) nps_n=\(statistics.overall.nps.count) "
          + "groups=\(groups) problems=\(quality.problemCount) threads=\(sequential ? 1 : threads) "
          + "seconds=\(String(format: "%.3f", seconds)) rows_per_second=\(Int(Double(quality.rowsRead) / seconds)) "
          + "mb_per_second=\(String(format: "%.1f", Double(bytes) / 1e6 / seconds))")
}

struct BenchmarkUsage: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
