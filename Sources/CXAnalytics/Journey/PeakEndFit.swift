/// How well a customer's journey predicts their overall rating (likelihood to recommend,
/// 0–10, from their latest rated response): Pearson r between the rating and each
/// per-customer summary of their touchpoint valences —
///
///     peak_end = (peak + end)/2,  average = mean of all their valences,  peak,  end
///
/// (peak and end as defined on `CustomerJourneyState`), over the n customers with both
/// a journey and a rating. Kahneman's peak-end rule predicts peak_end correlates at least
/// as well as the average; `peakEndBetter` says whether it did here (|r| compared).
/// Fewer than max(3, `suppressBelow`) customers: withheld.
public struct PeakEndFit: Hashable, Sendable, Encodable {
    public struct Predictor: Hashable, Sendable, Encodable {
        /// "peak_end", "average", "peak" or "end".
        public var name: String
        /// Pearson r with the rating; nil when either is constant.
        public var r: Double?
    }

    public var n: Int
    public var suppressed: Bool
    public var lowBase: Bool
    /// peak_end, average, peak, end (empty when suppressed).
    public var predictors: [Predictor]
    public var peakEndBetter: Bool?

    /// Order of the variables in `moments`.
    static let names = ["peak_end", "average", "peak", "end"]

    /// - Parameter moments: unweighted co-moments of (peak_end, average, peak, end, rating), one row per customer.
    init(moments: CoMomentMatrix, settings: AnalysisSettings) {
        n = moments.count
        suppressed = n < max(3, settings.suppressBelow)
        lowBase = !suppressed && n < settings.lowBaseBelow
        guard !suppressed else { predictors = []; return }
        predictors = Self.names.enumerated().map { index, name in
            let r = moments.correlation(index, Self.names.count)
            return Predictor(name: name, r: r.isFinite ? r : nil)
        }
        if let peakEnd = predictors[0].r, let average = predictors[1].r { peakEndBetter = abs(peakEnd) >= abs(average) }
    }

    /// r of the named predictor.
    public func r(_ name: String) -> Double? { predictors.first { $0.name == name }?.r }

    enum CodingKeys: String, CodingKey { case n, suppressed, lowBase = "low_base", predictors, peakEndBetter = "peak_end_better" }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(n, forKey: .n)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(lowBase, forKey: .lowBase)
        try container.encode(predictors, forKey: .predictors)
        try container.encode(peakEndBetter, forKey: .peakEndBetter)
    }
}
