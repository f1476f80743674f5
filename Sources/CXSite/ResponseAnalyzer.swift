import CXAnalytics
import CXData

/// Streams the responses dataset through the loader into the statistics fold and
/// turns the statistics into results.
public enum ResponseAnalyzer {
    public static func analyze(config: ProjectConfig, projectDirectory: String) throws -> ResponseAnalysis {
        let loader = try ResponseLoader(dataset: config.responses, projectDirectory: projectDirectory)
        var statistics = ResponseStatistics(periodLength: config.periodLength, segmentCount: loader.segmentNames.count,
                                            csatScale: config.responses.csat?.scale ?? 1...5,
                                            cesScale: config.responses.ces?.scale ?? 1...7,
                                            driverCount: loader.driverNames.count)
        let quality = try loader.forEachRow { statistics.add($0) }
        return ResponseAnalysis(statistics: statistics, segmentNames: loader.segmentNames, segmentValues: loader.segmentValues,
                                driverNames: loader.driverNames, dataQuality: quality, settings: AnalysisSettings(config))
    }
}
