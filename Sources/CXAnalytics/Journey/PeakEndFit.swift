/// How well a customer's journey predicts their overall rating (likelihood to recommend,
/// 0–10, from their latest rated response): Pearson r between the rating and each
/// per-customer summary of their touchpoint valences —
///
///     peak_end = (peak + end)/2,  average = mean of all their valences,  peak,  end
///
/// (peak and end as defined on `CustomerJourneyState`), over the n customers with both
/// a journey and a rating. Kahneman's peak-end rule predicts peak_end correlates at least
/// as well as the average; `peakEndBetter` says whether it did here (|r| compared), and
/// `difference` whether the two r differ by more than chance (Williams' t, below), so a
/// report never calls one predictor better on a difference the sample cannot support.
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
    /// r(peak_end, rating) against r(average, rating); nil when either r is missing or n ≤ 3.
    public var difference: CorrelationDifference?

    /// Williams' t for two correlations that share a variable (Steiger 1980, eq. 7): with
    /// j the rating, k peak_end and h the average,
    ///
    ///     t = (r_jk − r_jh)·√[(n − 1)(1 + r_kh) / (2·(n − 1)/(n − 3)·|R| + r̄²(1 − r_kh)³)]
    ///     |R| = 1 − r_jk² − r_jh² − r_kh² + 2·r_jk·r_jh·r_kh,  r̄ = (r_jk + r_jh)/2
    ///
    /// on n − 3 degrees of freedom, two-sided p. Peak_end and the average are built from the
    /// same valences, so r_kh is high and a small difference in r can still be significant.
    public struct CorrelationDifference: Hashable, Sendable, Encodable {
        public var t: Double
        public var degreesOfFreedom: Int
        public var p: Double
        /// p < 1 − confidence level.
        public var significant: Bool

        init?(rjk: Double, rjh: Double, rkh: Double, n: Int, level: Double) {
            guard n > 3, rjk.isFinite, rjh.isFinite, rkh.isFinite else { return nil }
            let count = Double(n)
            let determinant = 1 - rjk * rjk - rjh * rjh - rkh * rkh + 2 * rjk * rjh * rkh
            let mean = (rjk + rjh) / 2
            let denominator = 2 * (count - 1) / (count - 3) * determinant + mean * mean * (1 - rkh) * (1 - rkh) * (1 - rkh)
            let t = (rjk - rjh) * ((count - 1) * (1 + rkh) / denominator).squareRoot()
            guard t.isFinite else { return nil }
            self.t = t
            degreesOfFreedom = n - 3
            p = StudentTDistribution(degreesOfFreedom: count - 3).twoSidedPValue(t: t)
            significant = p < 1 - level
        }

        enum CodingKeys: String, CodingKey { case t, degreesOfFreedom = "df", p, significant }
    }

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
        if let peakEnd = predictors[0].r, let average = predictors[1].r {
            peakEndBetter = abs(peakEnd) >= abs(average)
            difference = CorrelationDifference(rjk: peakEnd, rjh: average, rkh: moments.correlation(0, 1), n: n,
                                               level: settings.confidenceLevel)
        }
    }

    /// r of the named predictor.
    public func r(_ name: String) -> Double? { predictors.first { $0.name == name }?.r }

    enum CodingKeys: String, CodingKey {
        case n, suppressed, lowBase = "low_base", predictors, peakEndBetter = "peak_end_better", difference
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(n, forKey: .n)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(lowBase, forKey: .lowBase)
        try container.encode(predictors, forKey: .predictors)
        try container.encode(peakEndBetter, forKey: .peakEndBetter)
        try container.encode(difference, forKey: .difference)
    }
}
