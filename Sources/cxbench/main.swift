// cxbench: in-process benchmarks for release builds. Scripts under Benchmarks/ run
// `swift build -c release --product cxbench` and call `cxbench <name> [args…]`, then
// compare against references (cmark, DuckDB, pandas, Hugo) timed in the same run.
// Each benchmark lives in its own file and prints one line of `key=value` figures.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let benchmarks: [String: ([String]) throws -> Void] = [
    "analysis": runAnalysisBenchmark,
    "charts": runChartsBenchmark,
    "data": runDataBenchmark,
    "drivers": runDriversBenchmark,
    "gallery": writeGallery,
    "markdown": runMarkdownBenchmark,
    "markdown-corpus": runMarkdownCorpus,
    "markdown-once": runMarkdownOnce,
    "markdown-pages": runMarkdownPages,
    "site-corpus": writeSiteCorpus,
    "text": runTextBenchmark,
]

guard let name = arguments.first, let run = benchmarks[name] else {
    let known = benchmarks.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: cxbench <\(known)> [args…]\n".utf8))
    exit(2)
}
try run(Array(arguments.dropFirst()))
