/// One survey response, typed and validated, as the loader hands it to analytics.
///
/// The loader reuses one row value for every record, so the arrays are not
/// reallocated per row; a consumer folds what it needs and keeps nothing. Roles that
/// are not mapped keep their empty defaults and cost nothing per row.
public struct ResponseRow: Sendable {
    /// The line the record starts on, for follow-up lists and messages.
    public var line: Int
    /// Survey weight; 1 when the dataset has no weight column.
    public var weight: Double
    public var date: CalendarDate?
    /// Likelihood to recommend, 0–10.
    public var nps: Int?
    /// Satisfaction on the dataset's CSAT scale.
    public var csat: Int?
    /// Effort on the dataset's CES scale.
    public var ces: Int?
    /// One code per segment column (see `ResponseLoader.segmentValues`); −1 when missing.
    public var segments: [Int32]
    /// One rating per driver column; NaN when missing.
    public var drivers: [Double]
    /// The customer's code (see `ResponseLoader.customerValues`), global to the load;
    /// −1 when missing or not mapped.
    public var customer: Int32
    /// The yes/no outcome; nil when missing, invalid or not mapped.
    public var outcome: Bool?
    /// One expected/perceived pair per `expectations:` dimension, in config order.
    public var expectations: [ScorePair]
    /// One wanted/received pair per `sacrifice:` attribute, in config order.
    public var sacrifices: [ScorePair]
    /// The free-text comment; made only when `text:` is mapped, nil when blank.
    public var comment: String?

    public init(segmentCount: Int, driverCount: Int, expectationCount: Int = 0, sacrificeCount: Int = 0) {
        line = 0
        weight = 1
        segments = [Int32](repeating: -1, count: segmentCount)
        drivers = [Double](repeating: .nan, count: driverCount)
        customer = -1
        expectations = [ScorePair](repeating: ScorePair(), count: expectationCount)
        sacrifices = [ScorePair](repeating: ScorePair(), count: sacrificeCount)
    }
}
