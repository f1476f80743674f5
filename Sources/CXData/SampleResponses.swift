/// A synthetic survey export with known structure, for the sample project, tests and
/// benchmarks: the same seed always gives the same bytes.
///
/// What is built in, so analyses can be checked against the truth:
/// - four quarters of 2025, regions North/South/East/West, channels Store/Online/Phone,
///   products Outdoor/Footwear/Apparel;
/// - likelihood to recommend (0–10) driven by five 1–5 driver ratings with true
///   weights `trueDriverWeights` plus noise;
/// - the North region improves by about one point on the 0–10 scale in Q4, every
///   other group is stable (so exactly one quarter-over-quarter change is real);
/// - CSAT (1–5) and CES (1–7, 7 = very easy) follow the same latent experience, and
///   `satisfied` (yes/no) says whether CSAT is in the top two boxes;
/// - expected and perceived ratings (1–7) for three service dimensions, whose true
///   mean gaps (perceived − expected) are `trueExpectationGaps`;
/// - wanted and received delivery days: customers want `wantedDeliveryDays` on
///   average and get about `trueDeliverySacrifice` days more, online orders more;
/// - about 40% leave a comment whose sentiment follows their score; a few contain an
///   e-mail address or phone number (for redaction), commas, quotes or line breaks;
/// - optionally a survey weight per response (`weighted`), from 0.5 to 1.5.
///
/// The original columns come from one random stream and the columns added later from
/// a second one, so adding columns never changed the values of the earlier ones.
public struct SampleResponses: Sendable {
    public static let baseHeader = [
        "response_id", "customer_id", "submitted_at", "region", "channel", "product",
        "likelihood_to_recommend", "satisfaction", "effort",
        "product_quality", "delivery", "support", "price", "website",
    ]
    /// The columns of an unweighted sample, in file order.
    public static var header: [String] { SampleResponses(count: 0).header }
    public static let driverNames = ["product_quality", "delivery", "support", "price", "website"]
    /// Effect on the 0–10 score of one rating point of each driver.
    public static let trueDriverWeights = [0.9, 0.6, 0.45, 0.25, 0.1]
    /// Service dimensions with expected and perceived ratings (`exp_…`, `perc_…`).
    public static let expectationDimensions = ["reliability", "responsiveness", "empathy"]
    /// Mean perceived − expected, before rounding and clamping to 1–7.
    public static let trueExpectationGaps = [-0.9, -0.3, 0.4]
    public static let wantedDeliveryDays = 2.0
    /// Mean received − wanted delivery days (online orders wait a day longer).
    public static let trueDeliverySacrifice = 2.0

    public var count: Int
    public var seed: UInt64
    public var year: Int
    /// Adds a `weight` column (survey weights from 0.5 to 1.5).
    public var weighted: Bool

    public init(count: Int, seed: UInt64 = 42, year: Int = 2025, weighted: Bool = false) {
        self.count = count
        self.seed = seed
        self.year = year
        self.weighted = weighted
    }

    /// The number of distinct customers the responses are drawn from.
    public var customerCount: Int { max(1, count * 3 / 4) }

    public var header: [String] {
        var header = SampleResponses.baseHeader + ["satisfied"]
        for dimension in SampleResponses.expectationDimensions { header += ["exp_\(dimension)", "perc_\(dimension)"] }
        header += ["wanted_delivery_days", "received_delivery_days"]
        if weighted { header.append("weight") }
        return header + ["comment"]
    }

    /// One generated response: the fields in header order, and what later samples
    /// (transactions, touchpoints) need to stay consistent with it.
    public struct Response {
        public var fields: [String]
        public var customer: Int
        public var date: CalendarDate
        /// nil when the answer was left blank.
        public var recommend: Int?
    }

