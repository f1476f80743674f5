import CXAnalytics
import CXData

/// Streams the responses dataset through the loader into the statistics fold and
/// turns the statistics into results.
public enum ResponseAnalyzer {
    /// nil when the project declares no responses dataset.
    public static func analyze(config: ProjectConfig, projectDirectory: String) throws -> ResponseAnalysis? {
        guard let dataset = config.responses else { return nil }
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: projectDirectory)
        var statistics = ResponseStatistics(periodLength: config.periodLength, segmentCount: loader.segmentNames.count,
                                            csatScale: dataset.csat?.scale ?? 1...5,
                                            cesScale: dataset.ces?.scale ?? 1...7,
                                            driverCount: loader.driverNames.count)
        let quality = try loader.forEachRow { statistics.add($0) }
        return ResponseAnalysis(statistics: statistics, segmentNames: loader.segmentNames, segmentValues: loader.segmentValues,
                                driverNames: loader.driverNames, dataQuality: quality, settings: AnalysisSettings(config))
    }
}
