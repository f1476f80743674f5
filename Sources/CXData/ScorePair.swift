/// Two values about one dimension of one response: what the customer expected and
/// what they perceived (an expectation gap, P − E), or what they wanted and what they
/// received (a sacrifice, wanted − received). NaN marks a missing or invalid value.
public struct ScorePair: Hashable, Sendable, Codable {
    /// Expected (expectations) or wanted (sacrifice).
    public var expected: Double
    /// Perceived (expectations) or received (sacrifice).
    public var actual: Double

    public init(expected: Double = .nan, actual: Double = .nan) {
        self.expected = expected
        self.actual = actual
    }

    /// Both values are present. Inlinable: the analysis asks it of every pair of every
    /// response, and a call into this module each time was measurable.
    @inlinable public var isComplete: Bool { !expected.isNaN && !actual.isNaN }
}
