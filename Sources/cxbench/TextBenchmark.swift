import CXAnalytics
import CXData
import Foundation

/// `cxbench text PROJECT [--threads N] [--dump FILE]`: the text analytics of the project's
/// responses (the `text:` column must be mapped). Comments are first read into memory
/// (untimed, optionally written to FILE as JSON lines for the Python reference), then timed:
/// - `sentiment`: VADER compound score of every comment, one thread (like for like with
///   Python's `polarity_scores` loop);
/// - `analysis`: sentiment, theme matching and the fold into `TextStatistics` (redacted
///   examples included), one thread;
/// - `end_to_end`: the loader's parallel read of the CSV folding `TextStatistics`, then
///   `TextResult` — what a build does for text.
/// Prints one line of key=value figures, with the sum of compound scores as a checksum.
func runTextBenchmark(_ arguments: [String]) throws {
    guard let project = arguments.first else {
        throw BenchmarkUsage("usage: cxbench text PROJECT [--threads N] [--dump FILE]")
    }
    func option(_ name: String) -> String? {
        arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    let threads = option("--threads").flatMap(Int.init) ?? ProcessInfo.processInfo.activeProcessorCount
    let config = try ProjectConfig.load(projectDirectory: project)
    guard let dataset = config.responses, dataset.text != nil else {
        throw BenchmarkUsage("the project's responses dataset maps no text: column")
    }
    var comments: [TextComment] = []
    _ = try ResponseLoader(dataset: dataset, projectDirectory: project).forEachRow { row in
        if let comment = TextComment(row) { comments.append(comment) }
    }
    if let path = option("--dump") {
        var lines = Data()
        let encoder = JSONEncoder()
        for comment in comments { lines.append(try encoder.encode(comment.text)); lines.append(0x0A) }
        try lines.write(to: URL(fileURLWithPath: path))
    }
    func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    let analyzer = TextAnalyzer(themes: ThemeDictionary(config))
    var start = DispatchTime.now().uptimeNanoseconds
    var checksum = 0.0
    for comment in comments { checksum += analyzer.sentiment.scores(comment.text).compound }
    let sentiment = seconds(since: start)

    start = DispatchTime.now().uptimeNanoseconds
    var statistics = TextStatistics(themes: analyzer.themes, segmentCount: dataset.segments.count)
    for comment in comments { statistics.add(comment, using: analyzer) }
    let analysis = seconds(since: start)

    start = DispatchTime.now().uptimeNanoseconds
    let loader = try ResponseLoader(dataset: dataset, projectDirectory: project)
    let empty = TextStatistics(themes: analyzer.themes, segmentCount: loader.segmentNames.count)
    let (folded, quality) = try loader.fold(empty, threads: threads, add: { $0.add($1, using: analyzer) }, merge: { $0.merge($1) })
    let result = TextResult(folded, segmentNames: loader.segmentNames, segmentValues: loader.segmentValues,
                            settings: AnalysisSettings(config))
    let endToEnd = seconds(since: start)

    let n = Double(comments.count)
    print("benchmark=text comments=\(comments.count) rows=\(quality.rowsRead) folded=\(result.overall.n) "
          + "themes=\(result.themes.count) checksum=\(String(format: "%.6f", checksum)) threads=\(threads) "
          + "sentiment_seconds=\(String(format: "%.3f", sentiment)) sentiment_per_second=\(Int(n / sentiment)) "
          + "analysis_seconds=\(String(format: "%.3f", analysis)) analysis_per_second=\(Int(n / analysis)) "
          + "end_to_end_seconds=\(String(format: "%.3f", endToEnd)) rows_per_second=\(Int(Double(quality.rowsRead) / endToEnd))")
}
