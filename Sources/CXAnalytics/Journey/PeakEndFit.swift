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

    /// Which predicts the rating better, as a report may say it (`verdict(…)`).
    public enum Verdict: String, Hashable, Sendable, Encodable {
        case peakEnd = "peak_end", average, neither
    }

    /// `verdict(peakEnd:average:difference:)` for this fit; nil when it cannot be said.
    public var verdict: Verdict? { Self.verdict(peakEnd: r("peak_end"), average: r("average"), difference: difference) }

    /// The predictor with the larger |r| when Williams' t is significant, `neither` when it
    /// is not; nil without a test, or when the two r have opposite signs (the test is of
    /// the signed difference, which then says nothing about which relation is stronger).
    static func verdict(peakEnd: Double?, average: Double?, difference: CorrelationDifference?) -> Verdict? {
        guard let peakEnd, let average, let difference, (peakEnd >= 0) == (average >= 0) else { return nil }
        guard difference.significant else { return .neither }
        return abs(peakEnd) > abs(average) ? .peakEnd : .average
    }

    /// Order of the variables in `moments`.
    static let names = ["peak_end", "average", "peak", "end"]

    /// - Parameter moments: co-moments of (peak_end, average, peak, end, rating), one row per customer.
    init(moments: ExactCoMoments, settings: AnalysisSettings) {
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

    /// The fit of the customers in `statistics` who have a rating in `ratings` (customer
    /// codes shared with the touchpoints), in one pass over both tables in code order. The
    /// sums are exact (`ExactCoMoments`, bounded by the largest |valence| and the largest
    /// score a rating holds), so the fit is the same on every run, whatever codes the
    /// customers got.
    public init(_ statistics: JourneyStatistics, ratings: CustomerRatings, settings: AnalysisSettings) {
        self.init(parts: [Part(statistics, ratings: ratings, codes: nil)], settings: settings)
    }

    /// The fit of the customers of all the parts (`Part`, one per range of customer codes).
    public init(parts: [Part], settings: AnalysisSettings) {
        var moments = parts[0].moments
        for part in parts.dropFirst() { moments.merge(part.moments) }
        self.init(moments: moments, settings: settings)
    }

    /// The fit's sums over the customers whose codes fall in one range: parts that cover
    /// every code add up to the fit of one pass, exactly (the sums are integers), so threads
    /// can each take some of the ranges (`codeRanges`) and `init(parts:settings:)` adds them.
    public struct Part: Sendable {
        fileprivate var moments: ExactCoMoments

        /// The sums of the customers with codes in `codes` (all of them when nil).
        public init(_ statistics: JourneyStatistics, ratings: CustomerRatings, codes: Range<Int>?) {
            moments = ExactCoMoments(dimension: PeakEndFit.names.count + 1,
                                     bound: max(statistics.largestValence, Double(RatingKey.largestScore)))
            var row = [Double](repeating: 0, count: moments.dimension)  // one buffer for 552k customers, not an array each
            statistics.withSummaries { summary in
                row.withUnsafeMutableBufferPointer { row in
                    ratings.forEachScore(in: codes) { customer, score, _ in
                        guard let journey = summary(customer) else { return }
                        // peak_end as `CustomerJourneyState.peakEnd` has it.
                        (row[0], row[1], row[2], row[3], row[4]) = ((journey.peak + journey.end) / 2, journey.mean, journey.peak,
                                                                    journey.end, Double(score))
                        moments.add(UnsafePointer(row.baseAddress!))
                    }
                }
            }
        }
    }

    /// `count` (at least one) adjacent ranges of customer codes that cover every code
    /// `ratings` holds, for `Part`s.
    public static func codeRanges(_ ratings: CustomerRatings, count: Int) -> [Range<Int>] {
        let codes = ratings.codeCount, parts = max(1, count)
        return (0..<parts).map { part in (codes * part / parts)..<(codes * (part + 1) / parts) }
    }

    /// r of the named predictor.
    public func r(_ name: String) -> Double? { predictors.first { $0.name == name }?.r }

    enum CodingKeys: String, CodingKey {
        case n, suppressed, lowBase = "low_base", predictors, peakEndBetter = "peak_end_better", difference, verdict
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(n, forKey: .n)
        try container.encode(suppressed, forKey: .suppressed)
        try container.encode(lowBase, forKey: .lowBase)
        try container.encode(predictors, forKey: .predictors)
        try container.encode(peakEndBetter, forKey: .peakEndBetter)
        try container.encode(difference, forKey: .difference)
        try container.encode(verdict, forKey: .verdict)
    }
}
