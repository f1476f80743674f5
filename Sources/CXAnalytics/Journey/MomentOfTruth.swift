/// A touchpoint ranked by how many customers it lets down ("moment of truth").
///
///     impact = (share of its events that were negative, 0…1) × (distinct customers reaching it)
///
/// i.e. the expected number of customers with a negative experience there: a touchpoint
/// that disappoints half its visitors but is met by few ranks below one that disappoints
/// a quarter of everyone. Only touchpoints shown (not suppressed) with some negative
/// events are ranked; highest impact first, ties by stage, then touchpoint name.
public struct MomentOfTruth: Hashable, Sendable, Encodable {
    public var stage: String
    public var touchpoint: String
    public var impact: Double
    /// Share negative, 0…100.
    public var negative: Double
    public var customers: Int
    /// Mean valence at the touchpoint.
    public var mean: Double

    /// Ranks the touchpoints as described on the type.
    static func rank(_ touchpoints: [JourneyGroup]) -> [MomentOfTruth] {
        touchpoints.compactMap { group -> MomentOfTruth? in
            guard !group.suppressed, let negative = group.negative, negative > 0, let mean = group.mean,
                  let name = group.touchpoint else { return nil }
            return MomentOfTruth(stage: group.stage.description, touchpoint: name, impact: negative / 100 * Double(group.customers),
                                 negative: negative, customers: group.customers, mean: mean)
        }
        .sorted { a, b in
            if a.impact != b.impact { return a.impact > b.impact }
            if a.stage != b.stage { return stageOrder(a.stage) < stageOrder(b.stage) }
            return a.touchpoint < b.touchpoint
        }
    }

    private static func stageOrder(_ name: String) -> Int {
        ["before", "during", "after"].firstIndex(of: name) ?? 3
    }
}
