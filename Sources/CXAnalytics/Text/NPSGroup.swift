/// Where a respondent's likelihood to recommend (0–10) puts them: detractor (0–6),
/// passive (7–8) or promoter (9–10) (Reichheld 2003). Text results are broken down by it,
/// so the report can say what detractors write about.
public enum NPSGroup: String, Hashable, Sendable, Codable, CaseIterable {
    case detractors
    case passives
    case promoters

    /// The group of a 0–10 score; nil outside 0…10.
    public init?(score: Int) {
        switch score {
        case 0...6: self = .detractors
        case 7...8: self = .passives
        case 9...10: self = .promoters
        default: return nil
        }
    }

    /// Position in `allCases`.
    var index: Int {
        switch self {
        case .detractors: return 0
        case .passives: return 1
        case .promoters: return 2
        }
    }
}
