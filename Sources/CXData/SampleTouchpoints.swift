/// Synthetic journey events for the customers who answered a `SampleResponses`
/// survey (same seed, same customer ids), with known structure:
/// - each customer has one to two touchpoints before, during and after the purchase,
///   dated in the three weeks up to their last response;
/// - emotion valence on −3…3 with a known mean per touchpoint (`trueValence`):
///   delivery and returns are the moments of truth (lowest), store staff the best;
/// - a customer's score shows in their emotions, most at the end of the journey
///   (after purchase), so a peak-end analysis finds the end matters;
/// - an emotion label that follows the valence (anger … delight).
public struct SampleTouchpoints: Sendable {
    public static let header = ["customer_id", "stage", "touchpoint", "valence", "emotion", "at"]
    public static let touchpoints: [JourneyStage: [String]] = [
        .before: ["website", "social media", "store visit"],
        .during: ["checkout", "payment", "store staff"],
        .after: ["delivery", "support", "returns"],
    ]
    /// Mean valence of each touchpoint for a customer with an average score.
    public static let trueValence: [String: Double] = [
        "website": 1.0, "social media": 0.5, "store visit": 1.0,
        "checkout": 0.0, "payment": 0.5, "store staff": 1.5,
        "delivery": -1.2, "support": -0.3, "returns": -1.5,
    ]
    static let emotions = ["anger", "frustration", "anxiety", "neutral", "trust", "joy", "delight"]

    public var responses: SampleResponses

    public init(responses: SampleResponses) {
        self.responses = responses
    }

    public func write(chunkBytes: Int = 1 << 20, to sink: ([UInt8]) throws -> Void) rethrows {
        let customers = SampleCustomers(responses)
        var random = SeededGenerator(seed: responses.seed ^ 0x70C4_9017_0000_0003)
        var writer = CSVWriter(reserving: chunkBytes + 4096)
        writer.writeRow(SampleTouchpoints.header)
        for customer in 0..<responses.customerCount {
            guard let answered = customers.lastResponse[customer] else { continue }
            let score = customers.recommend[customer]
            let mood = score < 0 ? 0 : (Double(score) - 7.5) / 2.5
            var offset = -21 + Int(random.uniform() * 4)
            for stage in JourneyStage.allCases {
                let choices = SampleTouchpoints.touchpoints[stage]!
                let events = 1 + (random.uniform() < 0.45 ? 1 : 0)
                for _ in 0..<events {
                    let touchpoint = choices[Int(random.uniform() * Double(choices.count))]
                    let weight = stage == .after ? 1.0 : 0.4
                    let raw = SampleTouchpoints.trueValence[touchpoint]! + weight * mood + 0.9 * random.normal()
                    let valence = min(3, max(-3, Int(raw.rounded())))
                    offset += 1 + Int(random.uniform() * 3)
                    writer.writeRow(["C\(10000 + customer)", stage.description, touchpoint, String(valence),
                                     SampleTouchpoints.emotions[valence + 3], answered.adding(days: min(offset, 0)).description])
                }
            }
            try writer.flush(over: chunkBytes, to: sink)
        }
        try writer.flush(over: 1, to: sink)
    }
}
