/// A categorical column read as a yes/no outcome (`outcome:` in cxreport.yml), e.g.
/// `{ column: satisfied, positive: ["satisfied", "yes"] }`.
///
/// Values are compared case-insensitively after trimming spaces. Without `negative:`
/// every other answer counts as "no"; with it, a value in neither list is invalid.
/// A bare column name uses yes/true/1/y against no/false/0/n.
public struct OutcomeColumn: Hashable, Sendable {
    public var column: ColumnReference
    public var positive: [String]
    /// nil: anything not positive is negative.
    public var negative: [String]?

    public init(column: ColumnReference, positive: [String] = ["yes", "y", "true", "1"], negative: [String]? = ["no", "n", "false", "0"]) {
        self.column = column
        self.positive = positive
        self.negative = negative
    }
}

/// Two columns read as a pair about one dimension or attribute: expected and
/// perceived (`expectations: { reliability: [exp_reliability, perc_reliability] }`)
/// or wanted and received (`sacrifice: { delivery_speed: [wanted_speed, got_speed] }`).
///
/// Both values must be numbers, and within `scale` when one is declared
/// (`{ columns: [a, b], scale: [1, 7] }`).
public struct PairColumns: Hashable, Sendable {
    /// The dimension or attribute ("reliability").
    public var name: String
    /// Expected (expectations) or wanted (sacrifice).
    public var first: ColumnReference
    /// Perceived (expectations) or received (sacrifice).
    public var second: ColumnReference
    public var scale: ClosedRange<Double>?

    public init(name: String, first: ColumnReference, second: ColumnReference, scale: ClosedRange<Double>? = nil) {
        self.name = name
        self.first = first
        self.second = second
        self.scale = scale
    }
}

/// The journey-stage column of touchpoints, with the values that mean each stage.
///
/// By default "before"/"pre-purchase", "during"/"purchase", "after"/"post-purchase"
/// (any case); `values: { before: [awareness, research], … }` adds a dataset's own.
public struct StageColumn: Hashable, Sendable {
    public var column: ColumnReference
    public var values: [JourneyStage: [String]]

    public init(column: ColumnReference, values: [JourneyStage: [String]] = [:]) {
        self.column = column
        self.values = values
    }
}

/// A number column with an optional range, e.g. an emotion valence on −3…3.
public struct RangeColumn: Hashable, Sendable {
    public var column: ColumnReference
    public var range: ClosedRange<Double>?

    public init(column: ColumnReference, range: ClosedRange<Double>?) {
        self.column = column
        self.range = range
    }
}
