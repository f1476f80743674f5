import CXData

/// How results are computed and shown: confidence level and the small-group rules.
public struct AnalysisSettings: Sendable, Hashable, Codable {
    /// Confidence level of intervals; also the significance level of comparisons (1 − α).
    public var confidenceLevel: Double
    /// Groups with fewer answers than this are withheld.
    public var suppressBelow: Int
    /// Groups with fewer answers than this are flagged as low base.
    public var lowBaseBelow: Int

    public init(confidenceLevel: Double = 0.95, suppressBelow: Int = 5, lowBaseBelow: Int = 30) {
        self.confidenceLevel = confidenceLevel
        self.suppressBelow = suppressBelow
        self.lowBaseBelow = lowBaseBelow
    }

    /// A group of `n` is withheld: no figure is shown for it.
    public func isSuppressed(_ n: Int) -> Bool { n < suppressBelow }

    /// A group of `n` is shown with a low-base warning (only when not withheld).
    public func isLowBase(_ n: Int) -> Bool { !isSuppressed(n) && n < lowBaseBelow }

    public init(_ config: ProjectConfig) {
        self.init(confidenceLevel: config.confidenceLevel, suppressBelow: config.suppressBelow, lowBaseBelow: config.lowBaseBelow)
    }

    enum CodingKeys: String, CodingKey {
        case confidenceLevel = "confidence", suppressBelow = "suppress_below", lowBaseBelow = "low_base_below"
    }
}
