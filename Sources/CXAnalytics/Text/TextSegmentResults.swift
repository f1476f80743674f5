/// The text results of each value of one segment column.
public struct TextSegmentResults: Hashable, Sendable {
    /// The segment column, e.g. "region".
    public var field: String
    /// One result per value, sorted by value.
    public var values: [TextGroupResult]

    public init(field: String, values: [TextGroupResult]) {
        self.field = field
        self.values = values
    }
}
