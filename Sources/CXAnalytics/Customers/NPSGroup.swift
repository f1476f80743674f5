/// Where a 0–10 likelihood-to-recommend answer puts a customer: promoter (9–10),
/// passive (7–8) or detractor (0–6). Raw values sort promoter, passive, detractor.
public enum NPSGroup: Int, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case promoter = 0, passive, detractor

    public init(score: Int) {
        self = score >= 9 ? .promoter : score >= 7 ? .passive : .detractor
    }

    public var description: String {
        switch self {
        case .promoter: return "promoter"
        case .passive: return "passive"
        case .detractor: return "detractor"
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