    /// Generates every response in order.
    public func forEachResponse(_ body: (Response) throws -> Void) rethrows {
        var random = SeededGenerator(seed: seed)
        var extra = SeededGenerator(seed: seed ^ 0x5EED_CE11_0000_0001)
        let regions = ["North", "South", "East", "West"]
        let channels = ["Store", "Online", "Phone"]
        let products = ["Outdoor", "Footwear", "Apparel"]
        let customers = customerCount
        for index in 0..<count {
            let quarter = index * 4 / max(count, 1)
            let month = quarter * 3 + 1 + Int(random.uniform() * 3)
            let day = 1 + Int(random.uniform() * Double(CalendarDate.daysIn(month: month, year: year)))
            let region = Int(random.uniform() * 4), channel = Int(random.uniform() * 3), product = Int(random.uniform() * 3)
            let latent = random.normal()
            var ratings: [Int] = []
            for (driver, _) in SampleResponses.driverNames.enumerated() {
                var shift = 0.0
                if driver == 1 && channel == 1 { shift -= 0.35 }   // online delivery is weaker
                if driver == 2 && channel == 2 { shift += 0.3 }    // phone support is better
                let value = 3.4 + shift + 0.9 * (0.6 * latent + 0.8 * random.normal())
                ratings.append(min(5, max(1, Int(value.rounded()))))
            }
            var recommend = 7.4 + 0.6 * random.normal()
            for (driver, weight) in SampleResponses.trueDriverWeights.enumerated() {
                recommend += weight * Double(ratings[driver] - 3)
            }
            if region == 0 && quarter == 3 { recommend += 1.0 }
            let nps = min(10, max(0, Int(recommend.rounded())))
            let csat = min(5, max(1, Int((1 + Double(nps) * 0.42 + 0.5 * random.normal()).rounded())))
            let ces = min(7, max(1, Int((2.6 + 0.5 * Double(ratings[2] + ratings[4]) * 0.9 + 0.8 * random.normal()).rounded())))
            let customer = Int(random.uniform() * Double(customers))
            let date = CalendarDate(year: year, month: month, day: day)!
            let npsBlank = random.uniform() < 0.015
            var fields: [String] = [
                "R\(100000 + index)", "C\(10000 + customer)", date.description,
                regions[region], channels[channel], products[product],
                npsBlank ? "" : String(nps), String(csat),
                random.uniform() < 0.05 ? "NA" : String(ces),
            ]
            fields += ratings.map { random.uniform() < 0.03 ? "" : String($0) }
            let comment = random.uniform() < 0.4 ? SampleComments.comment(score: nps, random: &random) : ""

            // Columns added later, from the second stream.
            fields.append(extra.uniform() < 0.02 ? "Don't know" : (csat >= 4 ? "yes" : "no"))
            for (dimension, gap) in SampleResponses.trueExpectationGaps.enumerated() {
                let expected = 5.3 + 0.9 * extra.normal()
                let perceived = expected + gap + 0.25 * latent + 0.8 * extra.normal()
                let blank = extra.uniform() < 0.02
                fields.append(blank ? "" : String(min(7, max(1, Int(expected.rounded())))))
                fields.append(blank ? "" : String(min(7, max(1, Int(perceived.rounded())))))
                _ = dimension
            }
            let wanted = max(1, Int((SampleResponses.wantedDeliveryDays + 0.8 * extra.normal()).rounded()))
            let late = SampleResponses.trueDeliverySacrifice - 0.5 + (channel == 1 ? 1.5 : 0) + 1.2 * extra.normal()
            let received = max(1, wanted + Int(late.rounded()))
            fields += [String(wanted), String(received)]
            if weighted { fields.append(String(Double(Int(50 + extra.uniform() * 100)) / 100)) }
            fields.append(comment)
            try body(Response(fields: fields, customer: customer, date: date, recommend: npsBlank ? nil : nps))
        }
    }

    /// Writes the CSV in pieces of about `chunkBytes` so large files never sit in memory.
    public func write(chunkBytes: Int = 1 << 20, to sink: ([UInt8]) throws -> Void) rethrows {
        var writer = CSVWriter(reserving: chunkBytes + 4096)
        writer.writeRow(header)
        try forEachResponse { response in
            writer.writeRow(response.fields)
            try writer.flush(over: chunkBytes, to: sink)
        }
        try writer.flush(over: 1, to: sink)
    }
}
