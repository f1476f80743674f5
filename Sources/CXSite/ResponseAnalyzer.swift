import CXAnalytics
import CXData

/// Streams the responses dataset through the loader into the statistics fold and
/// turns the statistics into results. Large CSV files are read on all cores: each
/// chunk folds its own `ResponseStatistics` and the chunks merge (segment codes are
/// global to the load, so no remapping is needed).
public enum ResponseAnalyzer {
    /// nil when the project declares no responses dataset.
    public static func analyze(config: ProjectConfig, projectDirectory: String) throws -> ResponseAnalysis? {
        guard let dataset = config.responses else { return nil }
        let loader = try ResponseLoader(dataset: dataset, projectDirectory: projectDirectory)
        let empty = ResponseStatistics(periodLength: config.periodLength, segmentCount: loader.segmentNames.count,
                                       csatScale: dataset.csat?.scale ?? 1...5,
                                       cesScale: dataset.ces?.scale ?? 1...7,
                                       driverCount: loader.driverNames.count)
        let (statistics, quality) = try loader.fold(empty, add: { $0.add($1) }, merge: { $0.merge($1) })
        return ResponseAnalysis(statistics: statistics, segmentNames: loader.segmentNames, segmentValues: loader.segmentValues,
                                driverNames: loader.driverNames, dataQuality: quality, settings: AnalysisSettings(config))
    }
}
