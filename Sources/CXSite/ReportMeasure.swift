import CXAnalytics
import CXCharts

/// A headline measure as directives name it (`measure: nps`), with how to read it off a
/// group's results and how to draw and print it.
public enum ReportMeasure: String, CaseIterable, Sendable {
    case nps, csat, ces

    public var displayName: String {
        switch self {
        case .nps: return "NPS"
        case .csat: return "CSAT"
        case .ces: return "CES"
        }
    }

    public var longName: String {
        switch self {
        case .nps: return "Net Promoter Score"
        case .csat: return "Satisfaction (top-2-box)"
        case .ces: return "Customer effort (mean)"
        }
    }

    /// The figure, its interval and base in `result`; nil when withheld or unanswered.
    public func reading(_ result: GroupResult) -> (value: Double, low: Double, high: Double, n: Int)? {
        switch self {
        case .nps: return result.nps.map { ($0.score, $0.interval.low, $0.interval.high, $0.n) }
        case .csat: return result.csat.map { ($0.score, $0.interval.low, $0.interval.high, $0.n) }
        case .ces: return result.ces.map { ($0.mean, $0.meanInterval.low, $0.meanInterval.high, $0.n) }
        }
    }

    public func axis(_ analysis: ResponseAnalysis) -> ValueAxis {
        switch self {
        case .nps: return .nps
        case .csat: return .percent
        case .ces: return .scale(min: Double(analysis.cesScale.lowerBound), max: Double(analysis.cesScale.upperBound))
        }
    }

    public var decimals: Int { self == .ces ? 2 : 0 }
    public var suffix: String { self == .csat ? "%" : "" }

    /// How the bars and whiskers of a chart of this measure are to be read.
    public func subtitle(_ analysis: ResponseAnalysis) -> String {
        let level = FixedDecimal.string(analysis.settings.confidenceLevel * 100, decimals: 0)
        switch self {
        case .nps: return "NPS from −100 to 100; whiskers: \(level)% interval"
        case .csat: return "Share rating \(analysis.csatScale.upperBound - 1)–\(analysis.csatScale.upperBound) of \(analysis.csatScale.lowerBound)–\(analysis.csatScale.upperBound); whiskers: \(level)% interval"
        case .ces: return "Mean effort score, \(analysis.cesScale.lowerBound)–\(analysis.cesScale.upperBound) (higher is easier); whiskers: \(level)% interval"
        }
    }

    /// The text of a value: "35", "88%", "5.69".
    public func text(_ value: Double) -> String {
        FixedDecimal.string(value, decimals: decimals) + suffix
    }
}
