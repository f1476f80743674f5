// Renders 1,000 charts of mixed kinds (SVG and data table each) and reports the time.
// Usage: cxbench charts [count]
import CXCharts
import Foundation

func runChartsBenchmark(_ args: [String]) throws {
    let count = args.first.flatMap(Int.init) ?? 1000
    let samples = ChartGallery.samples.map(\.chart)
    // Warm up once so one-time setup (the stylesheet) is not timed.
    var bytes = samples.reduce(0) { $0 + $1.svg.utf8.count }
    bytes = 0
    let clock = ContinuousClock()
    let start = clock.now
    for index in 0..<count {
        let chart = samples[index % samples.count]
        bytes &+= chart.svg.utf8.count
        bytes &+= chart.dataTable.utf8.count
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let perChart = seconds / Double(max(count, 1)) * 1e6
    print("charts=\(count) seconds=\(String(format: "%.4f", seconds)) per_chart_us=\(String(format: "%.1f", perChart)) kinds=\(Set(samples.map { String(describing: type(of: $0)) }).count) bytes=\(bytes)")
}
