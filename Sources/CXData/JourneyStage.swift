/// Where in the customer journey a touchpoint happened: before, during or after the
/// purchase. Raw values sort in journey order.
public enum JourneyStage: Int, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case before = 0, during, after

    /// The values that mean each stage when a dataset declares none of its own.
    public static let defaultNames: [JourneyStage: [String]] = [
        .before: ["before", "pre-purchase", "prepurchase", "pre purchase", "pre"],
        .during: ["during", "purchase", "in-purchase"],
        .after: ["after", "post-purchase", "postpurchase", "post purchase", "post"],
    ]

    public var description: String {
        switch self {
        case .before: return "before"
        case .during: return "during"
        case .after: return "after"
        }
    }

    public init?(name: String) {
        switch name.lowercased() {
        case "before": self = .before
        case "during": self = .during
        case "after": self = .after
        default: return nil
        }
    }
}
