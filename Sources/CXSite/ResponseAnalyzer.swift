import CXAnalytics
import CXData

/// Streams the responses dataset through the loader into the statistics fold and
/// turns the statistics into results. Large CSV files are read on all cores: each
/// chunk folds its own `ResponseStatistics` and the chunks merge (segment codes are
/// global to the load, so no remapping is needed).
public enum ResponseAnalyzer {
    public static func analyze(config: ProjectConfig, projectDirectory: String) throws -> ResponseAnalysis {
        let loader = try ResponseLoader(dataset: config.responses, projectDirectory: projectDirectory)
        let empty = ResponseStatistics(periodLength: config.periodLength, segmentCount: loader.segmentNames.count,
                                       csatScale: config.responses.csat?.scale ?? 1...5,
                                       cesScale: config.responses.ces?.scale ?? 1...7)
        let (statistics, quality) = try loader.fold(empty, add: { $0.add($1) }, merge: { $0.merge($1) })
        return ResponseAnalysis(statistics: statistics, segmentNames: loader.segmentNames, segmentValues: loader.segmentValues,
                                dataQuality: quality, settings: AnalysisSettings(config))
    }
}
