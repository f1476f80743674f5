/// VADER's three-way reading of a compound score: positive at ≥ 0.05, negative at
/// ≤ −0.05, neutral between (Hutto & Gilbert 2014; the vaderSentiment README).
///
/// The thresholds apply to the compound score as vaderSentiment reports it, rounded to four
/// decimals, so a comment falls in the same category here as in the Python reference.
public enum SentimentCategory: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case negative
    case neutral
    case positive

    /// Compound scores at or above this are positive.
    public static let positiveThreshold = 0.05
    /// Compound scores at or below this are negative.
    public static let negativeThreshold = -0.05

    /// The category of a compound score (rounded to four decimals first, as VADER reports it).
    public init(compound: Double) {
        let reported = (compound * 10_000).rounded(.toNearestOrEven) / 10_000
        if reported >= Self.positiveThreshold {
            self = .positive
        } else if reported <= Self.negativeThreshold {
            self = .negative
        } else {
            self = .neutral
        }
    }

    /// Negative < neutral < positive.
    public static func < (lhs: SentimentCategory, rhs: SentimentCategory) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .negative: return 0
        case .neutral: return 1
        case .positive: return 2
        }
    }
}
